package org.faultline.patch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.faultline.model.patch.ApplyReport;
import org.faultline.model.patch.HunkOutcome;
import org.faultline.model.patch.HunkReport;
import org.faultline.model.patch.PatchProblem;
import org.faultline.patch.ApplyCommand;
import org.faultline.patch.ApplyResult;
import org.faultline.patch.PatchException;
import org.faultline.patch.PatchReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input is one clear, structured problem: file, hunk, line and reason; nothing is applied. */
class ProblemsTest {

	@TempDir
	Path folder;

	private static PatchException readFails(String text) {
		return assertThrows(PatchException.class,
				() -> PatchReader.read().setSource("bad.patch", text.getBytes(StandardCharsets.UTF_8)).call());
	}

	private ApplyReport applyFails(Map<String, String> files, String patch) throws Exception {
		try (TestRepository repo = new TestRepository(folder, files)) {
			String before = repo.userStateHash();
			ApplyResult result = ApplyCommand.on(repo.repository())
					.setSeries(PatchReader.read().setSource("bad.patch", patch.getBytes(StandardCharsets.UTF_8)).call())
					.setCommitter(TestRepository.REVIEWER).call();
			assertFalse(result.complete());
			assertNull(result.head());
			assertTrue(repo.repository().getRefDatabase().getRefsByPrefix("refs/faultline/").isEmpty());
			assertEquals(before, repo.userStateHash());
			return result.reports().getFirst();
		}
	}

	private static PatchProblem only(ApplyReport report) {
		assertEquals(1, report.getProblems().size(), report.getProblems().toString());
		return report.getProblems().getFirst();
	}

	@Test
	void noDiffAtAll() {
		PatchException e = readFails("From: A <a@x>\nSubject: hello\n\njust words\n");
		assertEquals("no diff found in bad.patch", e.getMessage());
	}

	@Test
	void malformedMail() {
		PatchException e = readFails("From: A <a@x>\nSubject: [PATCH] x\nContent-Transfer-Encoding: base64\n\nQUJD=RA\n");
		assertEquals("malformed-mail", e.getProblems().getFirst().getCode());
		assertTrue(e.getMessage().startsWith("malformed mail in bad.patch: bad base64 data: "), e.getMessage());
	}

	@Test
	void truncatedHunk() {
		PatchException e = readFails("--- a/f.c\n+++ b/f.c\n@@ -1,5 +1,3 @@\n a\n-b\n-c\n+c\n");
		assertEquals("f.c hunk 1 (patch line 7): hunk ends after 3 of 5 old and 2 of 3 new lines", e.getMessage());
		assertEquals("hunk-truncated", e.getProblems().getFirst().getCode());
	}

	@Test
	void blankLinesLostAtAHunkEndAreAssumedThenChecked() throws Exception {
		String lost = "--- a/f.c\n+++ b/f.c\n@@ -1,3 +1,3 @@\n a\n-b\n+c\n";
		var series = PatchReader.read().setSource("p", lost.getBytes(StandardCharsets.UTF_8)).call();
		assertEquals("blank-lines-assumed", series.getProblems().getFirst().getCode());
		try (TestRepository repo = new TestRepository(folder, Map.of("f.c", "a\nb\n\nd\n"))) {
			ApplyResult result = ApplyCommand.on(repo.repository()).setSeries(series).call();
			assertTrue(result.complete());
			assertEquals("a\nc\n\nd\n", repo.read(result.head(), "f.c"));
		}
		deleteRepository();
		assertEquals(HunkOutcome.FAILED, applyFails(Map.of("f.c", "a\nb\nnot blank\n"), lost).getHunkReports()
				.getFirst().getOutcome());
	}

	@Test
	void wrongCounts() {
		PatchException e = readFails("--- a/f.c\n+++ b/f.c\n@@ -1,2 +1,2 @@\n a\n-b\n-c\n+d\n");
		assertEquals("wrong-counts", e.getProblems().getFirst().getCode());
		assertEquals("f.c", e.getProblems().getFirst().getPath());
		assertEquals(6, e.getProblems().getFirst().getSourceLine());
	}

	@Test
	void malformedHunkHeader() {
		PatchException e = readFails("--- a/f.c\n+++ b/f.c\n@@ -x +1 @@\n a\n");
		assertEquals("f.c hunk 1 (patch line 3): malformed hunk header '@@ -x +1 @@'", e.getMessage());
	}

