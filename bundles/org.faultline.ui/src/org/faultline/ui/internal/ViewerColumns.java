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

/** A titled column of a table or tree viewer, sized by weight, its text (and tint) from the row's element. */
public final class ViewerColumns {

	/** What a cell takes beside its text: the renderer's padding on each side and the column's separator. */
	private static final int CELL_PADDING = 16;

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
		ViewerColumn column;
		Item item;
		if (viewer instanceof TableViewer table) {
			TableViewerColumn c = new TableViewerColumn(table, SWT.NONE);
			column = c;
			item = c.getColumn();
		} else {
			TreeViewerColumn c = new TreeViewerColumn((TreeViewer) viewer, SWT.NONE);
			column = c;
			item = c.getColumn();
		}
		item.setText(title);
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
		layout.setColumnData(item, new ColumnWeightData(weight, minimumWidth));
	}
}
