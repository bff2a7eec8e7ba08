package org.faultline.review.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.faultline.exec.FaultlineRun.Which;
import org.faultline.model.exec.FindingKind;
import org.faultline.model.review.Annotation;
import org.faultline.model.review.LineTarget;
import org.faultline.model.review.Side;
import org.faultline.model.review.TraceStepTarget;
import org.faultline.review.Anchors;
import org.faultline.review.ReviewBase;
import org.faultline.review.ReviewSession;
import org.faultline.review.Revisions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed's annotations carried onto its v2 (resources/SeedV2.txt): the same patch with one hunk changed (the
 * pte line of filemap_map_pages reads {@code vmf->pte + (page->index - vmf->pgoff)}) and one hunk added (a
 * comment line above check_stack_guard_page, which moves everything below it in mm/memory.c down by one).
 */
class CarryOverTest {

	@TempDir
	Path dir;

	@Test
	void theSeedsAnnotationsLandOnItsV2AndTheOneWhoseLineIsGoneIsOrphaned() throws Exception {
		Path v2Patch = dir.resolve("SeedV2.txt");
		Files.writeString(v2Patch, Fixtures.text("SeedV2.txt"));
		try (ReviewBase base = ReviewBase.modelledTree(); ReviewSession v1 = ReviewSession.on(base).setSample().open()) {
			String memory = v1.after().read("mm/memory.c");
			int comment = Fixtures.lineOf(memory, ReplyTest.COMMENT_LINES);
			Annotation moved = v1.annotate(Anchors.lines(Side.AFTER, v1.after(), "mm/memory.c", comment, comment + 1),
					ReplyTest.REVIEWER, "moved down by the new hunk");
			v1.reply(moved, ReplyTest.COLLEAGUE, "and its reply with it");
			int pte = Fixtures.lineOf(v1.after().read("mm/filemap.c"), ReplyTest.PTE_LINE);
			v1.annotate(Anchors.lines(Side.AFTER, v1.after(), "mm/filemap.c", pte, pte), ReplyTest.REVIEWER,
					"the line v2 rewrites");
			int bug = Fixtures.lineOf(v1.before().read("mm/filemap.c"), ReplyTest.BUG_LINE);
			v1.annotate(Anchors.lines(Side.BEFORE, v1.before(), "mm/filemap.c", bug, bug), ReplyTest.REVIEWER,
					"the base does not change");
			v1.annotate(Anchors.function(Side.AFTER, "mm/memory.c", "do_read_fault"), ReplyTest.REVIEWER, "function");
			var row = v1.semanticDiff(null, null).function("do_read_fault").decision("__do_fault");
			v1.annotate(Anchors.decisionRow("do_read_fault", "__do_fault", row.after()), ReplyTest.REVIEWER, "row");
			v1.annotate(Anchors.function(Side.AFTER, "mm/memory.c", "no_such_function"), ReplyTest.REVIEWER,
					"a function no version has");
			var runs = v1.run("read-cached-pmd-none", Which.BOTH, true).get("read-cached-pmd-none");
			v1.annotate(Anchors.finding(Side.BEFORE, "read-cached-pmd-none", FindingKind.ALLOCATION_UNDER_LOCK,
					runs.get(0).findings().get(0).function()), ReplyTest.REVIEWER, "finding");
			String event = runs.get(0).trace().get(3).toString().strip();
			v1.annotate(Anchors.traceStep(Side.BEFORE, "read-cached-pmd-none", 3, event), ReplyTest.REVIEWER, "step");

			try (ReviewSession v2 = ReviewSession.on(base).setPatch(v2Patch).open()) {
				assertTrue(v2.applyResult().complete());
				assertNotEquals(v1.document().getId(), v2.document().getId());
				Revisions.Carried carried = Revisions.carryOver(v1.document(), v2);

				assertEquals(List.of(v1.document().getId()), v2.document().getEarlierRevisions());
				assertEquals(v1.document().getAnnotations().size(), v2.document().getAnnotations().size(),
						"nothing dropped");
				assertEquals(List.of("the line v2 rewrites", "a function no version has"),
						carried.orphaned().stream().map(Annotation::getText).toList());
				Annotation rewritten = carried.orphaned().get(0);
				assertTrue(rewritten.isOrphaned());
				assertTrue(rewritten.getOrphanReason().contains("changed"), rewritten.getOrphanReason());
				assertTrue(carried.orphaned().get(1).getOrphanReason().contains("no function no_such_function"));

				Annotation down = carried.placed().get(0);
				LineTarget lines = (LineTarget) down.getTarget();
				int there = Fixtures.lineOf(v2.after().read("mm/memory.c"), ReplyTest.COMMENT_LINES);
				assertEquals(comment + 1, there, "the added hunk is one line, above it");
				assertEquals(there, lines.getFirstLine());
				assertEquals(there + 1, lines.getLastLine());
				assertFalse(down.isOrphaned());
				assertEquals("and its reply with it", down.getReplies().get(0).getText());

				LineTarget base1 = (LineTarget) carried.placed().get(1).getTarget();
				assertEquals(bug, base1.getFirstLine());
				assertEquals(List.of("moved down by the new hunk", "the base does not change", "function", "row",
						"finding", "step"), carried.placed().stream().map(Annotation::getText).toList());
				assertEquals(3, ((TraceStepTarget) carried.placed().get(5).getTarget()).getStep());
			}
		}
	}
}
