package org.faultline.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.UUID;

import org.faultline.cli.Faultline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code faultline annotate} on the seed's review of the modelled tree, which is kept under $FAULTLINE_DATA:
 * the build points it at a folder under target/ (tycho-surefire's environment), never the user's home.
 */
class AnnotateCommandLineTest {

	@BeforeAll
	static void theDataFolderIsNotTheUsersOwn() {
		String data = System.getenv("FAULTLINE_DATA");
		assertTrue(data != null && !data.isBlank(), "FAULTLINE_DATA must be set for the tests");
		assertTrue(Path.of(data).toAbsolutePath().toString().contains("target"), "FAULTLINE_DATA is " + data);
	}

	@Test
	void anAnnotationOnAFunctionIsSavedAndListed() {
		String text = "Does this keep the pte mapped on the retry path? " + UUID.randomUUID();
		CommandLineRun add = CommandLineRun.of("annotate", "--add", text, "--on", "function:after:do_read_fault",
				"--author", "Ada Reviewer <ada@example.org>");
		assertEquals(0, add.exit(), add.err());
		assertTrue(add.out().matches("(?s)annotation \\S+ on after function do_read_fault \\(mm/memory.c\\) saved in .*"
				+ "refs/faultline/reviews/[0-9a-f]{40}\\)\\s*"), add.out());
		CommandLineRun list = CommandLineRun.of("annotate", "--list");
		assertEquals(0, list.exit(), list.err());
		assertTrue(list.out().contains("after function do_read_fault (mm/memory.c)\n  Ada Reviewer <ada@example.org>, "),
				list.out());
		assertTrue(list.out().contains("  " + text + "\n"), list.out());
	}

	@Test
	void aDecisionRowAFindingAndLinesAreTargetsToo() {
		for (String target : new String[] { "decision:do_read_fault:do_set_pte",
				"finding:before:read-cached-pmd-none:allocation-under-lock", "lines:before:mm/memory.c:600-602",
				"step:after:anon-write:3" }) {
			CommandLineRun add = CommandLineRun.of("annotate", "--add", "see " + target, "--on", target, "--author",
					"Ada Reviewer <ada@example.org>");
			assertEquals(0, add.exit(), target + ": " + add.err());
		}
	}

	@Test
	void aTargetThatDoesNotExistIsOneLine() {
		CommandLineRun run = CommandLineRun.of("annotate", "--add", "x", "--on", "function:after:no_such_function",
				"--author", "Ada Reviewer <ada@example.org>");
		assertEquals(Faultline.EXIT_PROBLEM, run.exit());
		assertTrue(run.err().startsWith("faultline: --on function:after:no_such_function: after ("), run.err());
		assertTrue(run.err().endsWith("has no function no_such_function in its fault path's sources" + System.lineSeparator()),
				run.err());
		CommandLineRun missing = CommandLineRun.of("annotate", "--add", "x");
		assertEquals(Faultline.EXIT_USAGE, missing.exit());
		assertTrue(missing.err().startsWith("faultline: --add needs --on TARGET: "), missing.err());
	}
}
