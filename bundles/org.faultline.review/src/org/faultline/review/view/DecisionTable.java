package org.faultline.review.view;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.faultline.model.c.CChangeStatus;
import org.faultline.model.c.CDecisionRow;
import org.faultline.model.c.CFunctionDiff;
import org.faultline.review.report.Condition;
import org.faultline.review.report.Condition.Literal;

/**
 * A function's decision table as a reviewer reads it: one row per callee, the guard both versions share written
 * once, and what each version adds to it, factored, with the atoms that only one version tests marked. Rows of
 * fault-path functions (defined in the tree) that changed come first, then changed primitives, then the rest.
 */
public final class DecisionTable {

	/** Shown for a side on which the callee is not called. */
	public static final String NOT_CALLED = "not called";

	/** Shown for a side that reaches the callee whenever the shared guard holds. */
	public static final String NOTHING_MORE = "nothing more";

	/** A cell: its text and the ranges of atoms that the other version does not test. */
	public record Cell(String text, List<int[]> changed) {
	}

	/**
	 * A row: {@code shared} is what holds on both versions whenever the callee is reached ("always"
	 * when nothing), {@code before} and {@code after} what each adds to it ({@value #NOTHING_MORE}), or {@value #NOT_CALLED}.
	 */
	public record Row(String callee, boolean definedInTree, CChangeStatus status, Cell shared, Cell before, Cell after,
			String beforeCondition, String afterCondition) {

		/** The condition this row is about, as an annotation pins it: the after version's, else the before one's. */
		public String condition() {
			return afterCondition != null ? afterCondition : beforeCondition;
		}
	}

	private final String function;

	private final List<Row> rows;

	private DecisionTable(String function, List<Row> rows) {
		this.function = function;
		this.rows = rows;
	}

	public static DecisionTable of(CFunctionDiff diff) {
		List<Row> rows = new ArrayList<>();
		for (CDecisionRow r : diff.getDecisionRows())
			rows.add(row(r));
		rows.sort((a, b) -> Integer.compare(rank(a), rank(b)));
		return new DecisionTable(diff.getName(), List.copyOf(rows));
	}

	private static int rank(Row row) {
		boolean changed = row.status() != CChangeStatus.UNCHANGED;
		return changed ? row.definedInTree() ? 0 : 1 : 2;
	}

	private static Row row(CDecisionRow r) {
		Condition before = r.getBefore() == null ? null : Condition.parse(r.getBefore());
		Condition after = r.getAfter() == null ? null : Condition.parse(r.getAfter());
		Set<Literal> shared = new LinkedHashSet<>();
		if (before != null && after != null) {
			shared.addAll(before.commonLiterals());
			shared.retainAll(after.commonLiterals());
		}
		Set<String> beforeAtoms = before == null ? Set.of() : before.atoms();
		Set<String> afterAtoms = after == null ? Set.of() : after.atoms();
		Cell sharedCell = before != null && after != null ? cell(Condition.conjunction(shared), Set.of())
				: new Cell("", List.of());
		return new Row(r.getCallee(), r.isDefinedInTree(), r.getStatus(), sharedCell,
				side(before, shared, afterAtoms, after != null), side(after, shared, beforeAtoms, before != null),
				r.getBefore(), r.getAfter());
	}

	/** One version's part of a row: its condition less the shared guard, atoms the other side lacks marked. */
	private static Cell side(Condition c, Set<Literal> shared, Set<String> otherAtoms, boolean otherCalled) {
		if (c == null)
			return new Cell(NOT_CALLED, List.of());
		Condition rest = c.without(shared);
		String text = shared.isEmpty() || !rest.isAlways() ? rest.toString() : NOTHING_MORE;
		Set<Literal> marked = new LinkedHashSet<>();
		if (otherCalled)
			for (Set<Literal> term : rest.simplified())
				for (Literal l : term)
					if (!otherAtoms.contains(l.atom()))
						marked.add(l);
		return cell(text, marked);
	}

	private static Cell cell(String text, Set<Literal> marked) {
		List<int[]> ranges = new ArrayList<>();
		for (Literal l : marked) {
			String shown = Condition.abbreviate(l);
			for (int at = text.indexOf(shown); at >= 0; at = text.indexOf(shown, at + shown.length()))
				if (isWhole(text, at, shown.length()))
					ranges.add(new int[] { at, shown.length() });
		}
		ranges.sort((a, b) -> Integer.compare(a[0], b[0]));
		return new Cell(text, List.copyOf(ranges));
	}

	/** Whether text[at, at+length) is a literal on its own, not part of a longer one (pte_none inside !pte_none). */
	private static boolean isWhole(String text, int at, int length) {
		boolean startOk = at == 0 || " (".indexOf(text.charAt(at - 1)) >= 0;
		int end = at + length;
		boolean endOk = end == text.length() || " )".indexOf(text.charAt(end)) >= 0;
		return startOk && endOk;
	}

	public String function() {
		return function;
	}

	public List<Row> rows() {
		return rows;
	}

	/** The row of a callee, or null. */
	public Row row(String callee) {
		return rows.stream().filter(r -> r.callee().equals(callee)).findFirst().orElse(null);
	}
}
