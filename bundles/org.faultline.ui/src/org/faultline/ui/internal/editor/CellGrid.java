package org.faultline.ui.internal.editor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.TextLayout;
import org.eclipse.swt.graphics.TextStyle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Listener;

/**
 * A table whose cells wrap, drawn on one canvas: a row is as tall as its longest cell (an SWT Table gives every row
 * one height and cuts long text), ranges of a cell can be marked, and a row is selected by clicking it. One widget
 * with a text layout per cell, so a page of conditions opens in a few milliseconds. Columns of names are as wide as
 * their longest name ({@link #FIT}); the others share the rest of the width of the scrolled page it is on as their
 * texts need it (a column of short texts is no wider than they are, a column of long conditions gets the width that
 * shortens the table most), and rewrap when the page is resized.
 */
final class CellGrid<T> {

	/** A cell's text and the ranges ({offset, length}) to mark in it. */
	record Cell(String text, List<int[]> marked) {

		static Cell plain(String text) {
			return new Cell(text, List.of());
		}
	}

	interface Rows<T> {

		Cell[] cells(T row);

		/** The row's tint, or null. */
		Color background(T row);
	}

	/**
	 * The weight of a column that is as wide as its longest cell and never wraps: a name broken mid-word reads as two
	 * names.
	 */
	static final int FIT = 0;

	private static final int MARGIN = 4;

	/** Keeps the characters either side of it on one line. */
	private static final String WORD_JOINER = "\u2060";

	/** The width before the page has one (it is laid out once shown). */
	private static final int DEFAULT_WIDTH = 1000;

	/** What the wrapping columns get together at least, however wide the fitted ones are. */
	private static final int MINIMUM_WIDTH = 400;

	/** What the page's layout and scroll bar take from its width. */
	private static final int PAGE_MARGINS = 30;

	/** How narrow a wrapping column starts (in characters) when the width is handed out. */
	private static final int NARROWEST = 12;

	/** How many steps of width ahead a column is tried when the width is handed out. */
	private static final int LOOKAHEAD = 12;

	private final Canvas canvas;

	private final String[] headers;

	private final int[] weights;

	private final int[] widths;

	/** The width of each column's header, and of its longest cell line or header, margins included. */
	private final int[] headerWidths, natural;

	/**
	 * The width of each column's longest word, margins included: a wrapping column is never narrower when the width
	 * allows, not to break a word.
	 */
	private final int[] longestWord;

	/** The text font's character width: a wrapping column's natural width is estimated from its longest line. */
	private final double charWidth;

	/** The lengths of each cell's lines, by row and column, to estimate how tall the table is at some widths. */
	private final List<int[][]> lineLengths = new ArrayList<>();

	private final ScrolledComposite page;

	private final Rows<T> rows;

	private final List<T> elements = new ArrayList<>();

	private final List<TextLayout[]> layouts = new ArrayList<>();

	private final List<Integer> tops = new ArrayList<>();

	private final List<Consumer<T>> selectionListeners = new ArrayList<>();

	private int headerHeight;

	private int height;

	private T selected;

	/** @param weights each column's share of the width */
	CellGrid(Composite parent, String[] headers, int[] weights, Rows<T> rows) {
		this.headers = headers;
		this.weights = weights;
		this.rows = rows;
		canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
		canvas.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
		GC gc = new GC(canvas);
		gc.setFont(JFaceResources.getBannerFont());
		headerHeight = gc.getFontMetrics().getHeight() + 2 * MARGIN;
		widths = new int[weights.length];
		headerWidths = new int[weights.length];
		for (int i = 0; i < weights.length; i++)
			headerWidths[i] = gc.textExtent(headers[i]).x + 2 * MARGIN;
		gc.setFont(JFaceResources.getTextFont());
		charWidth = gc.getFontMetrics().getAverageCharacterWidth();
		gc.dispose();
		natural = headerWidths.clone();
		longestWord = new int[weights.length];
		Composite up = parent;
		while (up != null && !(up instanceof ScrolledComposite))
			up = up.getParent();
		page = (ScrolledComposite) up;
		Listener refit = e -> {
			if (fit())
				relayout();
		};
		if (page != null)
			page.addListener(SWT.Resize, refit);
		canvas.addListener(SWT.Dispose, e -> {
			if (page != null && !page.isDisposed())
				page.removeListener(SWT.Resize, refit);
		});
		fit();
		canvas.addPaintListener(e -> paint(e.gc));
		canvas.addListener(SWT.MouseDown, e -> {
			T hit = rowAt(e.y);
			if (hit != null)
				select(hit);
		});
		canvas.addListener(SWT.Dispose, e -> disposeLayouts());
		resize();
	}

