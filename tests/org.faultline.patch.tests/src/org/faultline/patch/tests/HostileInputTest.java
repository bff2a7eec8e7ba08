package org.faultline.patch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.faultline.model.patch.PatchProblem;
import org.faultline.model.patch.PatchSeries;
import org.faultline.patch.ApplyCommand;
import org.faultline.patch.ApplyResult;
import org.faultline.patch.PatchException;
import org.faultline.patch.PatchReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and extreme inputs, each generated here: every one ends in a clear problem naming what and where,
 * or in the right result; the user's repository and everything around it stay as they were.
 */
class HostileInputTest {

	/**
	 * Catches a hang, not slowness (speed is the benchmarks' business): 60 s failed the 1,000-message mbox at 65 s
	 * on a build machine at load 25, where it takes about 11 s unloaded.
	 */
	private static final Duration BOUND = Duration.ofMinutes(5);

	@TempDir
	Path outside;

	/** Applies a patch in a repository inside {@link #outside}; nothing next to it may appear. */
	private ApplyResult apply(Map<String, String> files, byte[] patch) throws Exception {
		Path root = outside.resolve("checkout");
		try (TestRepository repo = new TestRepository(root, files)) {
			String before = repo.userStateHash();
			PatchSeries series = PatchReader.read().setSource("hostile.patch", patch).call();
			ApplyResult result = ApplyCommand.on(repo.repository()).setSeries(series).setCommitter(TestRepository.REVIEWER)
					.call();
			assertEquals(before, repo.userStateHash(), "the user's checkout is untouched");
			try (Stream<Path> around = Files.list(outside)) {
				assertEquals(List.of(root), around.toList(), "nothing is written outside the checkout");
			}
			if (result.head() != null) {
				contents = new LinkedHashMap<>();
				try (RevWalk walk = new RevWalk(repo.repository());
						TreeWalk tree = new TreeWalk(repo.repository())) {
					tree.addTree(walk.parseCommit(result.head()).getTree());
					tree.setRecursive(true);
					while (tree.next())
						contents.put(tree.getPathString(), repo.repository().open(tree.getObjectId(0)).getBytes());
				}
			}
			return result;
		}
	}

	/** The files of the last successful result. */
	private Map<String, byte[]> contents;

	private ApplyResult apply(Map<String, String> files, String patch) throws Exception {
		return apply(files, patch.getBytes(StandardCharsets.UTF_8));
	}

	private static PatchProblem onlyProblem(ApplyResult result) {
		assertNull(result.head(), "nothing applied");
		List<PatchProblem> problems = result.reports().getFirst().getProblems();
		assertEquals(1, problems.size(), problems::toString);
		return problems.getFirst();
	}

	private String file(String path) {
		return new String(contents.get(path), StandardCharsets.UTF_8);
	}

	@Test
	void hunksOutOfOrderAreRefusedNamingTheHunk() throws Exception {
		ApplyResult result = apply(Map.of("f.c", "a\nb\nc\nd\ne\nf\ng\nh\n"),
				"--- a/f.c\n+++ b/f.c\n@@ -7,1 +7,1 @@\n-g\n+G\n@@ -2,1 +2,1 @@\n-b\n+B\n");
		PatchProblem problem = onlyProblem(result);
		assertEquals("hunk-failed", problem.getCode());
		assertEquals("f.c", problem.getPath());
		assertEquals(2, problem.getHunkIndex());
	}

	@Test
	void overlappingHunksAreRefusedNamingTheHunk() throws Exception {
		ApplyResult result = apply(Map.of("f.c", "a\nb\nc\nd\n"),
				"--- a/f.c\n+++ b/f.c\n@@ -1,3 +1,3 @@\n a\n-b\n+B\n c\n@@ -2,2 +2,2 @@\n b\n-c\n+C\n");
		PatchProblem problem = onlyProblem(result);
		assertEquals("hunk-failed", problem.getCode());
		assertEquals(2, problem.getHunkIndex());
	}

	@Test
	void crlfAndMixedLineEndsInTheMailApply() throws Exception {
		String patch = "--- a/f.c\r\n+++ b/f.c\n@@ -1,3 +1,3 @@\r\n a\n-b\r\n+B\n c\r\n";
		assertTrue(apply(Map.of("f.c", "a\nb\nc\n"), patch).complete());
		assertEquals("a\nB\nc\n", file("f.c"));
	}

