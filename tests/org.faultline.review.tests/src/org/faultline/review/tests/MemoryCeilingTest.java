package org.faultline.review.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.faultline.review.tests.HostileCase.Case;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15's hostile inputs each run in a bounded heap: each case of {@link HostileCase} in a child JVM whose
 * {@code -Xmx} is the case's ceiling, which must end the case as its test says (an OutOfMemoryError fails it). With
 * {@code -Dfaultline.memory.search=true} it also finds, for each case, the least heap it ran in (to the megabyte
 * range below), the figure docs/reliability.md records.
 */
class MemoryCeilingTest {

	/**
	 * Each case's ceiling in MB: about one and a half times the least heap it ran in (docs/reliability.md, in 8 MB
	 * steps, and at least 16 MB above it), so that a change that needs half as much memory again fails, and a JVM's
	 * own variation does not.
	 */
	private static final Map<Case, Integer> CEILING_MB = Map.of(Case.TEN_MEGABYTE_LINE, 136,
			Case.THOUSAND_MESSAGE_MBOX, 40, Case.PATCH_BOMB, 40, Case.HUNDRED_THOUSAND_LINE_FILE, 48,
			Case.WHOLE_TREE_DELETED, 64, Case.HUNDRED_THOUSAND_LINE_C, 144, Case.NESTED_C, 32);

	/** The least heap a search tries, and its steps. */
	private static final int LEAST_MB = 8;

	@TempDir
	Path dir;

	private record Run(boolean ok, String output) {
	}

	@TestFactory
	Stream<DynamicTest> eachHostileCaseRunsWithinItsHeapCeiling() {
		return Arrays.stream(Case.values()).map(c -> DynamicTest.dynamicTest(c.name(), () -> {
			int ceiling = CEILING_MB.get(c);
			Run run = run(c, ceiling);
			assertTrue(run.ok(), c + " did not end well in " + ceiling + " MB of heap:\n" + run.output());
			System.out.println("memory " + c + " at -Xmx" + ceiling + "m: " + run.output().strip());
			if (Boolean.getBoolean("faultline.memory.search")) {
				// the least -Xmx, in steps of LEAST_MB, that ran the case: each run is a JVM of its own
				int low = 0;
				int high = ceiling / LEAST_MB;
				while (high - low > 1) {
					int mid = (low + high) / 2;
					if (run(c, mid * LEAST_MB).ok())
						high = mid;
					else
						low = mid;
				}
				System.out.println("memory " + c + ": least heap " + high * LEAST_MB + " MB (not in " + low * LEAST_MB
						+ " MB)");
			}
		}));
	}

	private Run run(Case c, int heapMb) throws Exception {
		Path work = Files.createTempDirectory(dir, c.name());
		List<String> command = ChildJvm.command(HostileCase.class, List.of("-Xmx" + heapMb + "m"), c.name(),
				work.resolve("repository").toString());
		Path log = work.resolve("output");
		Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		boolean ended = child.waitFor(5, TimeUnit.MINUTES);
		if (!ended)
			child.destroyForcibly().waitFor();
		String output = Files.readString(log, StandardCharsets.UTF_8);
		return new Run(ended && child.exitValue() == 0 && output.contains("allocated="), output);
	}
}
