package org.faultline.benchmarks;

import org.faultline.exec.ExecutableVersion;
import org.faultline.exec.FaultRun;
import org.faultline.exec.ModelledVersions;
import org.faultline.exec.NamedScenarios;
import org.faultline.exec.RunResult;
import org.faultline.exec.Scenario;

/**
 * Runs per second of one fault scenario on each image of the modelled tree (before and after the seed), with
 * the trace off and the invariant checks on; one core. Goal: at least 20,000 runs/s.
 */
final class FaultRunBenchmark implements Benchmark {

	private static final String[] SCENARIOS = { "read-cached-pmd-none", "cow-dax-nopage-pmd-none",
			"read-hot-faultaround", "anon-write" };

	@Override
	public void run() throws Exception {
		ExecutableVersion before = ModelledVersions.before();
		ExecutableVersion after = ModelledVersions.after();
		for (String name : SCENARIOS) {
			Scenario s = NamedScenarios.load(name);
			for (ExecutableVersion v : new ExecutableVersion[] { before, after }) {
				FaultRun run = FaultRun.scenario(s).version(v);
				int batch = 2_000;
				Timing t = Timing.measure(20, 30, () -> {
					RunResult last = null;
					for (int i = 0; i < batch; i++)
						last = run.call();
					return last;
				});
				long steps = run.call().steps();
				System.out.printf("%-26s %-6s %,9.0f runs/s  (%d steps per run; %s per %d runs)%n", name, v.label(),
						batch / (t.medianMillis() / 1000), steps, t, batch);
			}
		}
	}
}
