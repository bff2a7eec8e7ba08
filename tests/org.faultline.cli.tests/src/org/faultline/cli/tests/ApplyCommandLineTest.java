package org.faultline.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code faultline apply} run in-process: its report, its commit, its one-line errors and exit codes. */
class ApplyCommandLineTest {

	private static final Pattern COMMIT = Pattern.compile("(?m)^commit ([0-9a-f]{40}) on (refs/faultline/\\S+)$");

	@TempDir
	Path folder;

	private static CommandLineRun run(String... args) {
		return CommandLineRun.of(args);
	}

	private static void assertOneLineError(CommandLineRun run, int exit, String message) {
		assertEquals(exit, run.exit(), run.out() + run.err());
		assertEquals("faultline: " + message + System.lineSeparator(), run.err());
	}

	@Test
	void sampleAppliesOntoTheModelledTree() {
		CommandLineRun run = run("apply", "--sample");
		assertEquals(0, run.exit(), run.err());
		assertTrue(run.out().startsWith("tree: Faultline modelled mm tree (in memory), base huge tmpfs (model)\n"), run.out());
		assertTrue(run.out().contains("[4/5] huge tmpfs: avoid premature exposure of new pagetable revert (Hugh Dickins, "
				+ "Sat Apr 16 2016 - 19:38:23 EST)\n"), run.out());
		assertEquals(22, run.out().lines().filter(l -> l.matches("  mm/(memory|filemap)\\.c #\\d+: .*")).count());
		assertTrue(run.out().contains("  applied: 2 files, 101 insertions(+), 134 deletions(-)\n"), run.out());
		Matcher commit = COMMIT.matcher(run.out());
		assertTrue(commit.find(), run.out());
		assertEquals("refs/faultline/applied/huge-tmpfs-avoid-premature-exposure-of-new-pagetable-revert", commit.group(2));
	}

	@Test
	void appliesAPatchFileOntoACheckoutAndPrintsTheCommit() throws Exception {
		Path patch = folder.resolve("fix.patch");
		Files.writeString(patch, """
				From: Ada Lovelace <ada@example.org>
				Date: Tue, 3 Mar 2026 10:15:00 +0100
				Subject: [PATCH] mm: one becomes two

				---
				 f.c | 2 +-
				 1 file changed, 1 insertion(+), 1 deletion(-)

				--- a/f.c
				+++ b/f.c
				@@ -1,3 +1,3 @@
				 a
				-one
				+two
				 c
				""");
		Path checkout = folder.resolve("checkout");
		try (Git git = Git.init().setDirectory(checkout.toFile()).setInitialBranch("master").call()) {
			Files.writeString(checkout.resolve("f.c"), "a\none\nc\n");
			git.add().addFilepattern("f.c").call();
			PersonIdent me = new PersonIdent("Rita Reviewer", "rita@example.org");
			ObjectId master = git.commit().setMessage("base").setAuthor(me).setCommitter(me).setSign(false).call();

			CommandLineRun run = run("apply", patch.toString(), "--tree", checkout.toString());
			assertEquals(0, run.exit(), run.err());
			assertTrue(run.out().contains("  f.c #1: exact at line 1\n"), run.out());
			Matcher commit = COMMIT.matcher(run.out());
			assertTrue(commit.find(), run.out());
			assertEquals(ObjectId.fromString(commit.group(1)), git.getRepository().resolve("refs/faultline/applied/mm-one-becomes-two"));
			assertEquals(master, git.getRepository().resolve("HEAD"));
			assertEquals("a\none\nc\n", Files.readString(checkout.resolve("f.c")));
			assertTrue(git.status().call().isClean());
		}
	}

	@Test
	void aHunkThatDoesNotApplyIsOneLine() throws Exception {
		Path patch = folder.resolve("bad.patch");
		Files.writeString(patch, "--- a/mm/memory.c\n+++ b/mm/memory.c\n@@ -1,2 +1,2 @@\n no such\n-lines here\n+at all\n");
		CommandLineRun run = run("apply", patch.toString());
		assertEquals(1, run.exit());
		assertEquals(1, run.err().lines().count(), run.err());
		assertTrue(run.err().startsWith("faultline: mm/memory.c does not apply: mm/memory.c hunk 1: "), run.err());
	}

	@Test
	void badInputIsOneLineAndNonZero() throws Exception {
		assertOneLineError(run("apply", folder.resolve("missing.patch").toString()), 1,
				"no such file: " + folder.resolve("missing.patch"));
		assertOneLineError(run("apply"), 1, "give a PATCH file or --sample, not neither");

		Path truncated = folder.resolve("truncated.patch");
		Files.write(truncated, "--- a/f.c\n+++ b/f.c\n@@ -1,3 +1,3 @@\n a\n-b\n".getBytes(StandardCharsets.UTF_8));
		assertOneLineError(run("apply", truncated.toString()), 1,
				"f.c hunk 1 (patch line 5): hunk ends after 2 of 3 old and 1 of 3 new lines");

		Path words = folder.resolve("words.txt");
		Files.writeString(words, "nothing to see\n");
		assertOneLineError(run("apply", words.toString(), "--tree", folder.toString()), 1, "no diff found in " + words);

		assertOneLineError(run("apply", "--sample", "--tree", folder.resolve("nowhere").toString()), 1,
				"no such directory: " + folder.resolve("nowhere"));
		assertOneLineError(run("apply", "--sample", "--no-such-option"), 2, "Unknown option: '--no-such-option'");
		assertOneLineError(run(), 2, "no command given (see faultline --help)");
		assertOneLineError(run("frobnicate"), 2, "Unmatched argument at index 0: 'frobnicate'");
	}

	@Test
	void everyCommandHasHelp() {
		for (String command : new String[] { "apply", "diff", "run" }) {
			CommandLineRun run = run(command, "--help");
			assertEquals(0, run.exit(), run.err());
			assertTrue(run.out().startsWith("Usage: faultline " + command), run.out());
			assertEquals("", run.err());
		}
	}
}
