package org.faultline.ui.internal.editor;

import java.util.List;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
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
 * blue and dashed. Clicking a function opens it in the Source page.
 */
public final class FaultPathPage implements ReviewPage {

	/** Margin around the graph. */
	private static final int PADDING = 12;

	private final ReviewEditor editor;

	private FaultPathGraph graph;

	private FaultPathGraph.Node selected;

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
		page.setLayout(new GridLayout(1, false));
		Label legend = new Label(page, SWT.WRAP);
		legend.setText(Messages.Graph_legend);
		GridData legendData = new GridData(SWT.FILL, SWT.TOP, true, false);
		legendData.widthHint = 200; // any: the label takes the page's width and wraps
		legend.setLayoutData(legendData);
		ScrolledComposite scroll = new ScrolledComposite(page, SWT.H_SCROLL | SWT.V_SCROLL);
		scroll.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		Canvas canvas = new Canvas(scroll, SWT.DOUBLE_BUFFERED);
		canvas.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
		graph = editor.graph();
		canvas.setSize((int) graph.width() + 2 * PADDING, (int) graph.height() + 2 * PADDING);
		canvas.addPaintListener(e -> paint(e.gc));
		canvas.addListener(SWT.MouseDown, e -> {
			FaultPathGraph.Node node = graph.nodeAt(e.x - PADDING, e.y - PADDING);
			if (node != null) {
				selected = node;
				canvas.redraw();
				if (e.button == 1)
					editor.showFunction(node.function());
			}
		});
		scroll.setContent(canvas);
		return page;
	}

	public FaultPathGraph graph() {
		return graph;
	}

	private void paint(GC gc) {
		gc.setAntialias(SWT.ON);
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
