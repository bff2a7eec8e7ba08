package org.faultline.patch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.faultline.model.patch.ApplyReport;
import org.faultline.model.patch.PatchSeries;
import org.faultline.patch.ApplyCommand;
import org.faultline.patch.ApplyResult;
import org.faultline.patch.PatchException;
import org.faultline.patch.PatchReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A series applies n/m in order, each on the previous, stops at the first failure, can skip and continue. */
class SeriesApplyTest {

	@TempDir
	Path folder;

	private static String patch(int n, String subject, String from, String to) {
		return "From faultline Tue Mar  3 10:15:00 2026\nFrom: Ada <ada@example.org>\nDate: Tue, 3 Mar 2026 10:1" + n
				+ ":00 +0000\nSubject: [PATCH " + n + "/3] " + subject + "\n\n" + subject + " body.\n---\n"
				+ "diff --git a/f.c b/f.c\n--- a/f.c\n+++ b/f.c\n@@ -1,3 +1,3 @@\n a\n-" + from + "\n+" + to + "\n c\n\n";
	}

	private static PatchSeries series(String second) throws PatchException {
		String mbox = patch(3, "third", "two", "three") + patch(1, "first", "b", "one") + second;
		return PatchReader.read().setSource("series.mbox", mbox.getBytes(StandardCharsets.UTF_8)).call();
	}

	@Test
	void appliesInOrderEachOnThePrevious() throws Exception {
		try (TestRepository repo = new TestRepository(folder, Map.of("f.c", "a\nb\nc\n"))) {
			ApplyResult result = ApplyCommand.on(repo.repository()).setSeries(series(patch(2, "second", "one", "two")))
					.setCommitter(TestRepository.REVIEWER).call();
			assertTrue(result.complete());
			assertEquals(3, result.reports().size());
			assertEquals("a\nthree\nc\n", repo.read(result.head(), "f.c"));
			try (RevWalk walk = new RevWalk(repo.repository())) {
				RevCommit third = walk.parseCommit(result.head());
				RevCommit second = walk.parseCommit(third.getParent(0));
				RevCommit first = walk.parseCommit(second.getParent(0));
				assertEquals(List.of("third", "second", "first"),
						List.of(third.getShortMessage(), second.getShortMessage(), first.getShortMessage()));
				assertEquals(repo.repository().resolve("master"), first.getParent(0).getId());
			}
			assertEquals("refs/faultline/applied/first", result.refName());
		}
	}

	@Test
	void stopsAtFirstFailureThenSkipsOrContinues() throws Exception {
		try (TestRepository repo = new TestRepository(folder, Map.of("f.c", "a\nb\nc\n"))) {
			PatchSeries broken = series(patch(2, "second", "nothing-like-this", "two"));
			ApplyResult stopped = ApplyCommand.on(repo.repository()).setSeries(broken)
					.setCommitter(TestRepository.REVIEWER).call();
			assertFalse(stopped.complete());
			assertEquals(2, stopped.reports().size());
			ApplyReport failed = stopped.reports().get(1);
			assertFalse(failed.isSuccess());
			assertEquals("second", failed.getPatch().getSubject());
			assertEquals("a\none\nc\n", repo.read(stopped.head(), "f.c"), "the ref holds what did apply");

			// continue after the failed one, from where it stopped
			ApplyResult continued = ApplyCommand.on(repo.repository()).setSeries(broken).setBase(stopped.refName())
					.setStartAt(3).setRefName("refs/faultline/applied/rest").setCommitter(TestRepository.REVIEWER).call();
			assertFalse(continued.complete(), "third needs second");

			ApplyResult skipped = ApplyCommand.on(repo.repository()).setSeries(broken).skip(2).skip(3)
					.setCommitter(TestRepository.REVIEWER).call();
			assertTrue(skipped.complete());
			assertEquals(1, skipped.reports().size());
		}
	}

	@Test
	void reverseApplyUndoesAPatch() throws Exception {
		try (TestRepository repo = new TestRepository(folder, Map.of("f.c", "a\none\nc\n"))) {
			PatchSeries first = PatchReader.read()
					.setSource("p", patch(1, "first", "b", "one").getBytes(StandardCharsets.UTF_8)).call();
			ApplyResult result = ApplyCommand.on(repo.repository()).setSeries(first).setReverse(true)
					.setCommitter(TestRepository.REVIEWER).call();
			assertTrue(result.complete(), () -> result.reports().toString());
			assertEquals("a\nb\nc\n", repo.read(result.head(), "f.c"));
			assertTrue(result.reports().getFirst().isReverse());
		}
	}

	@Test
	void declaredDiffstatThatDisagreesIsReported() throws Exception {
		try (TestRepository repo = new TestRepository(folder, Map.of("f.c", "a\nb\nc\n"))) {
			String mail = patch(1, "first", "b", "one").replace("---\n", "---\n f.c | 3 ++-\n 1 file changed, 2 insertions(+), 1 deletion(-)\n\n");
			ApplyResult result = ApplyCommand.on(repo.repository())
					.setSeries(PatchReader.read().setSource("p", mail.getBytes(StandardCharsets.UTF_8)).call())
					.setCommitter(TestRepository.REVIEWER).call();
			assertTrue(result.complete(), "a diffstat mismatch is a warning");
			assertEquals(List.of("f.c: declared 3 changed lines, applied 2",
					"declared 1 file, 2 insertions(+), 1 deletions(-), applied 1 file, 1 insertions(+), 1 deletions(-)"),
					result.reports().getFirst().getProblems().stream().map(p -> p.getMessage()).toList());
		}
	}

	@Test
	void cancelledLeavesNoRef() throws Exception {
		try (TestRepository repo = new TestRepository(folder, Map.of("f.c", "a\nb\nc\n"))) {
			NullProgressMonitor cancelled = new NullProgressMonitor();
			cancelled.setCanceled(true);
			assertThrows(OperationCanceledException.class, () -> ApplyCommand.on(repo.repository())
					.setSeries(series(patch(2, "second", "one", "two"))).setProgressMonitor(cancelled).call());
			assertTrue(repo.repository().getRefDatabase().getRefsByPrefix("refs/faultline/").isEmpty());
		}
	}

	@Test
	void refusesRefsOutsideItsOwnNamespace() throws Exception {
		try (TestRepository repo = new TestRepository(folder, Map.of("f.c", "a\nb\nc\n"))) {
			PatchException e = assertThrows(PatchException.class, () -> ApplyCommand.on(repo.repository())
					.setSeries(series(patch(2, "second", "one", "two"))).setRefName("refs/heads/master").call());
			assertEquals("results go to a ref under refs/faultline/, not 'refs/heads/master'", e.getMessage());
			PatchException noBase = assertThrows(PatchException.class, () -> ApplyCommand.on(repo.repository())
					.setSeries(series(patch(2, "second", "one", "two"))).setBase("no-such-ref").call());
			assertTrue(noBase.getMessage().startsWith("no commit 'no-such-ref' in "));
		}
	}
}
