package org.faultline.review.tests;

import java.nio.file.Path;
import java.util.Date;

import org.faultline.model.patch.PatchFactory;
import org.faultline.model.review.Annotation;
import org.faultline.model.review.Review;
import org.faultline.model.review.ReviewFactory;
import org.faultline.model.review.Side;
import org.faultline.review.Anchors;
import org.faultline.review.ReviewStore;

/**
 * A child process for {@link KilledSaveTest}: saves one review again and again into a store, one more
 * annotation each time, and prints the count after each save has returned, until it is killed.
 */
public final class SaveLoop {

	static final String ID = "0123456789abcdef0123456789abcdef01234567";

	private SaveLoop() {
	}

	public static void main(String[] args) throws Exception {
		try (ReviewStore store = ReviewStore.at(Path.of(args[0]))) {
			Review review = store.load(ID).orElseGet(SaveLoop::newReview);
			while (true) {
				Annotation note = ReviewFactory.eINSTANCE.createAnnotation();
				note.setId("a" + review.getAnnotations().size());
				note.setText("note " + review.getAnnotations().size() + " " + "x".repeat(2000));
				note.setCreated(new Date());
				note.setTarget(Anchors.function(Side.AFTER, "mm/memory.c", "do_fault"));
				review.getAnnotations().add(note);
				store.save(review, UserRepository.USER);
				System.out.println(review.getAnnotations().size());
				System.out.flush();
			}
		}
	}

	static Review newReview() {
		Review review = ReviewFactory.eINSTANCE.createReview();
		review.setId(ID);
		review.setSeries(PatchFactory.eINSTANCE.createPatchSeries());
		review.getSeries().getPatches().add(PatchFactory.eINSTANCE.createPatchMail());
		review.setPatch(review.getSeries().getPatches().get(0));
		review.getPatch().setSubject("a patch saved while being killed");
		return review;
	}
}
