package org.faultline.explore.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.faultline.exec.FaultRun;
import org.faultline.exec.ModelledVersions;
import org.faultline.exec.RunObserver;
import org.faultline.exec.Scenario;
import org.faultline.explore.Exploration;
import org.faultline.explore.ExplorationReport;
import org.faultline.explore.ExplorationResult;
import org.faultline.explore.Point;
import org.faultline.explore.ScenarioSpace;
import org.faultline.explore.internal.ScenarioText;
import org.junit.jupiter.api.Test;

class SeedExplorationTest {

	@Test
	void explore() throws Exception {
		var b = ModelledVersions.before();
		var a = ModelledVersions.after();
		List<Point> pts = ScenarioSpace.full().feasible(new java.util.EnumMap<>(org.faultline.explore.Rule.class));
		for (int rep = 0; rep < 3; rep++) {
			long t = System.nanoTime();
			List<Scenario> ss = pts.stream().map(ScenarioText::scenario).toList();
			long t1 = System.nanoTime();
			for (Scenario s : ss)
				FaultRun.scenario(s).version(b).call();
			long t2 = System.nanoTime();
			for (Scenario s : ss)
				FaultRun.scenario(s).version(b).setMachineStates(true).call();
			long t3 = System.nanoTime();
			for (Scenario s : ss)
				FaultRun.scenario(s).version(b).setObserver(new RunObserver() {}).call();
			long t4 = System.nanoTime();
			System.out.println(pts.size() + " parse " + (t1 - t) / 1000000 + " plain " + (t2 - t1) / 1000000 + " states "
					+ (t3 - t2) / 1000000 + " observer " + (t4 - t3) / 1000000);
		}
		long t = System.nanoTime();
		ExplorationResult r = Exploration.between(b, a).setThreads(2).call();
		System.out.println("TOOK " + (System.nanoTime() - t) / 1_000_000 + " ms");
		System.out.println(ExplorationReport.text(r, false));
		assertTrue(r.explored() > 0);
	}
}
