package org.faultline.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.faultline.cli.Faultline;
import org.junit.jupiter.api.Test;

/** {@code faultline explore} in-process: groups by cause, workloads, sampling, JSON, one-line errors. */
class ExploreCommandLineTest {

	@Test
	void theSampleOnTheModelledTreeGroupsTheAllocationUnderThePageLock() {
		CommandLineRun run = CommandLineRun.of("explore", "--sample", "--sample-size", "3000", "--seed", "5",
				"--threads", "2");
		assertEquals(0, run.exit(), run.err());
		assertTrue(run.out().contains("exploration of before (refs/heads/master) -> after ("), run.out());
		assertTrue(run.out().contains("(a sample, seed 5)"), run.out());
		assertTrue(run.out().matches("(?s).*\n\\d+ scenarios: only before: allocation under page lock.*"), run.out());
		assertTrue(run.out().contains("sequential-read-64: "), run.out());
	}

	@Test
	void jsonHasTheGroupsAndTheWorkloads() {
		CommandLineRun run = CommandLineRun.of("explore", "--json", "--sample-size", "500");
		assertEquals(0, run.exit(), run.err());
		Map<?, ?> json = (Map<?, ?>) Json.parse(run.out());
		assertEquals("before", json.get("before"));
		assertEquals("after", json.get("after"));
		assertTrue(((List<?>) json.get("groups")).stream().allMatch(g -> ((Map<?, ?>) g).get("count") instanceof Long),
				run.out());
		Map<?, ?> workload = ((List<?>) json.get("workloads")).stream().map(w -> (Map<?, ?>) w)
				.filter(w -> w.get("name").equals("sequential-read-64")).findFirst().orElseThrow();
		assertEquals(4L, ((Map<?, ?>) workload.get("before")).get("faults"));
		assertEquals(4L, ((Map<?, ?>) workload.get("before")).get("faultCalls"));
	}

	@Test
	void badInputIsOneLine() {
		CommandLineRun threads = CommandLineRun.of("explore", "--threads", "0");
		assertEquals(Faultline.EXIT_USAGE, threads.exit());
		assertEquals("faultline: --threads must be at least 1, not 0" + System.lineSeparator(), threads.err());
		CommandLineRun tree = CommandLineRun.of("explore", "--tree", "/nonexistent");
		assertEquals(Faultline.EXIT_USAGE, tree.exit());
		assertEquals("faultline: --tree needs a PATCH or --sample" + System.lineSeparator(), tree.err());
		CommandLineRun missing = CommandLineRun.of("explore", "/nonexistent.patch");
		assertEquals(Faultline.EXIT_PROBLEM, missing.exit());
		assertEquals("faultline: no such file: /nonexistent.patch" + System.lineSeparator(), missing.err());
	}
}
