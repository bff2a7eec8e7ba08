package org.faultline.patch.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One candidate of the search: at a few decisions another alternative than the rules' first, the first everywhere
 * else. A decision is named by where it is met: its hunk, its line in the hunk and its place among the line's
 * decisions, so a departure that makes an earlier line offer more or fewer decisions does not move a later one
 * onto another decision. A run records each decision's name, how many alternatives it offered and what kind of
 * decision it was: from the rules' own run, the search learns which departures there are and how likely each is.
 */
final class ChoiceScript implements Choices {

	/** Bits of a decision's name for its place in its line, and for its line in its hunk. */
	private static final int PLACE_BITS = 20;

	private static final int LINE_BITS = 20;

	/** Decisions departed from, ascending. */
	private final long[] decisions;

	/** The alternative taken at each of them, at least 1. */
	private final int[] picks;

	private final List<Long> names = new ArrayList<>();

	private final List<Integer> offered = new ArrayList<>();

	private final List<Kind> kinds = new ArrayList<>();

	/** The name of the line being repaired, and how many decisions it has met. */
	private long line;

	private int place;

	private ChoiceScript(long[] decisions, int[] picks) {
		this.decisions = decisions;
		this.picks = picks;
	}

	/** The rules alone: no departure anywhere. */
	static ChoiceScript rules() {
		return new ChoiceScript(new long[0], new int[0]);
	}

	/**
	 * @param decisions
	 *            the names of the decisions to depart at, ascending
	 * @param picks
	 *            the alternative to take at each, at least 1
	 */
	static ChoiceScript departing(long[] decisions, int[] picks) {
		return new ChoiceScript(decisions, picks);
	}

	/** The name of the first decision a line of a hunk may meet; both counted from 0. */
	static long line(int hunk, int line) {
		return ((long) hunk << (LINE_BITS + PLACE_BITS)) | ((long) line << PLACE_BITS);
	}

	/** The line of a hunk a decision is met on. */
	static int lineOf(long decision) {
		return (int) (decision >>> PLACE_BITS & ((1L << LINE_BITS) - 1));
	}

	/** Where the next decisions are met: a line of a hunk. */
	void at(int hunk, int line) {
		this.line = line(hunk, line);
		place = 0;
	}

	@Override
	public String pick(Kind kind, String first, Supplier<Collection<String>> others) {
		Set<String> distinct = new LinkedHashSet<>();
		distinct.add(first);
		distinct.addAll(others.get());
		if (distinct.size() < 2)
			return first;
		long name = line + place++;
		names.add(name);
		offered.add(distinct.size());
		kinds.add(kind);
		int at = Arrays.binarySearch(decisions, name);
		return at >= 0 && picks[at] < distinct.size() ? List.copyOf(distinct).get(picks[at]) : first;
	}

	/** How many decisions this run has met so far. */
	int decisions() {
		return offered.size();
	}

	/** The first decision departed from in a hunk, or -1. */
	long firstDeparture(int hunk) {
		int at = Arrays.binarySearch(decisions, line(hunk, 0));
		int next = at >= 0 ? at : -at - 1;
		return next < decisions.length && decisions[next] < line(hunk + 1, 0) ? decisions[next] : -1;
	}

	/** Whether this script departs from the rules anywhere in a hunk. */
	boolean departsIn(int hunk) {
		return firstDeparture(hunk) >= 0;
	}

	/**
	 * Decisions as a run met them: their names, how many alternatives each offered (at least two), their kinds.
	 */
	record Met(long[] names, int[] offered, List<Kind> kinds) {

		/** The first decisions of these. */
		Met first(int count) {
			return new Met(Arrays.copyOf(names, count), Arrays.copyOf(offered, count), kinds.subList(0, count));
		}
	}

	/** Counts decisions met in a part the rules ran before exactly as this script would run it. */
	void replay(Met met) {
		for (int i = 0; i < met.offered().length; i++) {
			names.add(met.names()[i]);
			offered.add(met.offered()[i]);
		}
		kinds.addAll(met.kinds());
	}

	/** The decisions of this run from one on. */
	Met since(int from) {
		return new Met(names.subList(from, names.size()).stream().mapToLong(Long::longValue).toArray(),
				offered.subList(from, offered.size()).stream().mapToInt(Integer::intValue).toArray(),
				List.copyOf(kinds.subList(from, kinds.size())));
	}
}
