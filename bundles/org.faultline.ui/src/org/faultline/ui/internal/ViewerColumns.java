package org.faultline.ui.internal;

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
import org.eclipse.swt.widgets.Item;

/** A titled column of a table or tree viewer, sized by weight, its text (and tint) from the row's element. */
public final class ViewerColumns {

	private ViewerColumns() {
	}

	/**
	 * @param layout the column layout of the viewer's parent
	 * @param background the row's tint, or null for none
	 */
	public static <T> void add(ColumnViewer viewer, AbstractColumnLayout layout, String title, int weight,
			Class<T> type, Function<T, String> text, Function<T, Color> background) {
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
		layout.setColumnData(item, new ColumnWeightData(weight));
	}
}
