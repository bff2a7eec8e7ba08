package org.faultline.patch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.faultline.model.patch.PatchMail;
import org.faultline.model.patch.PatchProblem;
import org.faultline.patch.ApplyCommand;
import org.faultline.patch.ApplyResult;
import org.faultline.patch.PatchException;
import org.faultline.patch.PatchReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Control characters other than NUL, line separators and bidi overrides in every place a patch is read from: a
 * path in a diff header is refused naming the line; a mail header keeps its text with each such character made
 * visible; a hunk's lines (kernel C has form feeds) are kept byte for byte.
 */
class ControlCharactersTest {

	/** BEL, ESC, form feed, vertical tab, DEL, a C1 control (CSI), U+2028, a bidi override, tab. */
	private static final List<Character> HIDDEN = List.of('\u0007', '\u001b', '\f', '\u000b', '\u007f', '\u009b',
			'\u2028', '\u202e', '\t');

	@TempDir
	Path dir;

	private static PatchProblem refused(String patch) {
		PatchException e = assertThrows(PatchException.class,
				() -> PatchReader.read().setSource("p.diff", patch.getBytes(StandardCharsets.UTF_8)).call());
		assertEquals(1, e.getProblems().size(), e.getProblems()::toString);
		return e.getProblems().getFirst();
	}

	@Test
	void aPathWithAControlOrBidiCharacterIsRefusedNamingTheLine() {
		// a tab ends the path in these lines (a date may follow): git quotes a path with one, as below
		for (char c : HIDDEN.subList(0, HIDDEN.size() - 1)) {
			String path = "mm/x" + c + "y.c";
			PatchProblem problem = refused("A patch.\n\n--- a/" + path + "\n+++ b/" + path + "\n@@ -1 +1 @@\n-a\n+b\n");
			String what = String.format("U+%04X", (int) c);
			assertEquals("bad-path", problem.getCode(), what);
			assertEquals(3, problem.getSourceLine(), what);
			String kind = c == '\u2028' || c == '\u202e' ? "invisible" : "control";
			assertEquals("path has the " + kind + " character " + what + ": 'mm/x" + String.format("\\u%04x", (int) c)
					+ "y.c'", problem.getMessage());
		}
	}

	@Test
	void gitsQuotedPathsAreReadWithTheirEscapesAndRefusedTheSame() {
		// git quotes such a path and writes ESC as \033, U+202E as its UTF-8 bytes \342\200\256
		for (String quoted : List.of("x\\033[31my.c", "x\\342\\200\\256c.y", "x\\ty.c", "x\\fy.c")) {
			String patch = "diff --git \"a/mm/" + quoted + "\" \"b/mm/" + quoted + "\"\nindex 1111111..2222222 100644\n"
					+ "--- \"a/mm/" + quoted + "\"\n+++ \"b/mm/" + quoted + "\"\n@@ -1 +1 @@\n-a\n+b\n";
			PatchProblem problem = refused(patch);
			assertEquals("bad-path", problem.getCode(), quoted);
			assertEquals(3, problem.getSourceLine(), quoted);
		}
		PatchProblem rename = refused("diff --git a/mm/a.c b/mm/b.c\nsimilarity index 100%\nrename from mm/a.c\n"
				+ "rename to \"mm/b\\342\\200\\256c.c\"\n");
		assertEquals(4, rename.getSourceLine());
		assertEquals("path has the invisible character U+202E: 'mm/b\\u202ec.c'", rename.getMessage());
	}

	@Test
	void aQuotedPathBeyondAsciiIsTheFileItNames() throws Exception {
		String patch = "diff --git \"a/mm/caf\\303\\251.c\" \"b/mm/caf\\303\\251.c\"\n--- \"a/mm/caf\\303\\251.c\"\n"
				+ "+++ \"b/mm/caf\\303\\251.c\"\n@@ -1 +1 @@\n-a\n+b\n";
		assertEquals("b\n", applied(Map.of("mm/caf\u00e9.c", "a\n"), patch).get("mm/caf\u00e9.c"));
	}

	@Test
	void aMailHeaderShowsItsControlAndBidiCharactersAsReplacements() throws Exception {
		for (char c : HIDDEN) {
			String what = String.format("U+%04X", (int) c);
			// raw in the header (8-bit, as mail clients send), and in an encoded word
			String raw = "From: Ada" + c + " <ada@example.org>\nSubject: [PATCH] mm: fix" + c + "[31m it\n"
					+ "Content-Type: text/plain; charset=utf-8\n\nWhy.\n---\n--- a/f.c\n+++ b/f.c\n@@ -1 +1 @@\n-a\n+b\n";
			PatchMail mail = read(raw);
			String shown = c == '\t' ? " " : "\ufffd";
			assertEquals("mm: fix" + shown + "[31m it", mail.getSubject(), what);
			assertEquals(("Ada" + shown).strip(), mail.getAuthorName(), what);
			String encoded = String.format("=?UTF-8?Q?mm=3A_fix%s_it?=", quotedPrintable(c));
			assertEquals("mm: fix" + shown + " it", read(raw.replace("[PATCH] mm: fix" + c + "[31m it", "[PATCH] " + encoded))
					.getSubject(), what);
		}
	}

	@Test
	void controlCharactersInHunkLinesAreKeptByteForByte() throws Exception {
		StringBuilder added = new StringBuilder("\f\n");
		for (char c : HIDDEN)
			added.append("\tx = 1;").append(c).append(" /* ").append(c).append(" */\n");
		String patch = "--- a/mm/f.c\n+++ b/mm/f.c\n@@ -1,2 +1," + (2 + HIDDEN.size() + 1) + " @@\n a\n"
				+ added.toString().lines().map(l -> "+" + l + "\n").reduce("", String::concat) + " b\n";
		assertEquals("a\n" + added + "b\n", applied(Map.of("mm/f.c", "a\nb\n"), patch).get("mm/f.c"));
	}

	private static PatchMail read(String mail) throws PatchException {
		return PatchReader.read().setSource("m.eml", mail.getBytes(StandardCharsets.UTF_8)).call().getPatches()
				.getFirst();
	}

	private static String quotedPrintable(char c) {
		StringBuilder s = new StringBuilder();
		for (byte b : String.valueOf(c).getBytes(StandardCharsets.UTF_8))
			s.append(String.format("=%02X", b & 0xff));
		return s.toString();
	}

	/** The files of the tree the patch makes, applied in a repository of these files. */
	private Map<String, String> applied(Map<String, String> files, String patch) throws Exception {
		try (TestRepository repo = new TestRepository(dir.resolve("checkout"), files)) {
			ApplyResult result = ApplyCommand.on(repo.repository())
					.setSeries(PatchReader.read().setSource("p.diff", patch.getBytes(StandardCharsets.UTF_8)).call())
					.setCommitter(TestRepository.REVIEWER).call();
			assertTrue(result.complete(), () -> result.reports().getFirst().getProblems().toString());
			Map<String, String> contents = new HashMap<>();
			try (RevWalk walk = new RevWalk(repo.repository()); TreeWalk tree = new TreeWalk(repo.repository())) {
				tree.addTree(walk.parseCommit(result.head()).getTree());
				tree.setRecursive(true);
				while (tree.next())
					contents.put(tree.getPathString(),
							new String(repo.repository().open(tree.getObjectId(0)).getBytes(), StandardCharsets.UTF_8));
			}
			return contents;
		}
	}
}
