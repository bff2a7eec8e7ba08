package org.faultline.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.faultline.cli.Faultline;
import org.junit.jupiter.api.Test;

/** {@code faultline diff} run in-process on the seed and the embedded modelled tree. */
class DiffCommandLineTest {

	@Test
	void oneFunctionOfTheSeed() {
		CommandLineRun run = CommandLineRun.of("diff", "--function", "handle_pte_fault");
		assertEquals(0, run.exit(), run.err());
		assertTrue(run.out().startsWith("  handle_pte_fault  changed  mm/memory.c:"), run.out());
		assertTrue(run.out().contains("signature: gains parameter pte_t * pte (position 4)"), run.out());
		assertTrue(run.out().contains("contract on return, pte: (not stated) -> \"pte unmapped and unlocked\""), run.out());
		assertTrue(run.out().contains("handle_pte_fault -> __handle_mm_fault"), run.out());
	}

	@Test
	void theWholeFaultPath() {
		CommandLineRun run = CommandLineRun.of("diff");
		assertEquals(0, run.exit(), run.err());
		assertTrue(run.out().startsWith("Fault path: 10 of 32 functions changed\n"), run.out());
		assertTrue(run.out().contains("do_fault_around now before __do_fault (was after)"), run.out());
		assertTrue(run.out().contains("do_anonymous_page -> __handle_mm_fault"), run.out());
		assertTrue(run.out().matches("(?s).*\n  pte mapping via pte_offset_map +handle_pte_fault +__handle_mm_fault\n.*"),
				run.out());
		assertFalse(run.out().contains("do_swap_page  unchanged"), run.out());
	}

	/**
	 * What both versions require of a row is written once, and each side's alternatives are listed one a line:
	 * the seven alike ways to reach handle_pte_fault are not repeated on each side, nor joined into a line of
	 * hundreds of characters.
	 */
	@Test
	void conditionsAreFactoredAndFitTheTerminal() {
		CommandLineRun run = CommandLineRun.of("diff");
		assertTrue(run.out().contains("&& one of (7, alike before and after):"), run.out());
		for (String line : run.out().split("\n"))
			assertTrue(line.length() <= 120, () -> "wider than the terminal's 120 columns: " + line);
	}

	@Test
	void allListsTheUnchangedFunctionsToo() {
		CommandLineRun run = CommandLineRun.of("diff", "--all");
		assertEquals(0, run.exit(), run.err());
		assertTrue(run.out().contains("\n  do_swap_page  unchanged  mm/memory.c:"), run.out());
	}

	@Test
	void anUnknownFunctionIsOneLine() {
		CommandLineRun run = CommandLineRun.of("diff", "--function", "no_such_function");
		assertEquals(Faultline.EXIT_PROBLEM, run.exit());
		assertEquals("faultline: function no_such_function is defined in neither version" + System.lineSeparator(),
				run.err());
	}

	@Test
	void aWrongColourIsACommandLineError() {
		CommandLineRun run = CommandLineRun.of("diff", "--color", "sometimes");
		assertEquals(Faultline.EXIT_USAGE, run.exit());
		assertTrue(run.err().contains("--color must be auto, always or never, not sometimes"), run.err());
	}
}
