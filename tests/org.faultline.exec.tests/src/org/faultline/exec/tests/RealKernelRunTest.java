package org.faultline.exec.tests;

import org.faultline.model.exec.FindingKind;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.faultline.c.parse.SourceSet;
import org.faultline.exec.ExecutableVersion;
import org.faultline.exec.FaultRun;
import org.faultline.exec.Finding;
import org.faultline.exec.NamedScenarios;
import org.faultline.exec.RunResult;
import org.junit.jupiter.api.Test;

/**
 * Opt-in ({@code -Dfaultline.kernel=DIR}, a real Linux checkout: 4.6, 4.8 with its struct fault_env, or a
 * recent one with struct vm_fault; README): every shipped scenario runs on the real fault path without
 * reaching a construct or a function the engine does not know. Each scenario's outcome and findings are
 * printed, and races that the version's path gives no occasion for.
 */
class RealKernelRunTest {

	@Test
	void everyShippedScenarioRunsOnTheRealSourcesWithNothingUnknownReached() throws Exception {
		String dir = System.getProperty("faultline.kernel", "");
		assumeTrue(!dir.isBlank(), "no real kernel tree: run with -Dfaultline.kernel=DIR");
		Path root = Path.of(dir);
		assumeTrue(Files.isRegularFile(root.resolve("mm/memory.c")), root + " has no mm/memory.c");
		ExecutableVersion real = ExecutableVersion.load(root.getFileName().toString(), SourceSet.directory(root));
		List<String> unknown = new ArrayList<>();
		for (String name : NamedScenarios.names()) {
			RunResult r = FaultRun.scenario(NamedScenarios.load(name)).version(real).setTrace(true).call();
			if (r.incomplete())
				unknown.add(name + ": " + r.incompleteText());
			System.out.printf("%s %s: %s%n", real.label(), name, r.completed() ? r.outcomeText() : "did not complete");
			r.findings().forEach(f -> System.out.println("  " + f));
			r.trace().stream().filter(e -> e.what().startsWith("the race ")).forEach(e -> System.out.println("  " + e.what()));
			for (Finding f : r.findings())
				if (f.kind() == FindingKind.CRASH)
					unknown.add(name + ": " + f);
			if (!r.completed())
				unknown.add(name + ": did not complete");
		}
		assertEquals(List.of(), unknown, String.join("\n", unknown));
	}
}
