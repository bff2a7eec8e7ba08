package org.faultline.ui.internal.editor;

import java.util.List;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.faultline.model.review.AnnotationTarget;
import org.faultline.model.review.Side;
import org.faultline.review.Anchors;
import org.faultline.review.view.FaultPathGraph;
import org.faultline.ui.internal.Messages;

/**
 * The call graph of the fault path of both versions, laid out by ELK (in the review core) and drawn here: functions
 * tinted by their change, calls added green, removed red and dashed, with their condition changed orange, code moved
 * blue and dashed. Clicking a function opens it in the Source page. The graph opens shrunk to fit the page (not below
 * {@link #MINIMUM_SCALE}); Zoom In and Out (or Ctrl and the mouse wheel) scale it by steps, Fit again.
 */
public final class FaultPathPage implements ReviewPage {

	/** Margin around the graph. */
	private static final int PADDING = 12;

	/**
	 * The smallest scale the graph is shrunk to so that it fits the page: below it the monospace labels get hard to
	 * read, and the page scrolls instead.
	 */
	public static final double MINIMUM_SCALE = 0.7;

	/** How far a reviewer can zoom out (a whole large graph) and in (names from across the room). */
	private static final double SMALLEST = 0.25, LARGEST = 3;

	/** What one step of zoom multiplies the scale by. */
	private static final double STEP = 1.25;

	private final ReviewEditor editor;

	private FaultPathGraph graph;

	private FaultPathGraph.Node selected;

	private ScrolledComposite scroll;

	private Canvas canvas;

	/** How much the graph is scaled: shrunk to fit the page, 1 when it fits as laid out, or as zoomed. */
	private double scale = 1;

	/** Whether the scale follows the page's size (until the reviewer zooms). */
	private boolean fitting = true;

	private Label scaleLabel;

	FaultPathPage(ReviewEditor editor) {
		this.editor = editor;
	}

	@Override
	public String title() {
		return Messages.Page_faultPaths;
	}