	Control control() {
		return canvas;
	}

	/** The width a column's cells have for their text. */
	int textWidth(int column) {
		return widths[column] - 2 * MARGIN;
	}

	/**
	 * Gives the fitted columns their natural width and shares what is left of the page's width among the others by
	 * their texts: each starts narrow, and the width is handed out to the column where it shortens the table most for
	 * the width given (estimated from the monospace lines' lengths, without laying anything out), up to each column's
	 * longest line; what no column needs then is shared by weight. True when the widths changed.
	 */
	private boolean fit() {
		int available = page != null && page.getClientArea().width > 0 ? page.getClientArea().width : DEFAULT_WIDTH;
		available -= PAGE_MARGINS;
		int[] wanted = new int[weights.length];
		int wrapping = 0;
		for (int i = 0; i < weights.length; i++)
			if (weights[i] == FIT) {
				available -= natural[i] + 1;
				wanted[i] = natural[i];
			} else
				wrapping += weights[i];
		int room = Math.max(MINIMUM_WIDTH, available), left = room;
		for (int i = 0; i < weights.length; i++)
			if (weights[i] != FIT) {
				wanted[i] = Math.min(natural[i],
						Math.max(Math.max(headerWidths[i], longestWord[i]), (int) (NARROWEST * charWidth) + 2 * MARGIN));
				left -= wanted[i] + 1;
			}
		if (left < 0) {
			// too narrow even for that: by weight
			for (int i = 0; i < weights.length; i++)
				if (weights[i] != FIT)
					wanted[i] = room * weights[i] / wrapping - 1;
		} else {
			// a few steps ahead: a row gets shorter only once its tallest cell's column is wide enough, not a step before
			int step = (int) Math.ceil(2 * charWidth);
			for (int best = 0; best >= 0 && left > 0;) {
				best = -1;
				int bestWidth = 0;
				double bestGain = 0;
				long now = height(wanted);
				for (int i = 0; i < weights.length; i++)
					for (int k = 1, was = wanted[i]; weights[i] != FIT && k <= LOOKAHEAD && was < natural[i]; k++) {
						int wider = Math.min(natural[i], Math.min(was + k * step, was + left));
						wanted[i] = wider;
						double gain = (double) (now - height(wanted)) / (wider - was);
						wanted[i] = was;
						if (best < 0 || gain > bestGain) {
							best = i;
							bestWidth = wider;
							bestGain = gain;
						}
						if (wider == natural[i] || wider == was + left)
							break;
					}
				if (best >= 0) {
					left -= bestWidth - wanted[best];
					wanted[best] = bestWidth;
				}
			}
			// every column whole: the table still spans the page, the spare width shared by weight
			for (int i = 0; i < weights.length && wrapping > 0; i++)
				if (weights[i] != FIT)
					wanted[i] += left * weights[i] / wrapping;
		}
		boolean changed = !Arrays.equals(wanted, widths);
		System.arraycopy(wanted, 0, widths, 0, widths.length);
		return changed;
	}

	/**
	 * The table's height in lines were its columns this wide, estimated from its cells' lines' lengths, and its cells'
	 * lines added up: what a wider column saves when no row gets shorter.
	 */
	private long height(int[] columnWidths) {
		long rowsHeight = 0, cellLines = 0;
		for (int[][] row : lineLengths) {
			int tallest = 1;
			for (int i = 0; i < row.length; i++) {
				int perLine = Math.max(1, (int) ((columnWidths[i] - 2 * MARGIN - 1) / charWidth));
				int lines = 0;
				for (int length : row[i])
					lines += Math.max(1, (length + perLine - 1) / perLine);
				tallest = Math.max(tallest, lines);
				cellLines += lines;
			}
			rowsHeight += tallest;
		}
		return rowsHeight * 10_000 + cellLines;
	}

