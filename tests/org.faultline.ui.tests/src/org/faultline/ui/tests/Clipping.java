package org.faultline.ui.tests;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

/** What a control shows cut off at its edge or its columns' edges: a reviewer has to read it whole. */
final class Clipping {

	/** What a cell takes beside its text on GTK: a few pixels each side. */
	private static final int CELL_PADDING = 4;

	/** What a column's header (a button) takes beside its text on GTK. */
	private static final int HEADER_PADDING = 32;

	private Clipping() {
	}

	/**
	 * The texts a control cuts off, each with where: a table's cells must fit their columns (the table may scroll
	 * sideways to them), a tree's rows and a text's lines the control's width. Empty when everything is whole.
	 */
	static List<String> cut(Control control, String what) {
		List<String> cut = new ArrayList<>();
		GC gc = new GC(control);
		try {
			switch (control) {
			case Table table -> {
				for (int column = 0; column < table.getColumnCount(); column++) {
					int width = table.getColumn(column).getWidth();
					String header = table.getColumn(column).getText();
					if (gc.textExtent(header).x + HEADER_PADDING > width)
						cut.add(what + ", header (" + width + " px): " + header);
					for (TableItem item : table.getItems())
						if (gc.textExtent(item.getText(column)).x + CELL_PADDING > width)
							cut.add(what + ", column " + header + " (" + width + " px): " + item.getText(column));
				}
			}
			case Tree tree -> {
				for (TreeItem item : tree.getItems())
					cutRows(gc, tree, item, what, cut);
			}
			case StyledText text -> {
				Rectangle bounds = text.getCharCount() == 0 ? new Rectangle(0, 0, 0, 0)
						: text.getTextBounds(0, text.getCharCount() - 1);
				if (bounds.x + bounds.width > text.getClientArea().width)
					cut.add(what + ": lines " + bounds.width + " px wide in " + text.getClientArea().width);
			}
			case Text text -> {
				for (String line : text.getText().lines().toList())
					if (gc.textExtent(line).x > text.getClientArea().width)
						cut.add(what + " (" + text.getClientArea().width + " px): " + line);
			}
			default -> throw new IllegalArgumentException(control.toString());
			}
		} finally {
			gc.dispose();
		}
		return cut;
	}

	private static void cutRows(GC gc, Tree tree, TreeItem item, String what, List<String> cut) {
		item.setExpanded(true);
		if (item.getBounds().x + gc.textExtent(item.getText()).x > tree.getClientArea().width)
			cut.add(what + " (" + tree.getClientArea().width + " px): " + item.getText());
		for (TreeItem child : item.getItems())
			cutRows(gc, tree, child, what, cut);
	}
}
