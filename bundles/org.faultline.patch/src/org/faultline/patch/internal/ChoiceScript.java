package org.faultline.patch.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One candidate of the search: at a few decisions (counted in the order the rules meet them) another alternative
 * than the rules' first, the first everywhere else. A run records how many alternatives each decision offered and
 * what kind of decision it was: from the rules' own run, the search learns which departures there are and how
 * likely each is.
 */
final class ChoiceScript implements Choices {

	/** Decisions departed from, ascending. */
	private final int[] decisions;

	/** The alternative taken at each of them, at least 1. */
	private final int[] picks;

	private final List<Integer> offered = new ArrayList<>();

	private final List<Kind> kinds = new ArrayList<>();

	private ChoiceScript(int[] decisions, int[] picks) {
		this.decisions = decisions;
		this.picks = picks;
	}

	/** The rules alone: no departure anywhere. */
	static ChoiceScript rules() {
		return new ChoiceScript(new int[0], new int[0]);
	}

	/**
	 * @param decisions
	 *            the decisions to depart at, ascending
	 * @param picks
	 *            the alternative to take at each, at least 1
	 */
	static ChoiceScript departing(int[] decisions, int[] picks) {
		return new ChoiceScript(decisions, picks);
	}

	@Override
	public String pick(Kind kind, String first, Supplier<Collection<String>> others) {
		Set<String> distinct = new LinkedHashSet<>();
		distinct.add(first);
		distinct.addAll(others.get());
		if (distinct.size() < 2)
			return first;
		int decision = offered.size();
		offered.add(distinct.size());
		kinds.add(kind);
		int at = Arrays.binarySearch(decisions, decision);
		return at >= 0 && picks[at] < distinct.size() ? List.copyOf(distinct).get(picks[at]) : first;
	}

	/** How many decisions this run has met so far. */
	int decisions() {
		return offered.size();
	}

	/** Whether this script departs from the rules at a decision from {@code from} (inclusive) to {@code to}. */
	boolean departsIn(int from, int to) {
		int next = nextDeparture(from);
		return next >= 0 && next < to;
	}

	/** The first decision from {@code from} on that this script departs at, or -1. */
	int nextDeparture(int from) {
		int at = Arrays.binarySearch(decisions, from);
		int next = at >= 0 ? at : -at - 1;
		return next < decisions.length ? decisions[next] : -1;
	}

	/** Counts decisions met in a part the rules ran before exactly as this script would run it. */
	void replay(int[] counts, List<Kind> kindsMet) {
		for (int count : counts)
			offered.add(count);
		kinds.addAll(kindsMet);
	}

	/** How many alternatives each decision of the last run offered (every one offers at least two). */
	int[] offered() {
		return offered.stream().mapToInt(Integer::intValue).toArray();
	}

	/** What each decision of the last run was about. */
	List<Kind> kinds() {
		return List.copyOf(kinds);
	}
}
