package org.faultline.cli.internal;

import java.util.ArrayList;
import java.util.List;

import org.faultline.cli.internal.TextTable.Cell;
import org.faultline.review.report.Abbreviations;
import org.faultline.review.report.ConditionComparison;
import org.faultline.review.report.ConditionComparison.Side;
import org.faultline.review.report.Condition;

/**
 * A compared condition as rows of a three-column table (label, before, after): what both sides require on a
 * line across both columns, then each side's own part beside the other's, long calls abbreviated.
 */
final class ConditionRows {

	private final Abbreviations names;

	/** Width of the before and of the after column. */
	private final int column;

	/** A table for rows of this kind: a label column, then the before column held at its width. */
	TextTable table(String what) {
		TextTable table = new TextTable(3, 0, column, 0);
		table.add(Cell.of(what, Style.DIM), Cell.of("before", Style.DIM), Cell.of("after", Style.DIM));
		return table;
	}

	ConditionRows(Abbreviations names, int column) {
		this.names = names;
		this.column = column;
	}

	/**
	 * @param absentBefore what the before side says without a condition, e.g. "not called"
	 */
	void add(TextTable table, String label, ConditionComparison c, String absentBefore, String absentAfter) {
		List<String> shared = shared(c);
		if (!shared.isEmpty())
			table.addSpanning(Cell.of(label), new Cell(shared, Style.PLAIN));
		boolean same = c.same();
		if (!shared.isEmpty() && c.beforeSide().isEmpty() && c.afterSide().isEmpty() && c.before() != null
				&& c.after() != null)
			return;
		table.add(Cell.of(shared.isEmpty() ? label : ""),
				new Cell(side(c.before(), c.beforeSide(), !shared.isEmpty(), absentBefore), same ? Style.PLAIN : Style.RED),
				new Cell(side(c.after(), c.afterSide(), !shared.isEmpty(), absentAfter), same ? Style.PLAIN : Style.GREEN));
	}

	private List<String> shared(ConditionComparison c) {
		List<String> lines = new ArrayList<>();
		int width = 2 * column + 2;
		if (!c.shared().isEmpty())
			lines.addAll(Wrap.pieces(shorten(c.shared()), " && ", width));
		if (!c.sharedCases().isEmpty()) {
			lines.add((lines.isEmpty() ? "" : "&& ") + "one of (" + c.sharedCases().size() + ", alike before and after):");
			cases(c.sharedCases(), width, lines);
		}
		return lines;
	}

	private List<String> side(Condition condition, Side side, boolean afterShared, String absent) {
		if (condition == null)
			return List.of(absent);
		if (condition.isNever())
			return List.of("never");
		List<String> lines = new ArrayList<>();
		if (!side.only().isEmpty()) {
			List<String> only = Wrap.pieces(shorten(side.only()), " && ", column - 3);
			lines.add((afterShared ? "&& " : "") + only.get(0));
			lines.addAll(only.subList(1, only.size()));
		}
		if (!side.cases().isEmpty()) {
			lines.add((afterShared || !lines.isEmpty() ? "&& " : "") + "one of:");
			cases(side.cases(), column, lines);
		}
		if (lines.isEmpty())
			lines.add(afterShared ? "(nothing more)" : "always");
		return lines;
	}

	private void cases(List<List<String>> cases, int width, List<String> lines) {
		for (int i = 0; i < cases.size(); i++) {
			String number = String.format("%2d. ", i + 1);
			List<String> wrapped = cases.get(i).isEmpty() ? List.of("always")
					: Wrap.pieces(shorten(cases.get(i)), " && ", width - number.length());
			lines.add(number + wrapped.get(0));
			wrapped.subList(1, wrapped.size()).forEach(l -> lines.add(" ".repeat(number.length()) + l));
		}
	}

	private List<String> shorten(List<String> literals) {
		return literals.stream().map(names::shorten).toList();
	}
}
