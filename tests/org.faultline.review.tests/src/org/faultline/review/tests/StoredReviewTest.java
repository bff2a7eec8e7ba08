package org.faultline.review.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jgit.api.Git;
import org.faultline.exec.FaultlineRun.Which;
import org.faultline.model.exec.FindingKind;
import org.faultline.model.review.Annotation;
import org.faultline.model.review.DecisionRowTarget;
import org.faultline.model.review.FindingTarget;
import org.faultline.model.review.FunctionTarget;
import org.faultline.model.review.LineTarget;
import org.faultline.model.review.Side;
import org.faultline.model.review.TraceStepTarget;
import org.faultline.review.Anchors;
import org.faultline.review.ReviewBase;
import org.faultline.review.ReviewException;
import org.faultline.review.ReviewSession;
import org.faultline.review.ReviewStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reviews saved in git and found again by patch id; the user's repository otherwise untouched. */
class StoredReviewTest {

	@TempDir
	Path dir;

	@Test
	void annotationsOfEveryAnchorKindComeBackInANewSessionAndTheUserRepositoryIsUntouched() throws Exception {
		try (Git git = UserRepository.create(dir.resolve("linux"))) {
			var before = UserRepository.state(git.getRepository());
			String id;
			try (ReviewBase base = ReviewBase.repository(dir.resolve("linux"));
					ReviewStore store = ReviewStore.in(base.repository());
					ReviewSession session = ReviewSession.on(base).setSample().setStore(store)
							.setCommitter(UserRepository.USER).open()) {
				id = session.document().getId();
				var diff = session.semanticDiff(null, null);
				var row = diff.function("do_read_fault").decision("__do_fault");
				var runs = session.run("read-cached-pmd-none", Which.BOTH, true).get("read-cached-pmd-none");
				var event = runs.get(0).trace().get(3);

				session.annotate(Anchors.lines(Side.AFTER, session.after(), "mm/memory.c", 10, 12), UserRepository.USER,
						"lines");
				session.annotate(Anchors.function(Side.BOTH, "mm/memory.c", "do_read_fault"), UserRepository.USER,
						"function");
				Annotation decision = session.annotate(Anchors.decisionRow("do_read_fault", "__do_fault", row.after()),
						UserRepository.USER, "decision row");
				session.annotate(Anchors.finding(Side.BEFORE, "read-cached-pmd-none", FindingKind.ALLOCATION_UNDER_LOCK,
						runs.get(0).findings().get(0).function()), UserRepository.USER, "finding");
				session.annotate(Anchors.traceStep(Side.BEFORE, "read-cached-pmd-none", 3, event.toString().strip()),
						UserRepository.USER, "trace step");
				session.reply(decision, UserRepository.USER, "a reply").setDraft(false);
				session.save(UserRepository.USER);
			}
			assertEquals(before, UserRepository.state(git.getRepository()),
					"working tree, index, HEAD, branches and tags as they were");
			assertTrue(git.getRepository().exactRef(ReviewStore.REF_PREFIX + id) != null);

			try (ReviewBase base = ReviewBase.repository(dir.resolve("linux"));
					ReviewStore store = ReviewStore.in(base.repository());
					ReviewSession again = ReviewSession.on(base).setSample().setStore(store)
							.setCommitter(UserRepository.USER).open()) {
				List<Annotation> annotations = again.document().getAnnotations();
				assertEquals(List.of("lines", "function", "decision row", "finding", "trace step"),
						annotations.stream().map(Annotation::getText).toList());
				LineTarget lines = (LineTarget) annotations.get(0).getTarget();
				assertEquals(10, lines.getFirstLine());
				assertEquals(3, lines.getExcerpt().split("\n").length);
				assertEquals("do_read_fault", ((FunctionTarget) annotations.get(1).getTarget()).getFunction());
				assertEquals("__do_fault", ((DecisionRowTarget) annotations.get(2).getTarget()).getCallee());
				assertEquals(FindingKind.ALLOCATION_UNDER_LOCK, ((FindingTarget) annotations.get(3).getTarget()).getKind());
				assertEquals(3, ((TraceStepTarget) annotations.get(4).getTarget()).getStep());
				Annotation reply = annotations.get(2).getReplies().get(0);
				assertEquals("a reply", reply.getText());
				assertFalse(reply.isDraft());
				assertTrue(annotations.get(0).isDraft());
				assertEquals("A User <user@example.org>", annotations.get(0).getAuthor());
				again.save(UserRepository.USER);
			}
			assertEquals(before, UserRepository.state(git.getRepository()));
			try (var walk = new org.eclipse.jgit.revwalk.RevWalk(git.getRepository())) {
				var second = walk.parseCommit(git.getRepository().resolve(ReviewStore.REF_PREFIX + id));
				assertEquals(1, second.getParentCount(), "each save is a child of the one before");
			}
		}
	}

	@Test
	void aLockedReviewRefIsAClearErrorAndLeavesTheSavedReview() throws Exception {
		Path store = dir.resolve("reviews.git");
		try (ReviewBase base = ReviewBase.modelledTree(); ReviewStore reviews = ReviewStore.at(store);
				ReviewSession session = ReviewSession.on(base).setSample().setStore(reviews).open()) {
			session.annotate(Anchors.function(Side.AFTER, "mm/memory.c", "do_fault"), UserRepository.USER, "first");
			session.save(UserRepository.USER);
			Path lock = store.resolve(ReviewStore.REF_PREFIX + session.document().getId() + ".lock");
			Files.createDirectories(lock.getParent());
			Files.writeString(lock, "");
			session.annotate(Anchors.function(Side.AFTER, "mm/memory.c", "do_fault"), UserRepository.USER, "second");
			ReviewException e = assertThrows(ReviewException.class, () -> session.save(UserRepository.USER));
			assertTrue(e.getMessage().contains(lock + " exists"), e.getMessage());
			Files.delete(lock);
			assertEquals(1, reviews.load(session.document().getId()).orElseThrow().getAnnotations().size());
		}
	}

	@Test
	void aStoreFolderThatIsNotARepositoryIsRefused() throws Exception {
		Files.writeString(dir.resolve("notes.txt"), "mine");
		ReviewException e = assertThrows(ReviewException.class, () -> ReviewStore.at(dir));
		assertTrue(e.getMessage().contains("not a git repository, and not empty"), e.getMessage());
	}
}
