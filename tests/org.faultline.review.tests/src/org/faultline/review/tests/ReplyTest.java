package org.faultline.review.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jgit.lib.PersonIdent;
import org.faultline.model.exec.FindingKind;
import org.faultline.model.review.Annotation;
import org.faultline.model.review.LineTarget;
import org.faultline.model.review.Side;
import org.faultline.review.Anchors;
import org.faultline.review.ReplyReader;
import org.faultline.review.ReplyWriter;
import org.faultline.review.ReviewBase;
import org.faultline.review.ReviewException;
import org.faultline.review.ReviewSession;
import org.faultline.review.Version;
import org.junit.jupiter.api.Test;

/** The seed's review as a kernel-style reply mail, and replies read back into annotations. */
class ReplyTest {

	static final PersonIdent REVIEWER = new PersonIdent("Rita Reviewer", "rita@example.org");

	static final PersonIdent COLLEAGUE = new PersonIdent("Kai Colleague", "kai@example.org");

	static final String PTE_LINE = "pte = vmf->pte + page->index - vmf->pgoff;";

	static final String BUG_LINE = "VM_BUG_ON_PAGE(page->index != iter.index, page);";

	/** Lines of do_anonymous_page's comment that the seed adds; the same words head other functions too. */
	static final String[] COMMENT_LINES = { "* but allow concurrent faults), and pte mapped but not yet locked.",
			"* We return with mmap_sem still held, but pte unmapped and unlocked.", "*/",
			"static int do_anonymous_page(struct mm_struct *mm, struct vm_area_struct *vma," };

	@Test
	void theSeedReviewExportsAsTheGoldenReplyAndReadsBackToTheSameAnnotations() throws Exception {
		try (ReviewBase base = ReviewBase.modelledTree(); ReviewSession session = ReviewSession.on(base).setSample().open()) {
			annotateEveryKind(session);
			String mail = ReplyWriter.of(session.document()).setReviewer(REVIEWER).setTrailer("Reviewed-by").write();
			Files.writeString(Path.of("target", "SeedReview_Reply.actual.txt"), mail);
			assertEquals(Fixtures.text("SeedReview_Reply.txt"), mail, "compare target/SeedReview_Reply.actual.txt");
			assertTrue(mail.contains("> + pte = vmf->pte + page->index - vmf->pgoff;\n> + if (!pte_none(*pte))\n"
					+ "> + goto unlock;\n\nWhy unlock"), "the comment is under the three lines it is about");
			assertTrue(!mail.contains("never sent"), "drafts stay out");

			List<Annotation> sent = session.document().getAnnotations().stream().filter(a -> !a.isDraft()).toList();
			try (ReviewSession again = ReviewSession.on(base).setSample().open()) {
				ReplyReader.Result read = ReplyReader.on(again).read(mail);
				assertEquals(List.of(), read.unplaced());
				// the mail has them in patch order, the document in the order they were made
				assertEquals(Fixtures.describe(sent).stream().sorted().toList(),
						Fixtures.describe(again.document().getAnnotations()).stream().sorted().toList());
				assertEquals(List.of("Reviewed-by: Rita Reviewer <rita@example.org>"),
						read.trailers().stream().map(t -> t.getKey() + ": " + t.getValue()).toList());
			}
		}
	}

	@Test
	void aCommentUnderAHandQuotedHunkLandsOnThatHunksLines() throws Exception {
		String reply = """
				On Sat, 16 Apr 2016, Hugh Dickins wrote:
				> This patch reverts all of my 09/31, your
				> [...]
				>@@ -2192,6 +2186,10 @@ repeat:
				>  if (page->index >= size >> PAGE_SHIFT)
				>  goto unlock;
				>
				> +	pte = vmf->pte + page->index - vmf->pgoff;
				> +	if (!pte_none(*pte))
				> +		goto unlock;

				Why unlock and not next here?

				>-	VM_BUG_ON_PAGE(page->index != iter.index, page);
				> -

				Keep the assertion, it caught a bug once.

				--\s
				Kai
				""";
		try (ReviewBase base = ReviewBase.modelledTree(); ReviewSession session = ReviewSession.on(base).setSample().open()) {
			ReplyReader.Result read = ReplyReader.on(session).setAuthor(COLLEAGUE).read(reply);
			assertEquals(List.of(), read.unplaced());
			assertEquals(2, read.annotations().size());

			LineTarget hunk = (LineTarget) read.annotations().get(0).getTarget();
			String after = session.after().read("mm/filemap.c");
			assertEquals(Side.AFTER, hunk.getSide());
			assertEquals("mm/filemap.c", hunk.getPath());
			assertEquals(Fixtures.lineOf(after, "if (page->index >= size >> PAGE_SHIFT)"), hunk.getFirstLine());
			assertEquals(Fixtures.lineOf(after, PTE_LINE) + 2, hunk.getLastLine());
			assertEquals("Why unlock and not next here?", read.annotations().get(0).getText());
			assertEquals("Kai Colleague <kai@example.org>", read.annotations().get(0).getAuthor());

			LineTarget removed = (LineTarget) read.annotations().get(1).getTarget();
			String before = session.before().read("mm/filemap.c");
			assertEquals(Side.BEFORE, removed.getSide());
			assertEquals(Fixtures.lineOf(before, BUG_LINE), removed.getFirstLine());
			assertEquals(Fixtures.lineOf(before, BUG_LINE) + 1, removed.getLastLine());
			assertEquals("Keep the assertion, it caught a bug once.", read.annotations().get(1).getText());
		}
	}

