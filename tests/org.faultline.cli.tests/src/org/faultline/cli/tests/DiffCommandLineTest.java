package org.faultline.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.faultline.cli.Faultline;
import org.junit.jupiter.api.Test;

/** {@code faultline diff} run in-process on the seed and the embedded modelled tree. */
class DiffCommandLineTest {

	@Test
	void oneFunctionOfTheSeed() {
		CommandLineRun run = CommandLineRun.of("diff", "--function", "handle_pte_fault");
		assertEquals(0, run.exit(), run.err());
		assertTrue(run.out().startsWith("function handle_pte_fault: changed"), run.out());
		assertTrue(run.out().contains("signature: gains parameter pte_t * pte (position 4)"), run.out());
		assertTrue(run.out().contains("contract on return, pte: (not stated) -> \"pte unmapped and unlocked\""), run.out());
		assertTrue(run.out().contains("handle_pte_fault -> __handle_mm_fault"), run.out());
	}

	@Test
	void theWholeFaultPath() {
		CommandLineRun run = CommandLineRun.of("diff");
		assertEquals(0, run.exit(), run.err());
		assertTrue(run.out().contains("do_fault_around now before __do_fault (was after)"), run.out());
		assertTrue(run.out().contains("do_anonymous_page -> __handle_mm_fault"), run.out());
		assertTrue(run.out().contains("pte mapping via pte_offset_map: handle_pte_fault -> __handle_mm_fault"), run.out());
	}

	@Test
	void anUnknownFunctionIsOneLine() {
		CommandLineRun run = CommandLineRun.of("diff", "--function", "no_such_function");
		assertEquals(Faultline.EXIT_PROBLEM, run.exit());
		assertEquals("faultline: function no_such_function is defined in neither version" + System.lineSeparator(),
				run.err());
	}
}
