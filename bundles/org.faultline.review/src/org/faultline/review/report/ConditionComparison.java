package org.faultline.review.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Two versions' conditions for the same thing (a callee reached, a balance on the way out), factored for a
 * reviewer: what both require, what only one requires, and the alternatives ("one of") that remain. Each side
 * is exactly {@code shared && only && (one of its cases)}; cases the two sides have alike are shown once, as
 * {@link #sharedCases()}.
 *
 * @param before the condition before, null where there is none (a callee not called, a balance on no path)
 * @param after the condition after, likewise
 * @param shared literals both sides require
 * @param sharedCases alternatives both sides have exactly alike (then neither side has cases of its own)
 */
public record ConditionComparison(Condition before, Condition after, List<String> shared,
		List<List<String>> sharedCases, Side beforeSide, Side afterSide) {

	/**
	 * One version's part beyond what is shared.
	 *
	 * @param only literals only this side requires
	 * @param cases alternatives of this side, when they differ from the other side's
	 */
	public record Side(List<String> only, List<List<String>> cases) {
		public Side {
			only = List.copyOf(only);
			cases = cases.stream().map(List::copyOf).toList();
		}

		public boolean isEmpty() {
			return only.isEmpty() && cases.isEmpty();
		}
	}

	public ConditionComparison {
		shared = List.copyOf(shared);
		sharedCases = sharedCases.stream().map(List::copyOf).toList();
	}

	public static ConditionComparison of(String before, String after) {
		return of(before == null ? null : Condition.parse(before), after == null ? null : Condition.parse(after));
	}

	public static ConditionComparison of(Condition before, Condition after) {
		List<String> commonBefore = factorable(before) ? before.common() : List.of();
		List<String> commonAfter = factorable(after) ? after.common() : List.of();
		List<String> shared = new ArrayList<>(commonBefore);
		shared.retainAll(commonAfter);
		List<List<String>> casesBefore = cases(before, commonBefore);
		List<List<String>> casesAfter = cases(after, commonAfter);
		boolean alike = !casesBefore.isEmpty() && asSet(casesBefore).equals(asSet(casesAfter));
		return new ConditionComparison(before, after, shared, alike ? casesBefore : List.of(),
				new Side(minus(commonBefore, shared), alike ? List.of() : casesBefore),
				new Side(minus(commonAfter, shared), alike ? List.of() : casesAfter));
	}

	/** Whether both sides are the same condition, as sets of terms. */
	public boolean same() {
		return before == null ? after == null
				: after != null && asSet(before.terms()).equals(asSet(after.terms()));
	}

	/** "never" has no literals to factor and "always" none to share; both stand as they are. */
	private static boolean factorable(Condition c) {
		return c != null && !c.isNever();
	}

	/** The terms without the common literals; none when a single term is all common. */
	private static List<List<String>> cases(Condition c, List<String> common) {
		if (!factorable(c) || c.terms().size() < 2)
			return List.of();
		return c.terms().stream().map(t -> minus(t, common)).toList();
	}

	private static List<String> minus(List<String> literals, List<String> removed) {
		List<String> rest = new ArrayList<>(literals);
		rest.removeAll(removed);
		return rest;
	}

	private static Set<Set<String>> asSet(List<List<String>> terms) {
		Set<Set<String>> set = new HashSet<>();
		terms.forEach(t -> set.add(Set.copyOf(t)));
		return set;
	}
}
