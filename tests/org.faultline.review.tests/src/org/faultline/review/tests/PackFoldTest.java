package org.faultline.review.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.faultline.model.review.Annotation;
import org.faultline.model.review.Review;
import org.faultline.model.review.ReviewFactory;
import org.faultline.model.review.Side;
import org.faultline.patch.OwnPacks;
import org.faultline.review.Anchors;
import org.faultline.review.ReviewStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many saves leave a bounded number of packs (ADR 0047): Faultline folds its own packs once there are
 * {@value OwnPacks#LIMIT}, never the user's, and a fold killed at any moment loses no object.
 */
class PackFoldTest {

	private static final int KILLS = 30;

	@TempDir
	Path dir;

	@Test
	void manySavesLeaveAtMostTheLimitOfPacksAndEverySaveReads() throws Exception {
		Path gitDir = dir.resolve("reviews.git");
		int saves = 2 * OwnPacks.LIMIT + 20;
		try (ReviewStore store = ReviewStore.at(gitDir)) {
			Review review = SaveLoop.newReview();
			for (int i = 0; i < saves; i++) {
				review.getAnnotations().add(annotation(i));
				store.save(review, UserRepository.USER);
				int packs = packs(gitDir).size();
				assertTrue(packs <= OwnPacks.LIMIT, "after save " + i + ": " + packs + " packs");
			}
		}
		assertEveryRevisionReads(gitDir, saves);
	}

	@Test
	void theUsersOwnPacksAreNeverFolded() throws Exception {
		Path checkout = dir.resolve("linux");
		try (Git git = UserRepository.create(checkout)) {
			git.gc().call(); // the user's objects in a pack of the user's
			Set<String> users = packs(git.getRepository().getDirectory().toPath());
			var state = UserRepository.state(git.getRepository());
			try (ReviewStore store = ReviewStore.in(git.getRepository())) {
				Review review = SaveLoop.newReview();
				for (int i = 0; i < OwnPacks.LIMIT + 10; i++) {
					review.getAnnotations().add(annotation(i));
					store.save(review, UserRepository.USER);
				}
			}
			Set<String> after = packs(git.getRepository().getDirectory().toPath());
			assertTrue(after.containsAll(users), "the user's packs " + users + " are all still there: " + after);
			assertTrue(after.size() < OwnPacks.LIMIT, after.size() + " packs");
			assertEquals(state, UserRepository.state(git.getRepository()));
		}
	}

	/**
	 * A save or fold killed before it let its pack go leaves the pack's {@code .keep}, naming its process: once that
	 * process has ended, the next fold folds the pack too; a keep of a running process, or of anyone else, stays.
	 */
	@Test
	void theNextFoldReleasesWhatAnEndedProcessKept() throws Exception {
		Path gitDir = dir.resolve("reviews.git");
		try (ReviewStore store = ReviewStore.at(gitDir)) {
			Review review = SaveLoop.newReview();
			for (int i = 0; i < 6; i++) {
				review.getAnnotations().add(annotation(i));
				store.save(review, UserRepository.USER);
			}
		}
		try (Repository repository = new FileRepositoryBuilder().setGitDir(gitDir.toFile()).build()) {
			List<String> own = OwnPacks.recorded(repository);
			Process ended = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-version")
					.redirectErrorStream(true)
					.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
			ended.waitFor();
			Path pack = gitDir.resolve("objects/pack");
			String endedPack = own.get(own.size() - 1);
			Path endedKeep = pack.resolve("pack-" + endedPack + ".keep");
			Path runningKeep = pack.resolve("pack-" + own.get(1) + ".keep");
			Path usersKeep = pack.resolve("pack-" + own.get(2) + ".keep");
			Files.writeString(endedKeep, "faultline (process " + ended.pid() + ") writing refs/faultline/tmp/x");
			Files.writeString(runningKeep,
					"faultline (process " + ProcessHandle.current().pid() + ") writing refs/faultline/tmp/y");
			Files.writeString(usersKeep, "receive-pack 1234 on example");

			OwnPacks.fold(repository);

			assertFalse(Files.exists(endedKeep), "the ended process's keep is released");
			assertFalse(Files.exists(pack.resolve("pack-" + endedPack + ".pack")), "and its pack folded");
			assertTrue(Files.exists(runningKeep) && Files.exists(pack.resolve("pack-" + own.get(1) + ".pack")),
					"a running process's pack stays kept");
			assertTrue(Files.exists(usersKeep) && Files.exists(pack.resolve("pack-" + own.get(2) + ".pack")),
					"a keep not Faultline's stays");
		}
		assertEveryRevisionReads(gitDir, 6);
	}

	/**
	 * A child JVM folds the packs and is killed at a random moment of the fold, again and again; before each, a few
	 * more saves, and {@code git prune-packed} removes the loose copies of what is packed (as a user's git gc does),
	 * so that the packs are the only copy. After each kill every saved revision reads, and git's fsck finds the
	 * repository whole. Every other kill comes at a random moment of the fold's length, measured first by one the test
	 * lets end; the others a few milliseconds after the fold's new pack appears.
	 */
	@Test
	void aFoldKilledAtAnyMomentLosesNothing() throws Exception {
		assumeTrue(git(dir, "--version") == 0, "needs the git command line");
		Path gitDir = dir.resolve("reviews.git");
		Random random = new Random(20261202);
		Review review = SaveLoop.newReview();
		int saves = 0;
		int interrupted = 0;
		long foldNanos = 0;
		for (int kill = -1; kill < KILLS; kill++) {
			try (ReviewStore store = ReviewStore.at(gitDir)) {
				for (int i = 0; i < 4; i++) {
					review.getAnnotations().add(annotation(saves++));
					store.save(review, UserRepository.USER);
				}
			}
			assertEquals(0, git(gitDir, "prune-packed"));
			Set<String> keptBefore = keptFolds(gitDir);
			Child child = new Child(gitDir);
			long started = child.await(FoldOnce.FOLDING);
			if (kill < 0) {
				foldNanos = child.await(FoldOnce.FOLDED) - started;
				assertTrue(child.process.waitFor(30, TimeUnit.SECONDS));
			} else {
				if (kill % 2 == 0)
					TimeUnit.NANOSECONDS.sleep(random.nextLong(foldNanos + foldNanos / 4));
				else {
					// once its new pack is written, kept: the fold then deletes the old packs, the riskiest part
					while (keptBefore.containsAll(keptFolds(gitDir)) && child.process.isAlive())
						Thread.onSpinWait();
					Thread.sleep(random.nextInt(3));
				}
				child.process.destroyForcibly();
				child.process.waitFor(30, TimeUnit.SECONDS);
				if (!child.said(FoldOnce.FOLDED))
					interrupted++;
			}
			child.reader.join();
			assertEveryRevisionReads(gitDir, saves);
		}
		Process fsck = new ProcessBuilder("git", "fsck", "--full", "--no-dangling").directory(gitDir.toFile())
				.redirectErrorStream(true).start();
		String report = new String(fsck.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertEquals(0, fsck.waitFor(), report);
		int leftKept = keptFolds(gitDir).size();
		System.out.printf("a fold took %.1f ms in a child JVM; %d of %d kills landed in one; %d packs of killed folds"
				+ " still kept; %d packs after %d saves%n", foldNanos / 1e6, interrupted, KILLS, leftKept,
				packs(gitDir).size(), saves);
		assertTrue(interrupted > 0, "some kills landed in a fold");
		// the last kill may have left the record's lock, which the fold takes over once it is stale (ten seconds)
		Path lock = gitDir.resolve("objects/info/faultline-packs.lock");
		if (Files.exists(lock))
			Thread.sleep(Math.max(0, Files.getLastModifiedTime(lock).toMillis() + 11_000 - System.currentTimeMillis()));
		try (Repository repository = new FileRepositoryBuilder().setGitDir(gitDir.toFile()).build()) {
			OwnPacks.fold(repository);
		}
		assertEquals(Set.of(), keptFolds(gitDir), "the next fold releases what the killed ones kept");
		assertEveryRevisionReads(gitDir, saves);
	}

	/** A {@link FoldOnce} JVM, and what it printed, each line with when it was read. */
	private static final class Child {

		final Process process;

		final Thread reader;

		private final List<String> command;

		private final Map<String, Long> lines = new LinkedHashMap<>();

		Child(Path gitDir) throws Exception {
			command = ChildJvm.command(FoldOnce.class, List.of("-XX:TieredStopAtLevel=1", "-Xshare:auto"),
					gitDir.toString());
			process = new ProcessBuilder(command).redirectErrorStream(true).start();
			reader = Thread.ofPlatform().start(this::read);
		}

		private void read() {
			try (BufferedReader in = new BufferedReader(
					new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
				for (String line; (line = in.readLine()) != null;)
					synchronized (lines) {
						lines.put(line.split(" ")[0], System.nanoTime());
					}
			} catch (IOException e) {
				// killed while we read
			}
		}

		boolean said(String word) {
			synchronized (lines) {
				return lines.containsKey(word);
			}
		}

		/** When the child said the word; fails when it ends or a minute passes first. */
		long await(String word) throws InterruptedException {
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
			while (true) {
				synchronized (lines) {
					if (lines.containsKey(word))
						return lines.get(word);
					if (!process.isAlive() && !reader.isAlive() || System.nanoTime() > deadline)
						throw new AssertionError("the folding child did not say " + word + ": " + lines.keySet() + "\n"
								+ String.join(" ", command));
				}
				Thread.sleep(1);
			}
		}
	}

	/** Every revision of the review reads through a repository opened anew, each with as many annotations as saved. */
	private static void assertEveryRevisionReads(Path gitDir, int saves) throws Exception {
		try (Repository repository = new FileRepositoryBuilder().setGitDir(gitDir.toFile()).setMustExist(true).build();
				RevWalk walk = new RevWalk(repository)) {
			walk.markStart(walk.parseCommit(repository.exactRef(ReviewStore.REF_PREFIX + SaveLoop.ID).getObjectId()));
			int revisions = 0;
			for (RevCommit commit : walk) {
				try (TreeWalk file = TreeWalk.forPath(repository, ReviewStore.FILE, commit.getTree())) {
					String xmi = new String(repository.open(file.getObjectId(0)).getBytes(), StandardCharsets.UTF_8);
					assertEquals(saves - revisions, xmi.split("<annotations ", -1).length - 1, commit.name());
				}
				revisions++;
			}
			assertEquals(saves, revisions);
		}
	}

	/** The {@code .keep} files of folds not finished: a fold in progress, or one killed before it let its pack go. */
	private static Set<String> keptFolds(Path gitDir) throws IOException {
		try (Stream<Path> files = Files.list(gitDir.resolve("objects/pack"))) {
			return files.filter(p -> p.toString().endsWith(".keep")).filter(p -> {
				try {
					return Files.readString(p).contains("folding");
				} catch (IOException e) {
					return false;
				}
			}).map(p -> p.getFileName().toString()).collect(Collectors.toSet());
		}
	}

	private static Set<String> packs(Path gitDir) throws IOException {
		try (Stream<Path> files = Files.list(gitDir.resolve("objects/pack"))) {
			return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".pack"))
					.collect(Collectors.toSet());
		}
	}

	private static Annotation annotation(int i) {
		Annotation note = ReviewFactory.eINSTANCE.createAnnotation();
		note.setId("fold" + i);
		note.setText("note " + i + " " + "z".repeat(300));
		note.setCreated(new Date(0));
		note.setTarget(Anchors.function(Side.AFTER, "mm/memory.c", "do_fault"));
		return note;
	}

	private static int git(Path where, String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of("git"));
		command.addAll(List.of(args));
		try {
			Process git = new ProcessBuilder(command).directory(where.toFile()).redirectErrorStream(true)
					.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
			return git.waitFor();
		} catch (IOException e) {
			return -1;
		}
	}
}
