package org.faultline.benchmarks;

import java.util.Map;

import org.faultline.c.parse.CParser;
import org.faultline.c.parse.Program;
import org.faultline.c.parse.SourceSet;
import org.faultline.exec.ExecutableVersion;
import org.faultline.exec.ModelledVersions;

/** The parts of building one version of the modelled tree: parsing with preprocessing, and lowering. */
final class VersionBuildBenchmark implements Benchmark {

	@Override
	public void run() throws Exception {
		Map<String, String> files = ModelledVersions.beforeFiles();
		try (CParser parser = new CParser()) {
			Timing parse = Timing.measure(30, 100,
					() -> ExecutableVersion.sources(SourceSet.of(files)).parser(new CParser()).load());
			System.out.println("parse (x86_64 preprocessing, fresh parser): " + parse);
			Timing reparse = Timing.measure(30, 100, () -> ExecutableVersion.sources(SourceSet.of(files)).parser(parser).load());
			System.out.println("parse again with the same parser: " + reparse);
			Program program = ExecutableVersion.sources(SourceSet.of(files)).parser(parser).load();
			Timing lower = Timing.measure(30, 100,
					() -> ExecutableVersion.lower("before", program, ExecutableVersion.DEFAULT_STOPS));
			System.out.println("lower: " + lower);
		}
	}
}
