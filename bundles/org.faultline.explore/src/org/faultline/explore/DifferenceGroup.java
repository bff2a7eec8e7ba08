package org.faultline.explore;

import org.faultline.exec.RunResult;

/**
 * The scenarios whose two runs differ for one {@link Cause}: how many, and the representative with the fewest
 * non-default dimensions (the first in the space's order among equals), in scenario text form, with each
 * version's traced run and metrics.
 */
public record DifferenceGroup(Cause cause, int count, Point representative, String scenarioText, RunResult before,
		RunResult after, Metrics beforeMetrics, Metrics afterMetrics) {
}
