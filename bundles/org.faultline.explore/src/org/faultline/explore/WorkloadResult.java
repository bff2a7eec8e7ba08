package org.faultline.explore;

import java.util.List;

import org.faultline.exec.ExecutableVersion;
import org.faultline.exec.RunResult;
import org.faultline.exec.ScenarioException;
import org.faultline.exec.ScenarioParser;
import org.faultline.explore.internal.PairRun;
import org.faultline.exec.Finding;

/** A workload run on both versions: each one's metrics and run (outcome of the last fault, findings). */
public record WorkloadResult(Workload workload, Metrics before, Metrics after, RunResult beforeRun,
		RunResult afterRun) {

	/** Runs each workload on both versions. */
	public static List<WorkloadResult> run(List<Workload> workloads, ExecutableVersion before,
			ExecutableVersion after) {
		return workloads.stream().map(w -> {
			PairRun pair = PairRun.run(parse(w), w.followUps(), before, after, false, false);
			return new WorkloadResult(w, pair.beforeProbe().metrics(), pair.afterProbe().metrics(), pair.before(),
					pair.after());
		}).toList();
	}

	private static org.faultline.exec.Scenario parse(Workload w) {
		try {
			return ScenarioParser.parse(w.name(), "scenario " + w.name() + "\n" + w.scenarioText());
		} catch (ScenarioException e) {
			throw new IllegalArgumentException("workload " + w.name() + ": " + e.getMessage(), e);
		}
	}

	/** One line per version with its metrics. */
	public String text() {
		return workload.name() + ": " + workload.description() + "\n  before: " + before.text() + findings(beforeRun)
				+ "\n  after:  " + after.text() + findings(afterRun) + "\n";
	}

	private static String findings(RunResult r) {
		return r.findings().isEmpty() ? "" : "; findings: " + r.findings().stream().map(f -> Finding.title(f.kind()))
				.distinct().toList();
	}
}