	@Override
	public Control create(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(2, false));
		// the zoom first: the legend beside it wraps to what the page leaves
		zoomBar(page);
		Label legend = new Label(page, SWT.WRAP);
		legend.setText(Messages.Graph_legend);
		GridData legendData = new GridData(SWT.FILL, SWT.TOP, true, false);
		legendData.widthHint = 200; // any: the label takes the page's width and wraps
		legend.setLayoutData(legendData);
		scroll = new ScrolledComposite(page, SWT.H_SCROLL | SWT.V_SCROLL);
		scroll.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
		canvas = new Canvas(scroll, SWT.DOUBLE_BUFFERED);
		canvas.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
		graph = editor.graph();
		fit();
		scroll.addListener(SWT.Resize, e -> fit());
		canvas.addPaintListener(e -> paint(e.gc));
		canvas.addListener(SWT.MouseDown, e -> {
			FaultPathGraph.Node node = graph.nodeAt(e.x / scale - PADDING, e.y / scale - PADDING);
			if (node != null) {
				selected = node;
				canvas.redraw();
				if (e.button == 1)
					editor.showFunction(node.function());
			}
		});
		canvas.addListener(SWT.MouseVerticalWheel, e -> {
			if ((e.stateMask & SWT.MOD1) != 0 && e.count != 0) {
				zoom(e.count > 0 ? STEP : 1 / STEP);
				e.doit = false;
			}
		});
		scroll.setContent(canvas);
		return page;
	}

	private void zoomBar(Composite page) {
		Composite bar = new Composite(page, SWT.NONE);
		bar.setLayoutData(new GridData(SWT.BEGINNING, SWT.TOP, false, false));
		GridLayout layout = new GridLayout(4, false);
		layout.marginHeight = layout.marginWidth = 0;
		bar.setLayout(layout);
		scaleLabel = new Label(bar, SWT.RIGHT);
		// as wide as the widest scale shown
		scaleLabel.setText(NLS.bind(Messages.Graph_scale, Math.round(LARGEST * 100)));
		GridData scaleData = new GridData(SWT.END, SWT.CENTER, false, false);
		scaleData.widthHint = scaleLabel.computeSize(SWT.DEFAULT, SWT.DEFAULT).x;
		scaleLabel.setLayoutData(scaleData);
		button(bar, Messages.Graph_zoomOut, this::zoomOut);
		button(bar, Messages.Graph_zoomIn, this::zoomIn);
		button(bar, Messages.Graph_fit, this::fitToPage);
	}

	private static void button(Composite bar, String text, Runnable action) {
		Button button = new Button(bar, SWT.PUSH);
		button.setText(text);
		button.setToolTipText(Messages.Graph_zoomHint);
		button.addListener(SWT.Selection, e -> action.run());
	}

	/** Scales the graph up a step. */
	public void zoomIn() {
		zoom(STEP);
	}

	/** Scales the graph down a step. */
	public void zoomOut() {
		zoom(1 / STEP);
	}

	/** Shrinks the graph to the page again, and keeps it fitted as the page is resized. */
	public void fitToPage() {
		fitting = true;
		fit();
	}

	private void zoom(double factor) {
		fitting = false;
		scale = Math.max(SMALLEST, Math.min(LARGEST, scale * factor));
		fit();
	}

	public FaultPathGraph graph() {
		return graph;
	}

	/** The canvas the graph is drawn on, as large as the graph at its scale. */
	public Canvas canvas() {
		return canvas;
	}

	/** The page's visible area, where the graph is fitted. */
	public Rectangle visibleArea() {
		return scroll.getClientArea();
	}

	public double scale() {
		return scale;
	}

	/** Where a function's box is drawn on the canvas: its centre. */
	public Point centre(FaultPathGraph.Node node) {
		return new Point((int) Math.round((x(node.x()) + node.width() / 2) * scale),
				(int) Math.round((x(node.y()) + node.height() / 2) * scale));
	}

	/**
	 * Sizes the canvas to the graph at its scale; while fitting, shrinks the graph to the page's visible area first,
	 * not below {@link #MINIMUM_SCALE} (the page then scrolls), never enlarging it.
	 */
	private void fit() {
		Rectangle area = scroll.getClientArea();
		double width = graph.width() + 2 * PADDING, height = graph.height() + 2 * PADDING;
		if (fitting && area.width > 0 && area.height > 0)
			scale = Math.max(MINIMUM_SCALE, Math.min(1, Math.min(area.width / width, area.height / height)));
		scaleLabel.setText(NLS.bind(Messages.Graph_scale, Math.round(scale * 100)));
		Point size = new Point((int) Math.ceil(width * scale), (int) Math.ceil(height * scale));
		// a resize that leaves the scale as it was costs no painting
		if (!size.equals(canvas.getSize())) {
			canvas.setSize(size);
			canvas.redraw();
		}
	}

	private void paint(GC gc) {
		gc.setAntialias(SWT.ON);
		Transform transform = new Transform(gc.getDevice());
		transform.scale((float) scale, (float) scale);
		try {
			gc.setTransform(transform);
			paintGraph(gc);
		} finally {
			transform.dispose();
		}
	}

	private void paintGraph(GC gc) {
		gc.setFont(JFaceResources.getTextFont());
		gc.setLineWidth(2);
		for (FaultPathGraph.Edge edge : graph.edges()) {
			gc.setForeground(edgeColour(edge.kind()));
			gc.setLineStyle(edge.kind() == FaultPathGraph.EdgeKind.REMOVED || edge.kind() == FaultPathGraph.EdgeKind.CODE_MOVED
					? SWT.LINE_DASH : SWT.LINE_SOLID);
			List<double[]> p = edge.points();
			for (int i = 1; i < p.size(); i++)
				gc.drawLine(x(p.get(i - 1)[0]), x(p.get(i - 1)[1]), x(p.get(i)[0]), x(p.get(i)[1]));
			if (p.size() >= 2)
				arrowHead(gc, p.get(p.size() - 2), p.get(p.size() - 1));
		}
		gc.setLineStyle(SWT.LINE_SOLID);
		for (FaultPathGraph.Node node : graph.nodes()) {
			Color fill = Colors.of(node.status());
			gc.setBackground(fill != null ? fill : gc.getDevice().getSystemColor(SWT.COLOR_WIDGET_BACKGROUND));
			int x = x(node.x()), y = x(node.y()), w = (int) node.width(), h = (int) node.height();
			gc.fillRoundRectangle(x, y, w, h, 8, 8);
			gc.setForeground(gc.getDevice().getSystemColor(node == selected ? SWT.COLOR_LIST_SELECTION : SWT.COLOR_DARK_GRAY));
			gc.setLineWidth(node == selected ? 3 : 1);
			gc.drawRoundRectangle(x, y, w, h, 8, 8);
			gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_BLACK));
			Point extent = gc.textExtent(node.function());
			gc.drawText(node.function(), x + (w - extent.x) / 2, y + (h - extent.y) / 2, true);
		}
	}

	private static void arrowHead(GC gc, double[] from, double[] to) {
		double angle = Math.atan2(to[1] - from[1], to[0] - from[0]);
		int size = 8;
		int[] head = { x(to[0]), x(to[1]), x(to[0] - size * Math.cos(angle - 0.4)), x(to[1] - size * Math.sin(angle - 0.4)),
				x(to[0] - size * Math.cos(angle + 0.4)), x(to[1] - size * Math.sin(angle + 0.4)) };
		gc.setBackground(gc.getForeground());
		gc.fillPolygon(head);
	}

	private static int x(double coordinate) {
		return (int) Math.round(coordinate) + PADDING;
	}

	private static Color edgeColour(FaultPathGraph.EdgeKind kind) {
		return switch (kind) {
		case ADDED -> Colors.ADDED_LINE.get();
		case REMOVED -> Colors.REMOVED_LINE.get();
		case CONDITION_CHANGED -> Colors.CHANGED_LINE.get();
		case CODE_MOVED -> Colors.MOVED_LINE.get();
		case UNCHANGED -> Colors.UNCHANGED_LINE.get();
		};
	}

	@Override
	public AnnotationTarget selectedTarget() {
		return selected == null ? null : Anchors.function(Side.BOTH, null, selected.function());
	}
}