	@Test
	void symlinkMadeByThePatchThenWrittenThroughIsNamed() throws Exception {
		String patch = "diff --git a/mm/evil b/mm/evil\nnew file mode 120000\n--- /dev/null\n+++ b/mm/evil\n@@ -0,0 +1 @@\n"
				+ "+../..\n\\ No newline at end of file\n"
				+ "diff --git a/mm/evil/pwned-by-faultline b/mm/evil/pwned-by-faultline\nnew file mode 100644\n"
				+ "--- /dev/null\n+++ b/mm/evil/pwned-by-faultline\n@@ -0,0 +1 @@\n+owned\n";
		List<PatchProblem> problems = apply(Map.of("mm/f.c", "a\n"), patch).reports().getFirst().getProblems();
		PatchProblem conflict = problems.stream().filter(p -> p.getCode().equals("path-conflict")).findFirst().orElseThrow();
		assertEquals("mm/evil/pwned-by-faultline", conflict.getPath());
		assertEquals("writes through mm/evil, which the patch makes a symbolic link", conflict.getMessage());
		assertTrue(problems.stream().anyMatch(p -> p.getCode().equals("symlink-outside") && p.getPath().equals("mm/evil")),
				problems::toString);
	}

	@Test
	void symlinkToOutsideTheTreeIsRefused() throws Exception {
		for (String target : new String[] { "/etc/passwd", "../../x", "a/../../.." }) {
			String patch = "diff --git a/mm/link b/mm/link\nnew file mode 120000\n--- /dev/null\n+++ b/mm/link\n"
					+ "@@ -0,0 +1 @@\n+" + target + "\n\\ No newline at end of file\n";
			PatchProblem problem = onlyProblem(apply(Map.of("mm/f.c", "a\n"), patch));
			assertEquals("symlink-outside", problem.getCode(), target);
			assertEquals("makes a symbolic link to '" + target + "', which is outside the tree", problem.getMessage());
			deleteCheckout();
		}
		String inside = "diff --git a/mm/link b/mm/link\nnew file mode 120000\n--- /dev/null\n+++ b/mm/link\n"
				+ "@@ -0,0 +1 @@\n+../mm/f.c\n\\ No newline at end of file\n";
		assertTrue(apply(Map.of("mm/f.c", "a\n"), inside).complete());
		assertEquals("../mm/f.c", file("mm/link"));
	}

	@Test
	void aTenMegabyteLineIsApplied() throws Exception {
		String line = "x".repeat(10 << 20);
		ApplyResult result = assertTimeoutPreemptively(BOUND,
				() -> apply(Map.of("f.c", "a\nb\n"), "--- a/f.c\n+++ b/f.c\n@@ -1,2 +1,2 @@\n a\n-b\n+" + line + "\n"));
		assertTrue(result.complete());
		assertEquals("a\n" + line + "\n", file("f.c"));
	}

