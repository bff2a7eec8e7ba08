package org.faultline.benchmarks;

import org.faultline.exec.ExecutableVersion;
import org.faultline.exec.ModelledVersions;
import org.faultline.explore.Exploration;
import org.faultline.explore.ExplorationResult;

/**
 * The whole exploration of the seed (modelled tree before vs after, every scenario of the full space run on
 * both versions, groups with their traced representatives), on one thread and on two. Goals: at least 10,000
 * scenario pairs in under 1 s on two cores; the seed's whole space in under 10 s.
 */
final class ExploreBenchmark implements Benchmark {

	@Override
	public void run() throws Exception {
		ExecutableVersion before = ModelledVersions.before();
		ExecutableVersion after = ModelledVersions.after();
		for (int threads : new int[] { 1, 2 }) {
			Exploration exploration = Exploration.between(before, after).setThreads(threads);
			ExplorationResult[] last = new ExplorationResult[1];
			Timing t = Timing.measure(3, 7, () -> last[0] = exploration.call());
			long pairs = last[0].explored();
			System.out.printf("%d thread(s): %,d scenario pairs (%,d runs), %d groups; %s; %,.0f pairs/s, %,.0f runs/s"
					+ " per thread%n", threads, pairs, 2 * pairs, last[0].groups().size(), t,
					pairs / (t.medianMillis() / 1000), 2 * pairs / (t.medianMillis() / 1000) / threads);
		}
	}
}
