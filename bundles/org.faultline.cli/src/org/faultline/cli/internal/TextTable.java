package org.faultline.cli.internal;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Columns aligned by the widest cell; a cell may have several lines, a row is as tall as its tallest cell. A
 * spanning row's second cell runs across all the other columns and does not widen them. Padding counts the
 * plain text, so colour never breaks the alignment.
 */
final class TextTable {

	/** One cell: its lines and their style. */
	record Cell(List<String> lines, Style style) {
		static Cell of(String text) {
			return new Cell(List.of(text), Style.PLAIN);
		}

		static Cell of(String text, Style style) {
			return new Cell(List.of(text), style);
		}
	}

	private final List<List<Cell>> rows = new ArrayList<>();

	/** Rows that are spanning rows, by index. */
	private final java.util.Set<Integer> spanning = new java.util.HashSet<>();

	private final int columns;

	private final int[] minimum;

	TextTable(int columns) {
		this(columns, new int[columns]);
	}

	/** A table whose columns are at least as wide as given, e.g. to keep two sides of a comparison apart. */
	TextTable(int columns, int... minimum) {
		this.columns = columns;
		this.minimum = minimum.clone();
	}

	TextTable add(Cell... cells) {
		if (cells.length != columns)
			throw new IllegalArgumentException(columns + " cells expected, not " + cells.length);
		rows.add(List.of(cells));
		return this;
	}

	/** A row of a first cell and one that spans the rest. */
	TextTable addSpanning(Cell first, Cell rest) {
		spanning.add(rows.size());
		rows.add(List.of(first, rest));
		return this;
	}

	boolean isEmpty() {
		return rows.isEmpty();
	}

	void print(PrintWriter out, String indent, boolean colour) {
		int[] widths = minimum.clone();
		for (int r = 0; r < rows.size(); r++)
			for (int c = 0; c < rows.get(r).size(); c++)
				if (!spanning.contains(r) || c == 0)
					for (String line : rows.get(r).get(c).lines())
						widths[c] = Math.max(widths[c], line.length());
		for (List<Cell> row : rows) {
			int height = row.stream().mapToInt(cell -> cell.lines().size()).max().orElse(0);
			for (int l = 0; l < height; l++) {
				StringBuilder line = new StringBuilder(indent);
				for (int c = 0; c < row.size(); c++) {
					Cell cell = row.get(c);
					String text = l < cell.lines().size() ? cell.lines().get(l) : "";
					line.append(cell.style().apply(text, colour));
					if (c < row.size() - 1)
						line.append(" ".repeat(widths[c] - text.length() + 2));
				}
				out.println(line.toString().stripTrailing());
			}
		}
	}
}
