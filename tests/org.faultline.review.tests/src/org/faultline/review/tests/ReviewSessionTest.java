package org.faultline.review.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.faultline.exec.FaultlineRun.Which;
import org.faultline.model.c.CChangeStatus;
import org.faultline.model.exec.FindingKind;
import org.faultline.model.review.Review;
import org.faultline.model.tree.TreeKind;
import org.faultline.patch.PatchException;
import org.faultline.review.ReviewBase;
import org.faultline.review.ReviewException;
import org.faultline.review.ReviewSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seed reviewed on the modelled tree: apply, versions, semantic diff and runs, all in the document. */
class ReviewSessionTest {

	@TempDir
	Path dir;

	@Test
	void theSeedOnTheModelledTreeGivesAReviewDocumentWithDiffAndRuns() throws Exception {
		try (ReviewBase base = ReviewBase.modelledTree(); ReviewSession session = ReviewSession.on(base).setSample().open()) {
			assertTrue(session.applyResult().complete());
			Review review = session.document();
			assertEquals(TreeKind.EMBEDDED_MODEL, review.getTree().getKind());
			assertEquals("huge tmpfs: avoid premature exposure of new pagetable revert", review.getPatch().getSubject());
			assertEquals(22, review.getApplyReports().get(0).getHunkReports().size());
			assertEquals(session.before().commitId().name(), review.getBefore().getCommitId());
			assertEquals(session.after().commitId().name(), review.getAfter().getCommitId());
			assertEquals(40, review.getId().length());

			var diff = session.semanticDiff(null, null);
			assertEquals(CChangeStatus.CHANGED, diff.function("handle_pte_fault").status());
			// what was computed is in the document from when it is next asked for (the same document)
			assertEquals(review, session.document());
			var hpf = review.getSemanticDiff().getFunctions().stream()
					.filter(f -> f.getName().equals("handle_pte_fault")).findFirst().orElseThrow();
			assertEquals(CChangeStatus.CHANGED, hpf.getStatus());

			var runs = session.run("read-cached-pmd-none", Which.BOTH, false).get("read-cached-pmd-none");
			assertTrue(runs.get(0).has(FindingKind.ALLOCATION_UNDER_LOCK), runs.get(0).report());
			assertFalse(runs.get(1).has(FindingKind.ALLOCATION_UNDER_LOCK), runs.get(1).report());
			assertEquals(2, session.document().getRuns().size());
			assertEquals(FindingKind.ALLOCATION_UNDER_LOCK, review.getRuns().get(0).getFindings().get(0).getKind());
			assertEquals("read-cached-pmd-none", review.getScenarios().get(0).getName());
			session.run("read-cached-pmd-none", Which.BOTH, false);
			assertEquals(2, session.document().getRuns().size(), "running again replaces the scenario's runs");
		}
	}

	@Test
	void anExplorationIsKeptInTheDocumentWithItsGroupsAndTheirRuns() throws Exception {
		try (ReviewBase base = ReviewBase.modelledTree(); ReviewSession session = ReviewSession.on(base).setSample().open()) {
			var result = session.exploration().setSampleSize(400).setSeed(7).call();
			session.record(result);
			var exploration = session.document().getExploration();
			assertEquals(result.explored(), exploration.getExplored());
			assertEquals(result.groups().size(), exploration.getGroups().size());
			assertTrue(exploration.isSampled());
			var underLock = exploration.getGroups().stream()
					.filter(g -> g.getOnlyBefore().contains(FindingKind.ALLOCATION_UNDER_LOCK)).findFirst().orElseThrow();
			assertTrue(underLock.getBefore().getFindings().stream()
					.anyMatch(f -> f.getKind() == FindingKind.ALLOCATION_UNDER_LOCK), underLock.getCause());
			assertTrue(underLock.getScenarioText().contains("vma"), underLock.getScenarioText());
			assertEquals(result.pruned().values().stream().mapToLong(Integer::longValue).sum(),
					exploration.getPruned().stream().mapToLong(p -> p.getCount()).sum());
		}
	}

