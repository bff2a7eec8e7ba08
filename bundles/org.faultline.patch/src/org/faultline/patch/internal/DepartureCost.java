package org.faultline.patch.internal;

import java.util.EnumMap;
import java.util.Map;

import org.faultline.patch.internal.Choices.Kind;

/**
 * How unlikely a departure from the rules' first choice is, so that the search tries the likeliest candidates
 * first. A candidate is as likely as the rules' run times, per departure, the odds that the rules are wrong at
 * that kind of decision and the chance that the author's choice is the alternative of that rank; its cost is
 * minus the log of that factor, a sum over its departures, never negative, so a candidate costs at least as
 * much as any of its subsets.
 * <p>
 * The counts are read from the 3/4 of the 4.6.2 -> 4.7.4 corpus that is studied (docs/benchmarks.md): the
 * decisions of the rules' runs by kind, and where an oracle that knew the author's text departed; for a settled
 * sentence gap (added later, ADR 0042), the gaps where the rules' single space differs from the author's text.
 * The held-out patches were not used.
 */
final class DepartureCost {

	/** How many decisions of a kind the rules met, and how many of them were wrong. */
	private record Seen(int decisions, int wrong) {

		/** Minus the log of the odds that a decision of this kind is wrong (add-one smoothing). */
		double cost() {
			double wrongShare = (wrong + 1.0) / (decisions + 2.0);
			return Math.max(MIN_COST, -Math.log(wrongShare / (1 - wrongShare)));
		}
	}

	/** A departure is never free: the rules' first choice stays the likeliest single one. */
	private static final double MIN_COST = 0.1;

	private static final Map<Kind, Seen> SEEN = new EnumMap<>(Map.ofEntries(
			Map.entry(Kind.CONTINUATION, new Seen(476, 145)),
			Map.entry(Kind.INDENT, new Seen(3179, 14)),
			Map.entry(Kind.ALIGNED, new Seen(343, 68)),
			Map.entry(Kind.COPIED, new Seen(170, 0)),
			Map.entry(Kind.SENTENCE, new Seen(46, 11)),
			Map.entry(Kind.SETTLED_SENTENCE, new Seen(38, 12)),
			Map.entry(Kind.TRAILING_COMMENT, new Seen(11, 1)),
			Map.entry(Kind.BACKSLASH, new Seen(11, 6)),
			Map.entry(Kind.GAP, new Seen(3867, 26)),
			Map.entry(Kind.HANGING, new Seen(7, 1)),
			Map.entry(Kind.RESPACED, new Seen(253, 3))));

	/**
	 * Minus the log of the chance that a wrong first choice's right alternative is the first, second, third or a
	 * later one (169, 42, 22 of 275 departures; the 42 later ones spread over six ranks).
	 */
	private static final double[] RANK_COST = { 0.49, 1.88, 2.5, 3.7 };

	private DepartureCost() {
	}

	/** @param pick the alternative taken, 1 for the one after the rules' first */
	static double of(Kind kind, int pick) {
		return SEEN.get(kind).cost() + RANK_COST[Math.min(pick, RANK_COST.length) - 1];
	}
}
