package org.faultline.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.faultline.cli.Faultline;
import org.junit.jupiter.api.Test;

/** {@code faultline run} in-process: outcomes, findings and differences, trace, one-line errors. */
class RunCommandLineTest {

	private static CommandLineRun run(String... args) {
		return CommandLineRun.of(args);
	}

	@Test
	void bothImagesOfTheModelledTreeAndWhatOnlyOneFinds() {
		CommandLineRun run = run("run", "--scenario", "read-cached-pmd-none");
		assertEquals(0, run.exit(), run.err());
		assertTrue(run.out().contains("== before: read-cached-pmd-none\noutcome: LOCKED"), run.out());
		assertTrue(run.out().contains("only before: allocation under page lock or i_mmap_rwsem"), run.out());
	}

	@Test
	void theSeedAppliedToTheModelledBaseFixesTheDaxCowFault() {
		CommandLineRun run = run("run", "--scenario", "cow-dax-nopage-pmd-none", "--sample");
		assertEquals(0, run.exit(), run.err());
		assertTrue(run.out().contains("only before (refs/heads/master): pte mapped without a page table"), run.out());
		String after = run.out().substring(run.out().indexOf("== after"));
		assertTrue(after.contains("findings: none"), run.out());
	}

	@Test
	void traceHasFileAndLine() {
		CommandLineRun run = run("run", "--scenario", "anon-write", "--version", "after", "--trace");
		assertEquals(0, run.exit(), run.err());
		assertTrue(run.out().contains("call do_anonymous_page("), run.out());
		assertTrue(run.out().contains("(mm/memory.c:"), run.out());
		assertTrue(run.out().contains("state after:"), run.out());
		assertFalse(run.out().contains("== before"), run.out());
	}

	@Test
	void badInputIsOneLine() {
		CommandLineRun unknown = run("run", "--scenario", "no-such-scenario");
		assertEquals(Faultline.EXIT_PROBLEM, unknown.exit());
		assertTrue(unknown.err().startsWith("faultline: no-such-scenario:0: no shipped scenario of that name"),
				unknown.err());
		CommandLineRun version = run("run", "--scenario", "anon-write", "--version", "sideways");
		assertEquals(Faultline.EXIT_USAGE, version.exit());
		assertEquals("faultline: --version must be before, after or both, not sideways" + System.lineSeparator(),
				version.err());
	}

	@Test
	void allListsTheScenariosThatBehaveDifferently() {
		CommandLineRun run = run("run", "--all");
		assertEquals(0, run.exit(), run.err());
		for (String seedScenario : new String[] { "read-cached-pmd-none", "cow-dax-nopage-pmd-none", "read-hot-faultaround" })
			assertTrue(run.out().contains("== " + seedScenario + ": differs\n"), run.out());
		assertTrue(run.out().contains("  only before: call filemap_fault ("), "read-hot-faultaround calls ->fault only before");
		Matcher total = Pattern.compile("(?m)^(\\d+) of (\\d+) scenarios behave differently: ").matcher(run.out());
		assertTrue(total.find(), run.out());
		int blocks = run.out().split("\n== ", -1).length;
		assertEquals(Integer.parseInt(total.group(2)), blocks, "one block per shipped scenario");
		assertEquals(run.out().split(": differs\n", -1).length - 1, Integer.parseInt(total.group(1)));
	}

	@Test
	void allOrOneScenario() {
		assertEquals("faultline: give --scenario FILE|NAME or --all" + System.lineSeparator(), run("run").err());
		assertEquals("faultline: give --scenario FILE|NAME or --all" + System.lineSeparator(),
				run("run", "--all", "--scenario", "anon-write").err());
		CommandLineRun one = run("run", "--all", "--version", "after");
		assertEquals(Faultline.EXIT_USAGE, one.exit());
		assertEquals("faultline: --all compares both versions: leave out --version" + System.lineSeparator(), one.err());
	}
}
