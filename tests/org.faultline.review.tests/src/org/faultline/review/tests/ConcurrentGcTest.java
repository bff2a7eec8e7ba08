package org.faultline.review.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.faultline.model.review.Annotation;
import org.faultline.model.review.Review;
import org.faultline.model.review.ReviewFactory;
import org.faultline.model.review.Side;
import org.faultline.patch.ApplyCommand;
import org.faultline.patch.ApplyResult;
import org.faultline.patch.GcGuard;
import org.faultline.patch.PatchException;
import org.faultline.patch.Samples;
import org.faultline.review.Anchors;
import org.faultline.review.ReviewException;
import org.faultline.review.ReviewStore;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reviews saved and patches applied while the real git CLI runs {@code git gc --prune=now} on the same repository
 * in a loop, in another process: packing refs and objects and removing every unreachable object at once, the
 * most hostile gc there is. Each save and apply either succeeds, and then what it wrote reads back, or fails with
 * a clear message; at the end git's own fsck finds the repository whole, every ref of Faultline's resolves, the
 * review holds every annotation of the last save that succeeded, and the user's files, index and refs are as
 * they were, and no temporary ref is left. A gc round may itself fail meanwhile (it can find Faultline's temporary
 * ref naming an object it has just pruned, before Faultline writes that object again: git documents
 * {@code --prune=now} as unsafe beside other writers); the loop goes on and the failed rounds are counted. A round
 * saves for at most a minute, so that every build can run one. The same rounds run beside {@code git prune} and
 * {@code git repack -a -d} in a loop, which git runs without {@code gc.pid} when called by hand.
 */
class ConcurrentGcTest {

	private static final int SAVES = 60;

	private static final int APPLIES = 12;

	/** A round stops saving after this long: each save may wait for a gc round to end, which a loaded machine slows. */
	private static final Duration LONGEST = Duration.ofSeconds(60);

	@TempDir
	Path dir;

	/** One round in every build; {@code -Dfaultline.gcstress.rounds=N} runs N, each on a checkout of its own. */
	@TestFactory
	Stream<DynamicTest> savesAndAppliesDuringGitGcEitherSucceedWholeOrFailClearly() {
		assumeTrue(gitWorks(), "needs the git command line");
		return rounds("git gc --prune=now --quiet");
	}

	/**
	 * {@code git prune} and {@code git repack -a -d} run by hand take no {@code gc.pid}, so Faultline cannot wait for
	 * them: the one deletes every loose object nothing reached when it looked, the other every packed one.
	 */
	@TestFactory
	Stream<DynamicTest> savesAndAppliesDuringGitPruneOrRepackByHandEitherSucceedWholeOrFailClearly() {
		assumeTrue(gitWorks(), "needs the git command line");
		return Stream.concat(rounds("git prune"), rounds("git repack -a -d -q"));
	}

	private Stream<DynamicTest> rounds(String command) {
		return IntStream.rangeClosed(1, Integer.getInteger("faultline.gcstress.rounds", 1))
				.mapToObj(round -> DynamicTest.dynamicTest(command + ", round " + round,
						() -> round(dir.resolve(command.split(" ")[1] + "-" + round), command)));
	}

