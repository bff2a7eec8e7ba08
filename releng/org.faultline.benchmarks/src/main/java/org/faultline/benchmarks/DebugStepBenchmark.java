package org.faultline.benchmarks;

import java.util.List;

import org.faultline.exec.ExecutableVersion;
import org.faultline.exec.Lockstep;
import org.faultline.exec.ModelledVersions;
import org.faultline.exec.NamedScenarios;
import org.faultline.exec.StateNode;
import org.faultline.exec.StepSession;
import org.faultline.exec.StepSession.Snapshot;

/**
 * What one command of the debug model costs in the engine: move the session, replay the run up to the new step
 * (the snapshot a thread takes once per step), and make what the Debug and Variables views read at once, the
 * frames' variables and the Machine and Findings groups two levels down. Measured over every step of a scenario
 * forwards, every step backwards, and in lockstep from aligned call to aligned call. Goals (issue 11): a step
 * under 30 ms, a step back under 100 ms.
 */
final class DebugStepBenchmark implements Benchmark {

	private static final String[] SCENARIOS = { "read-cached-pmd-none", "read-hot-faultaround", "huge-cow-split" };

	@Override
	public void run() throws Exception {
		ExecutableVersion before = ModelledVersions.before(), after = ModelledVersions.after();
		for (String name : SCENARIOS) {
			var scenario = NamedScenarios.load(name);
			StepSession s = StepSession.start(before, scenario);
			int steps = s.length() - 1;
			Timing forward = Timing.measure(3, 15, () -> {
				s.goTo(1);
				while (s.stepInto())
					show(s.snapshot());
				return null;
			});
			Timing back = Timing.measure(3, 15, () -> {
				s.goTo(s.length());
				while (s.position() > 1 && s.backStep())
					show(s.snapshot());
				return null;
			});
			System.out.printf("%-22s before  step %.3f ms, step back %.3f ms  (%d steps; all steps: %s; back: %s)%n",
					name, forward.medianMillis() / steps, back.medianMillis() / steps, steps, forward, back);
			Lockstep l = Lockstep.of(StepSession.start(before, scenario), StepSession.start(after, scenario));
			int pairs = l.pairs().size() - 1;
			Timing together = Timing.measure(3, 15, () -> {
				l.goTo(0);
				while (l.step()) {
					show(l.left().snapshot());
					show(l.right().snapshot());
				}
				return null;
			});
			System.out.printf("%-22s lockstep step %.3f ms  (%d aligned calls; %s)%n", name,
					together.medianMillis() / pairs, pairs, together);
		}
	}

	/** What the views read at a suspend: every frame's variables and the machine's groups, two levels down. */
	private static void show(Snapshot s) {
		s.frames().forEach(f -> touch(f.variables(), 2));
		touch(s.machineState(), 2);
		s.findings().forEach(r -> r.finding().message());
	}

	private static void touch(List<StateNode> nodes, int depth) {
		if (depth == 0)
			return;
		for (StateNode n : nodes)
			if (n.hasChildren())
				touch(n.children(), depth - 1);
	}
}