	/** Rewraps every cell to its column's width, and the page to the grid's new size. */
	private void relayout() {
		wrap();
		resize();
		canvas.getParent().layout(true);
		if (page != null && page.getContent() != null)
			page.setMinSize(page.getContent().computeSize(page.getClientArea().width, SWT.DEFAULT));
		canvas.redraw();
	}

	void setRows(List<T> newRows) {
		disposeLayouts();
		elements.clear();
		tops.clear();
		lineLengths.clear();
		selected = null;
		Font bold = JFaceResources.getFontRegistry().getBold(JFaceResources.TEXT_FONT);
		TextStyle mark = new TextStyle(bold, canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_RED), Colors.MARKED_BACKGROUND.get());
		System.arraycopy(headerWidths, 0, natural, 0, natural.length);
		Arrays.fill(longestWord, 0);
		for (T element : newRows) {
			Cell[] cells = rows.cells(element);
			TextLayout[] row = new TextLayout[cells.length];
			int[][] lengths = new int[cells.length][];
			for (int i = 0; i < cells.length; i++) {
				TextLayout layout = new TextLayout(canvas.getDisplay());
				layout.setFont(JFaceResources.getTextFont());
				int[] shift = new int[cells[i].text().length() + 1];
				layout.setText(unbroken(cells[i].text(), shift));
				for (int[] range : cells[i].marked())
					layout.setStyle(mark, shift[range[0]], shift[range[0] + range[1]] - 1);
				row[i] = layout;
				lengths[i] = cells[i].text().lines().mapToInt(String::length).toArray();
				// where a line may break: after a blank, a bar or a hyphen not in ->, as the text layout breaks it
				int word = Arrays.stream(cells[i].text().split("(?<=[\\s|])|(?<=-)(?!>)")).mapToInt(w -> w.strip().length())
						.max().orElse(0);
				longestWord[i] = Math.max(longestWord[i], (int) Math.ceil(word * charWidth) + 2 * MARGIN + 1);
				// a name's exact width, unwrapped yet; a condition's estimated, not to lay it out twice
				natural[i] = Math.max(natural[i], weights[i] == FIT ? layout.getBounds().width + 2 * MARGIN + 1
						: (int) Math.ceil((Arrays.stream(lengths[i]).max().orElse(0) + 1) * charWidth) + 2 * MARGIN + 1);
			}
			elements.add(element);
			layouts.add(row);
			lineLengths.add(lengths);
		}
		fit();
		wrap();
		resize();
		canvas.redraw();
	}

	/** Wraps every cell to its column's width and places the rows. */
	private void wrap() {
		int y = headerHeight;
		tops.clear();
		for (TextLayout[] row : layouts) {
			int rowHeight = 0;
			for (int i = 0; i < row.length; i++) {
				row[i].setWidth(widths[i] - 2 * MARGIN);
				rowHeight = Math.max(rowHeight, row[i].getBounds().height);
			}
			tops.add(y);
			y += rowHeight + 2 * MARGIN + 1;
		}
		height = y;
	}

	/**
	 * The text with a word joiner where the text layout would break a line but a reader would not: after each {@code !}
	 * that negates something, so that no negation is left at the end of a line away from what it negates, and inside
	 * each {@code ->}, where the layout breaks after the hyphen and leaves {@code vma-} and {@code >vm_ops} on two
	 * lines.
	 * {@code shift[i]} is where the text's i-th character went.
	 */
	private static String unbroken(String text, int[] shift) {
		StringBuilder out = new StringBuilder(text.length() + 8);
		for (int i = 0; i < text.length(); i++) {
			shift[i] = out.length();
			char c = text.charAt(i);
			out.append(c);
			char next = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
			if (c == '!' && next != ' ' && next != '=' || c == '-' && next == '>')
				out.append(WORD_JOINER);
		}
		shift[text.length()] = out.length();
		return out.toString();
	}

	/** The lines each cell of a row is wrapped to, as drawn (for tests: where the grid breaks its texts). */
	List<List<String>> wrappedLines(int row) {
		List<List<String>> cells = new ArrayList<>();
		for (TextLayout layout : layouts.get(row)) {
			String text = layout.getText();
			int[] starts = layout.getLineOffsets();
			List<String> lines = new ArrayList<>();
			for (int i = 0; i + 1 < starts.length; i++)
				lines.add(text.substring(starts[i], starts[i + 1]).replace(WORD_JOINER, ""));
			cells.add(lines);
		}
		return cells;
	}

	private void resize() {
		int width = 1;
		for (int w : widths)
			width += w + 1;
		GridData data = canvas.getLayoutData() instanceof GridData d ? d : new GridData(SWT.LEFT, SWT.TOP, false, false);
		data.widthHint = width;
		data.heightHint = Math.max(height, headerHeight);
		if (canvas.getParent().getLayout() instanceof org.eclipse.swt.layout.GridLayout)
			canvas.setLayoutData(data);
		canvas.setSize(width, data.heightHint);
	}

	private void paint(GC gc) {
		var display = canvas.getDisplay();
		Color line = display.getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW);
		gc.setBackground(display.getSystemColor(SWT.COLOR_WIDGET_BACKGROUND));
		gc.fillRectangle(0, 0, canvas.getSize().x, headerHeight);
		gc.setFont(JFaceResources.getBannerFont());
		int x = 0;
		for (int i = 0; i < headers.length; i++) {
			gc.drawText(headers[i], x + MARGIN, MARGIN, true);
			x += widths[i] + 1;
		}
		Rectangle exposed = gc.getClipping();
		for (int r = 0; r < elements.size(); r++) {
			T element = elements.get(r);
			int top = tops.get(r);
			int bottom = r + 1 < tops.size() ? tops.get(r + 1) : height;
			// a page of long tables is mostly scrolled away: only the rows in view are drawn
			if (bottom < exposed.y || top > exposed.y + exposed.height)
				continue;
			Color tint = element == selected ? display.getSystemColor(SWT.COLOR_LIST_SELECTION) : rows.background(element);
			if (tint != null) {
				gc.setBackground(tint);
				gc.fillRectangle(0, top, canvas.getSize().x, bottom - top);
			}
			gc.setForeground(element == selected ? display.getSystemColor(SWT.COLOR_LIST_SELECTION_TEXT)
					: display.getSystemColor(SWT.COLOR_LIST_FOREGROUND));
			x = 0;
			for (int i = 0; i < widths.length; i++) {
				layouts.get(r)[i].draw(gc, x + MARGIN, top + MARGIN);
				x += widths[i] + 1;
			}
			gc.setForeground(line);
			gc.drawLine(0, bottom - 1, canvas.getSize().x, bottom - 1);
		}
		gc.setForeground(line);
		x = 0;
		for (int w : widths) {
			x += w;
			gc.drawLine(x, 0, x, height);
			x++;
		}
		gc.drawLine(0, headerHeight - 1, canvas.getSize().x, headerHeight - 1);
	}

	private T rowAt(int y) {
		for (int r = elements.size() - 1; r >= 0; r--)
			if (y >= tops.get(r))
				return elements.get(r);
		return null;
	}

	void select(T element) {
		selected = element;
		canvas.redraw();
		reveal(elements.indexOf(element));
		selectionListeners.forEach(l -> l.accept(element));
	}

	/** Scrolls the page so that a row is in view. */
	private void reveal(int row) {
		if (page == null || page.getContent() == null || row < 0)
			return;
		int top = tops.get(row);
		for (Control c = canvas; c != page.getContent(); c = c.getParent())
			top += c.getLocation().y;
		int origin = page.getOrigin().y;
		int visible = page.getClientArea().height;
		if (top < origin || top + headerHeight > origin + visible)
			page.setOrigin(page.getOrigin().x, Math.max(0, top - visible / 3));
	}

	T selected() {
		return selected;
	}

	List<T> elements() {
		return elements;
	}

	void addSelectionListener(Consumer<T> listener) {
		selectionListeners.add(listener);
	}

	private void disposeLayouts() {
		for (TextLayout[] row : layouts)
			for (TextLayout layout : row)
				layout.dispose();
		layouts.clear();
	}
}
