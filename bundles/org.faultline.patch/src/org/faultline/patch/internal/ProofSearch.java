package org.faultline.patch.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntSupplier;

import org.eclipse.jgit.lib.AbbreviatedObjectId;
import org.eclipse.jgit.lib.ObjectId;

/**
 * Looks among the alternatives the rules rank for the repair of one file whose post-image has the blob id the
 * patch names. A candidate is a set of departures from the rules' first choices, at the decisions of the rules'
 * own run; candidates come likeliest first, by the sum of their departures' costs ({@link DepartureCost}), so a
 * departure at a kind of decision the rules often get wrong comes long before one at a kind they seldom do. Each
 * candidate is a fresh run of the rules, so that the lines after a departure follow it (a continuation aligned
 * anew carries the lines inside the same parenthesis along). Bounded by a number of candidates hashed, which a
 * short id lowers further so that a chance match stays negligible. Once the alternatives are spent, the rules' own
 * repair with one added line's blanks redone is tried ({@link LineSearch}), within as many candidates again as
 * long as the id bears them.
 */
final class ProofSearch {

	/** Runs that give a text already hashed are not tries, but still cost time: bounded too. */
	private static final int RUNS_PER_TRY = 4;

	/** Sets of departures with two at one decision are passed over without a run, but are bounded too. */
	private static final int SETS_PER_RUN = 16;

	/**
	 * How many added lines the rules may repair again in one file's search per candidate it may hash, and at
	 * least: a candidate repairs again the hunk it departs in from the line of its first departure there, so
	 * a long hunk gets fewer candidates.
	 */
	static final int LINES_PER_TRY = 5;

	static final int MIN_LINES_PER_SEARCH = 10_000;

	/**
	 * What the search found.
	 *
	 * @param results
	 *            the proven repair, or the rules' own when none was found
	 * @param tries
	 *            how many different post-images were hashed
	 * @param cancelled
	 *            whether it stopped because it was asked to
	 */
	record Outcome(List<HunkResult> results, boolean proven, long tries, boolean cancelled) {
	}

	/** One way to depart from the rules' run: another alternative at one decision, and how unlikely it is. */
	private record Departure(long decision, int pick, double cost) {
	}

	/**
	 * A candidate not yet run: departures, as ascending indices into all of them sorted by cost, and the sum of
	 * their costs.
	 */
	private record Candidate(int[] departures, double cost) {
	}

	private final Function<Choices, List<HunkResult>> repair;

	private final IntSupplier linesRepaired;

	private final PostImage image;

	private final AbbreviatedObjectId wanted;

	private final long maxTries;

	private final BlobEvidence.PostImageId evidence;

	private final Set<ObjectId> hashed = new HashSet<>();

	private final PriorityQueue<Candidate> queue = new PriorityQueue<>(Comparator.comparingDouble(Candidate::cost));

	/**
	 * @param repair
	 *            the rules run with given choices; the hunks' placement must not depend on them
	 * @param linesRepaired
	 *            how many added lines the rules have repaired so far
	 */
	ProofSearch(Function<Choices, List<HunkResult>> repair, IntSupplier linesRepaired, PostImage image,
			BlobEvidence.PostImageId evidence) {
		this.repair = repair;
		this.linesRepaired = linesRepaired;
		this.image = image;
		this.evidence = evidence;
		this.wanted = AbbreviatedObjectId.fromString(evidence.postBlob());
		this.maxTries = evidence.tries();
	}

	Outcome search() {
		ChoiceScript rules = ChoiceScript.rules();
		List<HunkResult> first = repair.apply(rules);
		if (maxTries < 1 || first.stream().anyMatch(HunkResult::failed))
			return new Outcome(first, false, 0, false);
		if (matches(first))
			return new Outcome(first, true, 1, false);
		List<Departure> departures = departures(rules.since(0));
		if (!departures.isEmpty())
			queue.add(new Candidate(new int[] { 0 }, departures.getFirst().cost()));
		long runs = 1;
		long sets = 0;
		long workLimit = linesRepaired.getAsInt() + Math.max(MIN_LINES_PER_SEARCH, maxTries * LINES_PER_TRY);
		while (!queue.isEmpty() && hashed.size() < maxTries && runs < maxTries * RUNS_PER_TRY
				&& sets++ < maxTries * RUNS_PER_TRY * SETS_PER_RUN && linesRepaired.getAsInt() < workLimit) {
			if (evidence.cancelled().getAsBoolean())
				return new Outcome(first, false, hashed.size(), true);
			Candidate next = queue.poll();
			// every set of departures comes once, none before a cheaper one: from a set, the one whose dearest
			// departure is the next dearer instead, and the one with that added
			int[] taken = next.departures();
			int last = taken[taken.length - 1];
			if (last + 1 < departures.size()) {
				int[] instead = taken.clone();
				instead[taken.length - 1] = last + 1;
				queue.add(new Candidate(instead,
						next.cost() - departures.get(last).cost() + departures.get(last + 1).cost()));
				int[] more = Arrays.copyOf(taken, taken.length + 1);
				more[taken.length] = last + 1;
				queue.add(new Candidate(more, next.cost() + departures.get(last + 1).cost()));
			}
			ChoiceScript script = script(taken, departures);
			if (script == null)
				continue;
			List<HunkResult> results = repair.apply(script);
			runs++;
			if (matches(results))
				return new Outcome(results, true, hashed.size(), false);
		}
		// the rules' alternatives spent, one line of their first repair may be an author's one-off
		Optional<List<HunkResult>> oneOff = LineSearch.search(first, image, id -> wanted.prefixCompare(id) == 0,
				Math.min(maxTries, evidence.bearable() - hashed.size()), hashed, evidence.cancelled());
		if (oneOff.isPresent())
			return new Outcome(oneOff.get(), true, hashed.size(), false);
		return new Outcome(first, false, hashed.size(), evidence.cancelled().getAsBoolean());
	}

	/** Every other alternative of every decision of the rules' run, cheapest first. */
	private static List<Departure> departures(ChoiceScript.Met met) {
		List<Departure> departures = new ArrayList<>();
		for (int decision = 0; decision < met.offered().length; decision++)
			for (int pick = 1; pick < met.offered()[decision]; pick++)
				departures.add(new Departure(met.names()[decision], pick,
						DepartureCost.of(met.kinds().get(decision), pick)));
		departures.sort(Comparator.comparingDouble(Departure::cost));
		return departures;
	}

	/** The script taking these departures, or null where two of them are at the same decision. */
	private static ChoiceScript script(int[] taken, List<Departure> departures) {
		Departure[] chosen = new Departure[taken.length];
		for (int i = 0; i < taken.length; i++)
			chosen[i] = departures.get(taken[i]);
		Arrays.sort(chosen, Comparator.comparingLong(Departure::decision));
		long[] decisions = new long[chosen.length];
		int[] picks = new int[chosen.length];
		for (int i = 0; i < chosen.length; i++) {
			if (i > 0 && chosen[i].decision() == chosen[i - 1].decision())
				return null;
			decisions[i] = chosen[i].decision();
			picks[i] = chosen[i].pick();
		}
		return ChoiceScript.departing(decisions, picks);
	}

	/** Whether a candidate's post-image has the wanted id; a text hashed before is no new try. */
	private boolean matches(List<HunkResult> results) {
		ObjectId id = image.id(results);
		return hashed.add(id) && wanted.prefixCompare(id) == 0;
	}
}