	@Test
	void bytesThatAreNotUtf8InADiffWithoutCharsetAreNamedNotReplaced() throws Exception {
		ByteArrayOutputStream patch = new ByteArrayOutputStream();
		patch.writeBytes("--- a/f.c\n+++ b/f.c\n@@ -1,2 +1,2 @@\n a\n-b\n+".getBytes(StandardCharsets.US_ASCII));
		patch.writeBytes("caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
		PatchException e = assertThrows(PatchException.class,
				() -> PatchReader.read().setSource("latin1.diff", patch.toByteArray()).call());
		assertEquals("not-utf8", e.getProblems().getFirst().getCode());
		assertTrue(e.getMessage().contains("line 6 has bytes that are not UTF-8"), e.getMessage());
	}

	@Test
	void aMailThatNamesItsCharsetKeepsItsText() throws Exception {
		ByteArrayOutputStream mail = new ByteArrayOutputStream();
		mail.writeBytes(("From: A <a@x>\nSubject: [PATCH] latin\nContent-Type: text/plain; charset=iso-8859-1\n\nBody.\n---\n"
				+ "--- a/f.c\n+++ b/f.c\n@@ -1,2 +1,2 @@\n a\n-b\n+caf\u00e9\n").getBytes(StandardCharsets.ISO_8859_1));
		assertTrue(apply(Map.of("f.c", "a\nb\n"), mail.toByteArray()).complete());
		assertEquals("a\ncaf\u00e9\n", file("f.c"));
	}

	@Test
	void anEmptyMailIsNoPatch() {
		PatchException e = assertThrows(PatchException.class,
				() -> PatchReader.read().setSource("empty.eml", new byte[0]).call());
		assertEquals("no diff found in empty.eml", e.getMessage());
	}

	@Test
	void aThousandMessageMboxIsReadAndAppliedInOrder() throws Exception {
		StringBuilder mbox = new StringBuilder();
		for (int n = 1000; n >= 1; n--) {
			mbox.append("From faultline Tue Mar  3 10:15:00 2026\nFrom: Ada <ada@example.org>\n")
					.append("Date: Tue, 3 Mar 2026 10:15:00 +0000\nSubject: [PATCH ").append(n).append("/1000] step ")
					.append(n).append("\n\nStep ").append(n).append(".\n---\ndiff --git a/f.c b/f.c\n--- a/f.c\n+++ b/f.c\n")
					.append("@@ -1,3 +1,3 @@\n a\n-v").append(n - 1).append("\n+v").append(n).append("\n c\n\n");
		}
		ApplyResult result = assertTimeoutPreemptively(BOUND,
				() -> apply(Map.of("f.c", "a\nv0\nc\n"), mbox.toString().getBytes(StandardCharsets.UTF_8)));
		assertTrue(result.complete());
		assertEquals(1000, result.reports().size());
		assertEquals("a\nv1000\nc\n", file("f.c"));
	}

	@Test
	void aPatchThatDeletesTheWholeTreeLeavesItEmpty() throws Exception {
		Map<String, String> files = Map.of("mm/a.c", "one\n", "mm/b.c", "two\nlines\n", "README", "r\n");
		StringBuilder patch = new StringBuilder();
		for (Map.Entry<String, String> file : files.entrySet()) {
			List<String> lines = file.getValue().lines().toList();
			patch.append("diff --git a/").append(file.getKey()).append(" b/").append(file.getKey())
					.append("\ndeleted file mode 100644\n--- a/").append(file.getKey()).append("\n+++ /dev/null\n@@ -1,")
					.append(lines.size()).append(" +0,0 @@\n");
			lines.forEach(l -> patch.append('-').append(l).append('\n'));
		}
		ApplyResult result = apply(files, patch.toString());
		assertTrue(result.complete(), () -> result.reports().getFirst().getProblems().toString());
		assertTrue(contents.isEmpty(), contents::toString);
	}

	@Test
	void aPatchBombOfManyTinyHunksAppliesInBoundedTime() throws Exception {
		int hunks = 5000;
		StringBuilder file = new StringBuilder();
		StringBuilder expected = new StringBuilder();
		StringBuilder patch = new StringBuilder("--- a/f.c\n+++ b/f.c\n");
		for (int i = 0; i < hunks; i++) {
			file.append("keep ").append(i).append("\nline ").append(i).append('\n');
			expected.append("keep ").append(i).append("\nLINE ").append(i).append('\n');
			patch.append("@@ -").append(2 * i + 2).append(",1 +").append(2 * i + 2).append(",1 @@\n-line ").append(i)
					.append("\n+LINE ").append(i).append('\n');
		}
		ApplyResult result = assertTimeoutPreemptively(BOUND, () -> apply(Map.of("f.c", file.toString()), patch.toString()));
		assertTrue(result.complete());
		assertEquals(hunks, result.reports().getFirst().getHunkReports().size());
		assertEquals(expected.toString(), file("f.c"));
	}

	@Test
	void aHundredThousandLineFileIsPatchedAtAnOffset() throws Exception {
		StringBuilder source = new StringBuilder();
		for (int i = 0; i < 100_000; i++)
			source.append("\tcount += ").append(i).append(";\n");
		// the header is 40 lines off, as a patch against an older tree would be
		String patch = "--- a/big.c\n+++ b/big.c\n@@ -99959,2 +99959,2 @@\n \tcount += 99998;\n-\tcount += 99999;\n+\tcount -= 1;\n";
		String text = source.toString();
		ApplyResult result = assertTimeoutPreemptively(BOUND, () -> apply(Map.of("big.c", text), patch));
		assertTrue(result.complete());
		assertEquals(40, result.reports().getFirst().getHunkReports().getFirst().getOffset());
		assertEquals(text.replace("\tcount += 99999;\n", "\tcount -= 1;\n"), file("big.c"));
	}

	private void deleteCheckout() throws Exception {
		try (Stream<Path> files = Files.walk(outside.resolve("checkout"))) {
			for (Path path : files.sorted((a, b) -> b.compareTo(a)).toList())
				Files.delete(path);
		}
	}
}
