package org.faultline.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.eclipse.jgit.lib.PersonIdent;
import org.faultline.model.patch.PatchFactory;
import org.faultline.model.review.Annotation;
import org.faultline.model.review.Review;
import org.faultline.model.review.ReviewFactory;
import org.faultline.model.review.Side;
import org.faultline.review.Anchors;
import org.faultline.review.ReviewStore;

/**
 * Whether many saves of one review slow a save or a load down: each save leaves a small pack of its own (ADR
 * 0040), and every object lookup looks through the packs. One review of a fixed size (20 annotations, one of them
 * edited before each save, so only the number of packs grows) is saved {@value #SAVES} times into a scratch store;
 * the saves are timed as they go, and a load, through the open store and through one opened anew, before and
 * after. A first scratch store warms the
 * JIT.
 */
final class ReviewSavesBenchmark implements Benchmark {

	private static final int SAVES = 1000;

	/** How many saves make a figure: the last of each hundred. */
	private static final int WINDOW = 50;

	private static final String ID = "fedcba9876543210fedcba9876543210fedcba98";

	private static final PersonIdent AUTHOR = new PersonIdent("Benchmark", "bench@example.org");

	@Override
	public void run() throws Exception {
		Path scratch = Files.createTempDirectory("faultline-saves");
		try {
			measure(scratch.resolve("warm-up.git"), 200, false);
			measure(scratch.resolve("reviews.git"), SAVES, true);
		} finally {
			try (Stream<Path> files = Files.walk(scratch)) {
				for (Path p : files.sorted(Comparator.reverseOrder()).toList())
					Files.delete(p);
			}
		}
	}

	private static void measure(Path gitDir, int saves, boolean print) throws Exception {
		Review review = review();
		double[] millis = new double[saves];
		Timing loadBefore = null;
		Timing openBefore = null;
		try (ReviewStore store = ReviewStore.at(gitDir)) {
			for (int i = 0; i < saves; i++) {
				review.getAnnotations().getFirst().setText("edited before save " + i);
				long start = System.nanoTime();
				store.save(review, AUTHOR);
				millis[i] = (System.nanoTime() - start) / 1e6;
				if (i == 0) {
					loadBefore = Timing.measure(5, 50, () -> store.load(ID).orElseThrow());
					openBefore = Timing.measure(5, 50, () -> openAndLoad(gitDir));
				}
			}
			Timing loadAfter = Timing.measure(5, 50, () -> store.load(ID).orElseThrow());
			Timing openAfter = Timing.measure(5, 50, () -> openAndLoad(gitDir));
			if (!print)
				return;
			System.out.println("packs in the store after " + saves + " saves: " + packs(gitDir));
			for (int end = 100; end <= saves; end += 100)
				System.out.println(
						"saves " + (end - WINDOW + 1) + "-" + end + ": " + median(millis, end - WINDOW, end));
			System.out.println("slowest saves (those that fold Faultline's packs, ADR 0047, among them): "
					+ slowest(millis, 8));
			System.out.println("load after 1 save: " + loadBefore);
			System.out.println("load after " + saves + " saves: " + loadAfter);
			System.out.println("store opened and loaded (a new process's load) after 1 save: " + openBefore);
			System.out.println("the same after " + saves + " saves: " + openAfter);
		}
	}

	private static Review openAndLoad(Path gitDir) throws Exception {
		try (ReviewStore store = ReviewStore.at(gitDir)) {
			return store.load(ID).orElseThrow();
		}
	}

	private static String median(double[] millis, int from, int to) {
		double[] window = Arrays.copyOfRange(millis, from, to);
		Arrays.sort(window);
		return String.format("median %.3f ms (min %.3f, max %.3f, %d saves)", window[window.length / 2], window[0],
				window[window.length - 1], window.length);
	}

	private static String slowest(double[] millis, int count) {
		return IntStream.range(0, millis.length).boxed().sorted(Comparator.comparingDouble(i -> -millis[i]))
				.limit(count)
				.map(i -> String.format("save %d %.1f ms", i + 1, millis[i])).collect(Collectors.joining(", "));
	}

	private static long packs(Path gitDir) throws IOException {
		try (Stream<Path> files = Files.list(gitDir.resolve("objects/pack"))) {
			return files.filter(p -> p.toString().endsWith(".pack")).count();
		}
	}

	private static Review review() {
		Review review = ReviewFactory.eINSTANCE.createReview();
		review.setId(ID);
		review.setSeries(PatchFactory.eINSTANCE.createPatchSeries());
		review.getSeries().getPatches().add(PatchFactory.eINSTANCE.createPatchMail());
		review.setPatch(review.getSeries().getPatches().getFirst());
		review.getPatch().setSubject("a review saved many times");
		for (int i = 0; i < 20; i++) {
			Annotation note = ReviewFactory.eINSTANCE.createAnnotation();
			note.setId("a" + i);
			note.setText("note " + i + " " + "x".repeat(2000));
			note.setCreated(new Date(0));
			note.setTarget(Anchors.function(Side.AFTER, "mm/memory.c", "do_fault"));
			review.getAnnotations().add(note);
		}
		return review;
	}
}
