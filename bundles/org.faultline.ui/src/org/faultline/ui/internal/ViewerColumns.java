package org.faultline.ui.internal;

import java.util.Collection;
import java.util.function.Function;

import org.eclipse.jface.layout.AbstractColumnLayout;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewer;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.jface.viewers.ViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Item;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TreeColumn;

/** A titled column of a table or tree viewer, sized by weight, its text (and tint) from the row's element. */
public final class ViewerColumns {

	/** What a cell takes beside its text: the renderer's padding on each side and the column's separator. */
	private static final int CELL_PADDING = 16;

	private static final String ELLIPSIS = "\u2026";

	private ViewerColumns() {
	}

	/** The width a column needs to show the longest of some texts whole, in the control's font. */
	public static int widthOf(Control control, Collection<String> texts) {
		GC gc = new GC(control);
		try {
			int widest = 0;
			for (String text : texts)
				widest = Math.max(widest, gc.textExtent(text).x);
			return widest + CELL_PADDING;
		} finally {
			gc.dispose();
		}
	}

	/** Adds a column that takes its weight's share of the width. */
	public static <T> void add(ColumnViewer viewer, AbstractColumnLayout layout, String title, int weight,
			Class<T> type, Function<T, String> text, Function<T, Color> background) {
		add(viewer, layout, title, weight, ColumnWeightData.MINIMUM_WIDTH, type, text, background);
	}

	/**
	 * @param layout the column layout of the viewer's parent
	 * @param minimumWidth the width the column keeps however narrow the viewer (which then scrolls)
	 * @param background the row's tint, or null for none
	 */
	public static <T> void add(ColumnViewer viewer, AbstractColumnLayout layout, String title, int weight,
			int minimumWidth, Class<T> type, Function<T, String> text, Function<T, Color> background) {
		ViewerColumn column = column(viewer, title);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply(type.cast(element));
			}

			@Override
			public Color getBackground(Object element) {
				return background == null ? null : background.apply(type.cast(element));
			}

			@Override
			public String getToolTipText(Object element) {
				return getText(element);
			}
		});
		layout.setColumnData(item(column), new ColumnWeightData(weight, minimumWidth));
	}

	/**
	 * Adds a column of prose (comments) that takes its weight's share of the width: a text too long for the column is
	 * shown up to its last word that fits, then an ellipsis, never cut mid-word (nor its later lines run into one);
	 * the whole text is the cell's tooltip.
	 */
	public static <T> void addProse(ColumnViewer viewer, AbstractColumnLayout layout, String title, int weight,
			Class<T> type, Function<T, String> text) {
		ViewerColumn column = column(viewer, title);
		Item item = item(column);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				GC gc = new GC(viewer.getControl());
				try {
					return elided(gc, text.apply(type.cast(element)), width(item) - CELL_PADDING);
				} finally {
					gc.dispose();
				}
			}

			@Override
			public String getToolTipText(Object element) {
				return text.apply(type.cast(element));
			}
		});
		// cut again to the new width
		item.addListener(SWT.Resize, e -> viewer.refresh());
		layout.setColumnData(item, new ColumnWeightData(weight, ColumnWeightData.MINIMUM_WIDTH));
	}

	/**
	 * A text as shown in a width: whole if its first line is all of it and fits; else up to the last word that fits with
	 * an ellipsis after it (the ellipsis alone when not even the first word does).
	 */
	public static String elided(GC gc, String text, int width) {
		String line = text.strip();
		int lineEnd = line.indexOf('\n');
		boolean more = lineEnd >= 0;
		if (more)
			line = line.substring(0, lineEnd).stripTrailing();
		if (!more && gc.textExtent(line).x <= width)
			return line;
		for (int end = more ? line.length() : line.lastIndexOf(' '); end > 0; end = line.lastIndexOf(' ', end - 1)) {
			String shown = line.substring(0, end).stripTrailing() + " " + ELLIPSIS;
			if (gc.textExtent(shown).x <= width)
				return shown;
		}
		return ELLIPSIS;
	}

	private static ViewerColumn column(ColumnViewer viewer, String title) {
		ViewerColumn column = viewer instanceof TableViewer table ? new TableViewerColumn(table, SWT.NONE)
				: new TreeViewerColumn((TreeViewer) viewer, SWT.NONE);
		item(column).setText(title);
		return column;
	}

	private static Item item(ViewerColumn column) {
		return column instanceof TableViewerColumn c ? c.getColumn() : ((TreeViewerColumn) column).getColumn();
	}

	private static int width(Item column) {
		return column instanceof TableColumn c ? c.getWidth() : ((TreeColumn) column).getWidth();
	}
}
