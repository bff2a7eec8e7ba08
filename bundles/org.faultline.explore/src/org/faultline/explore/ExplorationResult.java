package org.faultline.explore;

import java.util.List;
import java.util.Map;

/**
 * What an exploration found. {@code product} is the static product of the space; {@code pruned} counts, by
 * rule, the combinations taken out (the variant rules count variants); {@code feasible} is the number of
 * scenarios left (static ones and the variants their runs revealed); {@code explored} is how many were run
 * on both versions (all of them unless {@code sampled}, with {@code seed}); {@code same} is how many of
 * those behave the same; the groups, largest first, hold the rest.
 */
public record ExplorationResult(String before, String after, long product, Map<Rule, Integer> pruned,
		long feasible, long explored, boolean sampled, long seed, long same, List<DifferenceGroup> groups) {

	public ExplorationResult {
		pruned = Map.copyOf(pruned);
		groups = List.copyOf(groups);
	}

	public long differing() {
		return explored - same;
	}
}
