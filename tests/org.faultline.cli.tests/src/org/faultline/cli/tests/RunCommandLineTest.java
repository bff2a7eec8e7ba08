package org.faultline.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.faultline.cli.Faultline;
import org.junit.jupiter.api.Test;

/** {@code faultline run} in-process: outcomes, findings and differences, trace, one-line errors. */
class RunCommandLineTest {

	private record Run(int exit, String out, String err) {
	}

	private static Run run(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int exit = Faultline.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
		return new Run(exit, out.toString(), err.toString());
	}

	@Test
	void bothImagesOfTheModelledTreeAndWhatOnlyOneFinds() {
		Run run = run("run", "--scenario", "read-cached-pmd-none");
		assertEquals(0, run.exit(), run.err());
		assertTrue(run.out().contains("== before: read-cached-pmd-none\noutcome: LOCKED"), run.out());
		assertTrue(run.out().contains("only before: allocation under page lock or i_mmap_rwsem"), run.out());
	}

	@Test
	void theSeedAppliedToTheModelledBaseFixesTheDaxCowFault() {
		Run run = run("run", "--scenario", "cow-dax-nopage-pmd-none", "--sample");
		assertEquals(0, run.exit(), run.err());
		assertTrue(run.out().contains("only before (refs/heads/master): pte mapped without a page table"), run.out());
		String after = run.out().substring(run.out().indexOf("== after"));
		assertTrue(after.contains("findings: none"), run.out());
	}

	@Test
	void traceHasFileAndLine() {
		Run run = run("run", "--scenario", "anon-write", "--version", "after", "--trace");
		assertEquals(0, run.exit(), run.err());
		assertTrue(run.out().contains("call do_anonymous_page("), run.out());
		assertTrue(run.out().contains("(mm/memory.c:"), run.out());
		assertTrue(run.out().contains("state after:"), run.out());
		assertFalse(run.out().contains("== before"), run.out());
	}

	@Test
	void badInputIsOneLine() {
		Run unknown = run("run", "--scenario", "no-such-scenario");
		assertEquals(Faultline.EXIT_PROBLEM, unknown.exit());
		assertTrue(unknown.err().startsWith("faultline: no-such-scenario:0: no shipped scenario of that name"),
				unknown.err());
		Run version = run("run", "--scenario", "anon-write", "--version", "sideways");
		assertEquals(Faultline.EXIT_USAGE, version.exit());
		assertEquals("faultline: --version must be before, after or both, not sideways" + System.lineSeparator(),
				version.err());
	}
}