	private static void round(Path dir, String command) throws Exception {
		Path checkout = dir.resolve("linux");
		UserRepository.create(checkout).close();
		List<String> failures = new ArrayList<>();
		int saved = 0;
		int applied = 0;
		// the loop ends after the round in which the stop file appears, outside the checkout
		Path stop = dir.resolve("stop-gc");
		Path log = dir.resolve("gc.log");
		Process gc = new ProcessBuilder("bash", "-c",
				"while [ ! -e \"$0\" ]; do " + command + " || echo 'gc round failed'; done", stop.toString())
				.directory(checkout.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		// a separate repository object from the test's, as another program would have
		try (Repository repository = new FileRepositoryBuilder().setWorkTree(checkout.toFile()).build();
				ReviewStore store = ReviewStore.in(repository)) {
			var state = UserRepository.state(repository);
			Review review = SaveLoop.newReview();
			Instant stopAt = Instant.now().plus(LONGEST);
			int tried = 0;
			int applies = 0;
			for (int i = 0; i < SAVES && Instant.now().isBefore(stopAt); i++) {
				tried++;
				review.getAnnotations().add(annotation(i));
				try {
					ObjectId commit = store.save(review, UserRepository.USER);
					saved = review.getAnnotations().size();
					assertEquals(commit, GcGuard.exactRef(repository, ReviewStore.REF_PREFIX + SaveLoop.ID).getObjectId());
					assertEquals(saved, store.load(SaveLoop.ID).orElseThrow().getAnnotations().size());
				} catch (ReviewException e) {
					failures.add("save " + i + ": " + e.getMessage());
				}
				if (i % (SAVES / APPLIES) == 0) {
					applies++;
					try {
						ApplyResult result = ApplyCommand.on(repository).setSeries(Samples.seed())
								.setCommitter(UserRepository.USER).setRefName(ApplyCommand.REF_PREFIX + "applied/gc-" + i)
								.call();
						assertTrue(result.head() != null, "the seed applies");
						try (RevWalk walk = new RevWalk(repository)) {
							walk.parseCommit(result.head()).getTree();
						}
						applied++;
					} catch (PatchException e) {
						failures.add("apply " + i + ": " + e.getMessage());
					}
				}
			}
			assertTrue(gc.isAlive(), "the " + command + " loop runs to the end");
			Files.createFile(stop);
			assertTrue(gc.waitFor(120, TimeUnit.SECONDS), command + " ends its last round");
			System.out.println("concurrent " + command + ": " + tried + " saves (" + (tried - failures.stream()
					.filter(f -> f.startsWith("save")).count()) + " succeeded), " + applies + " applies (" + applied
					+ " succeeded); failures: " + failures + "; gc rounds that failed: "
					+ Files.readAllLines(log).stream().filter(l -> l.equals("gc round failed")).count());
			failures.forEach(f -> assertFalse(f.contains("null") || f.isBlank(), "a clear message: " + f));
			assertEquals(state, UserRepository.state(repository));
			assertEquals(saved, store.load(SaveLoop.ID).orElseThrow().getAnnotations().size(),
					"the review holds what the last successful save wrote");
			try (RevWalk walk = new RevWalk(repository)) {
				for (Ref ref : repository.getRefDatabase().getRefsByPrefix(ApplyCommand.REF_PREFIX))
					walk.parseCommit(ref.getObjectId()).getTree();
			}
			assertEquals(List.of(), repository.getRefDatabase().getRefsByPrefix(GcGuard.TMP_PREFIX));
		} finally {
			end(gc);
		}
		Process fsck = new ProcessBuilder("git", "fsck", "--full", "--no-dangling").directory(checkout.toFile())
				.redirectErrorStream(true).start();
		String report = output(fsck);
		assertEquals(0, fsck.waitFor(), report);
		assertTrue(report.isBlank(), report);
		assertTrue(saved > 0 && applied > 0, "some work was done beside gc: " + failures);
	}

	private static Annotation annotation(int i) {
		Annotation note = ReviewFactory.eINSTANCE.createAnnotation();
		note.setId("gc" + i);
		note.setText("note " + i + " " + "y".repeat(500));
		note.setCreated(new Date());
		note.setTarget(Anchors.function(Side.AFTER, "mm/memory.c", "do_fault"));
		return note;
	}

	/** Ends the loop and every git it started, and waits for them: nothing may write into the test's folder after it. */
	private static void end(Process gc) throws Exception {
		List<ProcessHandle> tree = Stream.concat(gc.descendants(), Stream.of(gc.toHandle())).toList();
		tree.forEach(ProcessHandle::destroyForcibly);
		for (ProcessHandle p : tree)
			p.onExit().get(60, TimeUnit.SECONDS);
	}

	/** What a process printed, to its end. */
	private static String output(Process process) {
		try {
			return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			return e.toString();
		}
	}

	private static boolean gitWorks() {
		try {
			return new ProcessBuilder("git", "--version").start().waitFor() == 0;
		} catch (IOException | InterruptedException e) {
			return false;
		}
	}
}