	@Test
	void binaryDiffWithoutData() throws Exception {
		PatchProblem problem = only(applyFails(Map.of("logo.png", "png", "f.c", "a\n"),
				"diff --git a/logo.png b/logo.png\nindex 1..2 100644\nBinary files a/logo.png and b/logo.png differ\n"
						+ "diff --git a/f.c b/f.c\n--- a/f.c\n+++ b/f.c\n@@ -1 +1 @@\n-a\n+b\n"));
		assertEquals("binary-diff", problem.getCode());
		assertEquals("logo.png", problem.getPath());
	}

	@Test
	void pathsThatLeaveTheTree() throws Exception {
		for (String path : new String[] { "../outside.c", "mm/../../x.c", ".git/config", "mm/.git/hooks/x" }) {
			PatchProblem problem = only(applyFails(Map.of("f.c", "a\n"),
					"--- a/" + path + "\n+++ b/" + path + "\n@@ -1 +1 @@\n-a\n+b\n"));
			assertEquals("bad-path", problem.getCode(), path);
			deleteRepository();
		}
		PatchProblem absolute = only(applyFails(Map.of("f.c", "a\n"),
				"diff --git a/f.c b/f.c\n--- /etc/passwd\n+++ /etc/passwd\n@@ -1 +1 @@\n-a\n+b\n"));
		assertEquals("bad-path", absolute.getCode());
	}

	@Test
	void symlinkInTheTree() throws Exception {
		try (TestRepository repo = new TestRepository(folder, Map.of("real/f.c", "a\n"))) {
			Files.createSymbolicLink(folder.resolve("link"), Path.of("real"));
			repo.git().add().addFilepattern("link").call();
			repo.git().commit().setMessage("link").setAuthor(TestRepository.REVIEWER)
					.setCommitter(TestRepository.REVIEWER).setSign(false).call();
			ApplyResult result = ApplyCommand.on(repo.repository())
					.setSeries(PatchReader.read()
							.setSource("p", "--- a/link/f.c\n+++ b/link/f.c\n@@ -1 +1 @@\n-a\n+b\n".getBytes(StandardCharsets.UTF_8))
							.call())
					.call();
			PatchProblem problem = only(result.reports().getFirst());
			assertEquals("symlink-in-path", problem.getCode());
			assertEquals("link/f.c", problem.getPath());
		}
	}

	@Test
	void fileWithCrlfLineEndsIsRefusedNotRewritten() throws Exception {
		PatchProblem problem = only(applyFails(Map.of("f.c", "a\r\nb\r\n"), "--- a/f.c\n+++ b/f.c\n@@ -1 +1 @@\n-a\n+c\n"));
		assertEquals("crlf-file", problem.getCode());
		assertEquals("f.c", problem.getPath());
	}

	@Test
	void fileThatDoesNotExist() throws Exception {
		PatchProblem problem = only(applyFails(Map.of("f.c", "a\n"), "--- a/g.c\n+++ b/g.c\n@@ -1 +1 @@\n-a\n+b\n"));
		assertEquals("no-such-file", problem.getCode());
		assertEquals("g.c", problem.getPath());
	}

	@Test
	void hunkThatFitsNowhereNamesBestCandidateAndFirstDifference() throws Exception {
		assertEquals("best candidate at line 2 (2 of 3 old lines match); first difference at line 4: patch has 'FOUR', file has 'four'",
				failedHunkDetail("one\ntwo\nthree\nfour\nfive\n", "@@ -2,3 +2,3 @@\n two\n-three\n+drei\n FOUR\n"));
	}

	@Test
	void twoEquallyGoodPositionsAreAnError() throws Exception {
		assertEquals("fits equally well at lines 2 and 6",
				failedHunkDetail("x\nsame\nthing\nx\nx\nsame\nthing\nx\n", "@@ -4,2 +4,2 @@\n same\n-thing\n+other\n"));
	}

	/** Applies one hunk to f.c; it must fail, its report and its one problem say the same. */
	private String failedHunkDetail(String file, String hunkText) throws Exception {
		ApplyReport report = applyFails(Map.of("f.c", file), "--- a/f.c\n+++ b/f.c\n" + hunkText);
		HunkReport hunk = report.getHunkReports().getFirst();
		assertEquals(HunkOutcome.FAILED, hunk.getOutcome());
		PatchProblem problem = only(report);
		assertEquals("f.c hunk 1: " + hunk.getDetail(),
				problem.getPath() + " hunk " + problem.getHunkIndex() + ": " + problem.getMessage());
		return hunk.getDetail();
	}

	private void deleteRepository() throws Exception {
		try (var files = Files.walk(folder)) {
			files.sorted(java.util.Comparator.reverseOrder()).filter(p -> !p.equals(folder)).forEach(p -> p.toFile().delete());
		}
	}
}
