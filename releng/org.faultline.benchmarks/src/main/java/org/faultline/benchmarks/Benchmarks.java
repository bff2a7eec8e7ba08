package org.faultline.benchmarks;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Runs the named benchmarks (all when none is named) and prints one result block each, in the form
 * docs/benchmarks.md records.
 */
public final class Benchmarks {

	private Benchmarks() {
	}

	public static void main(String[] args) throws Exception {
		Map<String, Benchmark> all = new LinkedHashMap<>();
		all.put("model-roundtrip", new ModelRoundTripBenchmark());
		all.put("patch-apply", new PatchApplyBenchmark());
		all.put("fault-run", new FaultRunBenchmark());
		all.put("c-semantic-diff", SemanticDiffBenchmark.modelled());
		all.put("c-semantic-diff-real", SemanticDiffBenchmark.realKernel());
		all.put("explore", new ExploreBenchmark());
		all.put("review-session", new ReviewSessionBenchmark());
		all.put("version-build", new VersionBuildBenchmark());
		all.put("debug-step", new DebugStepBenchmark());
		all.put("review-saves", new ReviewSavesBenchmark());
		var chosen = args.length == 0 ? all.keySet() : Arrays.asList(args);
		for (String name : chosen) {
			Benchmark benchmark = all.get(name);
			if (benchmark == null) {
				System.err.println("unknown benchmark " + name + "; known: " + all.keySet());
				System.exit(2);
			}
			System.out.println("== " + name);
			benchmark.run();
		}
	}
}