	@Test
	void whatAReplyDoesNotQuoteFromThePatchIsReportedOrRefused() throws Exception {
		try (ReviewBase base = ReviewBase.modelledTree(); ReviewSession session = ReviewSession.on(base).setSample().open()) {
			ReplyReader.Result read = ReplyReader.on(session).setAuthor(COLLEAGUE).read("""
					> I've considered various alternative approaches, and what can be done

					Which ones?

					> +	pte = vmf->pte + page->index - vmf->pgoff;

					Fine.
					""");
			assertEquals(1, read.annotations().size());
			assertEquals(List.of(new ReplyReader.Unplaced("Which ones?", "the lines quoted above it are not in the patch: "
					+ "I've considered various alternative approaches, and what can be done")), read.unplaced());

			ReviewException e = assertThrows(ReviewException.class, () -> ReplyReader.on(session).setAuthor(COLLEAGUE)
					.read("> static int shmem_fault(struct vm_area_struct *vma)\n\nWhat about shmem?\n"));
			assertTrue(e.getMessage().startsWith("the reply quotes nothing of huge tmpfs"), e.getMessage());
			assertThrows(ReviewException.class, () -> ReplyReader.on(session).read("> +\tgoto unlock;\n\nno sender\n"));
		}
	}

	/** Published comments of every anchor kind on the seed, one with a reply, one by a colleague, and a draft. */
	static void annotateEveryKind(ReviewSession session) throws Exception {
		Version after = session.after();
		Version before = session.before();
		int pte = Fixtures.lineOf(after.read("mm/filemap.c"), PTE_LINE);
		publish(session.annotate(Anchors.lines(Side.AFTER, after, "mm/filemap.c", pte, pte + 2), REVIEWER,
				"Why unlock and not next here?\n\nnext would keep the page for the following slot."));
		int bug = Fixtures.lineOf(before.read("mm/filemap.c"), BUG_LINE);
		publish(session.annotate(Anchors.lines(Side.BEFORE, before, "mm/filemap.c", bug, bug), REVIEWER,
				"This assertion goes without a word in the message."));
		int comment = Fixtures.lineOf(after.read("mm/memory.c"), COMMENT_LINES);
		Annotation locking = publish(session.annotate(
				Anchors.lines(Side.AFTER, after, "mm/memory.c", comment, comment + 1), REVIEWER,
				"The comment now promises a mapped pte: do_anonymous_page unmaps it first thing."));
		publish(session.reply(locking, COLLEAGUE, "It does, two lines further down."));
		publish(session.annotate(Anchors.function(Side.AFTER, "mm/memory.c", "do_read_fault"), REVIEWER,
				"do_read_fault goes back to fault-around before ->fault."));
		publish(session.annotate(Anchors.decisionRow("do_read_fault", "__do_fault", "!(fault_around_bytes >> PAGE_SHIFT > 1)"),
				REVIEWER, "Only reached when fault-around found nothing."));
		publish(session.annotate(Anchors.finding(Side.BEFORE, "read-cached-pmd-none", FindingKind.ALLOCATION_UNDER_LOCK,
				"do_read_fault"), COLLEAGUE, "The OOM deadlock of the message."));
		publish(session.annotate(Anchors.traceStep(Side.BEFORE, "read-cached-pmd-none", 3, "call __do_fault"), REVIEWER,
				"Here the page lock is taken."));
		publish(session.annotate(Anchors.lines(Side.AFTER, after, "mm/memory.c", 1, 3), REVIEWER,
				"Unrelated: the header comment still names the old file."));
		session.annotate(Anchors.function(Side.AFTER, "mm/memory.c", "__do_fault"), REVIEWER, "never sent");
	}

	private static Annotation publish(Annotation annotation) {
		annotation.setDraft(false);
		return annotation;
	}
}