	@Test
	void theCallersSeriesStaysWholeAndTheDocumentHoldsItsOwnCopy() throws Exception {
		var series = ReviewSession.sample();
		try (ReviewBase base = ReviewBase.modelledTree(); ReviewSession session = ReviewSession.on(base).setSeries(series).open()) {
			assertEquals(1, series.getPatches().size(), "opening takes nothing out of the caller's series");
			Review review = session.document();
			assertSame(review.getSeries().getPatches().get(0), review.getPatch());
			assertSame(review.getPatch(), review.getApplyReports().get(0).getPatch(), "references stay inside");
			assertSame(review.getTree(), review.getBefore().getTree());
		}
	}

	@Test
	void eachVersionIsBuiltOnceAndSharedByTreeId() throws Exception {
		try (ReviewBase base = ReviewBase.modelledTree();
				ReviewSession first = ReviewSession.on(base).setSample().open();
				ReviewSession second = ReviewSession.on(base).setSample().open()) {
			first.build(null);
			assertSame(first.before().program(), second.before().program());
			assertSame(first.after().program(), second.after().program(), "the same tree id, the same parse");
			assertEquals("before (refs/heads/master)", first.before().executable().label());
		}
	}

	@Test
	void aPatchThatDoesNotApplyHasAReportAndNoAfterVersion() throws Exception {
		Path patch = dir.resolve("stale.patch");
		Files.writeString(patch, "--- a/mm/memory.c\n+++ b/mm/memory.c\n@@ -1,2 +1,2 @@\n no such\n-lines here\n+at all\n");
		try (ReviewBase base = ReviewBase.modelledTree(); ReviewSession session = ReviewSession.on(base).setPatch(patch).open()) {
			assertFalse(session.applyResult().complete());
			assertFalse(session.hasAfter());
			ReviewException e = assertThrows(ReviewException.class, session::after);
			assertTrue(e.getMessage().contains("does not apply to refs/heads/master"), e.getMessage());
			assertNotNull(session.document().getApplyReports().get(0).getHunkReports().get(0).getDetail());
		}
	}

	@Test
	void badBasesAndRevisionsAreClearErrors() throws Exception {
		assertEquals("no such directory: " + dir.resolve("nowhere"),
				assertThrows(ReviewException.class, () -> ReviewBase.repository(dir.resolve("nowhere"))).getMessage());
		assertEquals("not a git repository: " + dir,
				assertThrows(ReviewException.class, () -> ReviewBase.repository(dir)).getMessage());
		try (ReviewBase base = ReviewBase.modelledTree()) {
			ReviewException e = assertThrows(ReviewException.class,
					() -> ReviewSession.on(base).setBaseRevision("v0.0").setAfterRevision("HEAD").open());
			assertTrue(e.getMessage().startsWith("no commit 'v0.0'"), e.getMessage());
		}
	}

	@Test
	void aPatchIsReadWhenTheSessionOpensAndTheBaseStillParsesAfterOneDoesNotRead() throws Exception {
		try (ReviewBase base = ReviewBase.modelledTree()) {
			// the base's parse starts before the patch is read
			PatchException e = assertThrows(PatchException.class, () -> ReviewSession.on(base).setPrefetch(true)
					.setPatch(dir.resolve("missing.patch")).open());
			assertEquals("no such file: " + dir.resolve("missing.patch"), e.getMessage());
			try (ReviewSession session = ReviewSession.on(base).setPatch(dir.resolve("missing.patch")).setSample()
					.setPrefetch(true).open()) {
				assertEquals("huge tmpfs: avoid premature exposure of new pagetable revert",
						session.document().getPatch().getSubject());
				// a patch given, though read only now: the sides are named with the revision
				assertEquals("before (" + base.defaultRevision() + ")", session.before().label());
				assertNotNull(session.before().program().function("handle_pte_fault"));
			}
		}
	}

	@Test
	void withoutAPatchTheModelledTreesTwoImagesAreCompared() throws Exception {
		try (ReviewBase base = ReviewBase.modelledTree();
				ReviewSession session = ReviewSession.on(base).setAfterRevision(base.modelledAfterRevision()).open()) {
			var runs = session.run("cow-dax-nopage-pmd-none", Which.BOTH, false).get("cow-dax-nopage-pmd-none");
			assertEquals("before", runs.get(0).version());
			assertTrue(runs.get(0).has(FindingKind.PTE_MAPPED_WITHOUT_TABLE), runs.get(0).report());
			assertTrue(runs.get(1).findings().isEmpty(), runs.get(1).report());
			assertThrows(ReviewException.class, () -> session.save(UserRepository.USER));
		}
	}
}
