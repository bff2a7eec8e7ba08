package org.faultline.patch.internal;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntSupplier;

import org.eclipse.jgit.lib.AbbreviatedObjectId;
import org.eclipse.jgit.lib.ObjectId;

/**
 * Looks among the alternatives the rules rank for the repair of one file whose post-image has the blob id the
 * patch names. Candidates come fewest departures from the rules' first choices first (a departure to a rule's
 * third choice counts two), each a fresh run of the rules, so that the lines after a departure follow it (a
 * continuation aligned anew carries the lines inside the same parenthesis along). Bounded by a number of
 * candidates hashed, which a short id lowers further so that a chance match stays negligible.
 */
final class ProofSearch {

	/** Runs that give a text already hashed are not tries, but still cost time: bounded too. */
	private static final int RUNS_PER_TRY = 4;

	/**
	 * How many added lines the rules may repair again in one file's search, well under a second of work: a
	 * candidate repairs again the hunk it departs in, so a long hunk gets fewer candidates.
	 */
	static final int LINES_PER_SEARCH = 10_000;

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

	/**
	 * A candidate not yet run: its parent with one more departure, at a decision after the parent's last.
	 *
	 * @param offered
	 *            how many alternatives each decision of the parent's run offered
	 */
	private record Candidate(ChoiceScript parent, int[] offered, int decision, int pick, int cost, long serial) {

		ChoiceScript script() {
			return parent.and(decision, pick);
		}
	}

	private final Function<Choices, List<HunkResult>> repair;

	private final IntSupplier linesRepaired;

	private final PostImage image;

	private final AbbreviatedObjectId wanted;

	private final long maxTries;

	private final BlobEvidence.PostImageId evidence;

	private final Set<ObjectId> hashed = new HashSet<>();

	private final PriorityQueue<Candidate> queue = new PriorityQueue<>(
			Comparator.comparingInt(Candidate::cost).thenComparingLong(Candidate::serial));

	private long serial;

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
		follow(rules, rules.offered(), -1, 0);
		long runs = 1;
		int workLimit = linesRepaired.getAsInt() + LINES_PER_SEARCH;
		while (!queue.isEmpty() && hashed.size() < maxTries && runs < maxTries * RUNS_PER_TRY
				&& linesRepaired.getAsInt() < workLimit) {
			if (evidence.cancelled().getAsBoolean())
				return new Outcome(first, false, hashed.size(), true);
			Candidate next = queue.poll();
			// the same parent departing further at the same decision, and at the next one instead
			if (next.pick() + 1 < next.offered()[next.decision()])
				offer(next.parent(), next.offered(), next.decision(), next.pick() + 1, next.cost() + 1);
			if (next.pick() == 1 && next.decision() + 1 < next.offered().length)
				offer(next.parent(), next.offered(), next.decision() + 1, 1, next.cost());
			ChoiceScript script = next.script();
			List<HunkResult> results = repair.apply(script);
			runs++;
			follow(script, script.offered(), next.decision(), next.cost());
			if (matches(results))
				return new Outcome(results, true, hashed.size(), false);
		}
		return new Outcome(first, false, hashed.size(), false);
	}

	/** Queues the first candidate that departs from a run at a decision after its last departure. */
	private void follow(ChoiceScript run, int[] offered, int lastDecision, int cost) {
		if (lastDecision + 1 < offered.length)
			offer(run, offered, lastDecision + 1, 1, cost + 1);
	}

	private void offer(ChoiceScript parent, int[] offered, int decision, int pick, int cost) {
		queue.add(new Candidate(parent, offered, decision, pick, cost, serial++));
	}

	/** Whether a candidate's post-image has the wanted id; a text hashed before is no new try. */
	private boolean matches(List<HunkResult> results) {
		ObjectId id = image.id(results);
		return hashed.add(id) && wanted.prefixCompare(id) == 0;
	}
}
