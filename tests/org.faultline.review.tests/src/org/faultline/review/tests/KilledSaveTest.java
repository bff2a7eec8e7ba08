package org.faultline.review.tests;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.faultline.review.ReviewException;
import org.faultline.review.ReviewStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Saving survives {@code kill -9} at any point: a child JVM saves a growing review in a loop and is killed at
 * a random moment, 100 times. After each kill the stored review reads, and has at least every annotation the
 * child reported saved; a lock file the kill left behind makes the next save a clear error, never a broken
 * ref, and once removed (as the error says) saving goes on.
 */
class KilledSaveTest {

	private static final int KILLS = 100;

	@TempDir
	Path dir;

	@Test
	void aReviewIsNeverLostOrCorruptWhenTheSavingProcessIsKilled() throws Exception {
		Path store = dir.resolve("reviews.git");
		Random random = new Random(20161604);
		int locksLeft = 0;
		int highest = 0;
		for (int kill = 0; kill < KILLS; kill++) {
			List<String> command = javaCommand(store);
			Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
			AtomicInteger saved = new AtomicInteger(highest);
			List<String> output = new ArrayList<>();
			Thread reader = Thread.ofPlatform().start(() -> read(child, saved, output));
			waitForFirstSave(saved, highest, child, output, command);
			Thread.sleep(random.nextInt(40)); // lands anywhere in a save: each takes a few milliseconds
			child.destroyForcibly();
			child.waitFor(30, TimeUnit.SECONDS);
			reader.join();
			try (ReviewStore reviews = ReviewStore.at(store)) {
				var review = reviews.load(SaveLoop.ID).orElseThrow(() -> new AssertionError("review lost"));
				int count = review.getAnnotations().size();
				assertTrue(count >= saved.get(), "kill " + kill + ": " + count + " stored, " + saved.get() + " reported saved");
				highest = count;
			}
			Path lock = store.resolve(ReviewStore.REF_PREFIX + SaveLoop.ID + ".lock");
			if (Files.exists(lock)) {
				locksLeft++;
				try (ReviewStore reviews = ReviewStore.at(store)) {
					var review = reviews.load(SaveLoop.ID).orElseThrow();
					ReviewException e = assertThrows(ReviewException.class,
							() -> reviews.save(review, UserRepository.USER));
					assertTrue(e.getMessage().contains(lock.getFileName().toString()), e.getMessage());
				}
				Files.delete(lock);
			}
		}
		System.out.println("killed " + KILLS + " saving processes; " + highest + " annotations kept; " + locksLeft
				+ " kills left a ref lock behind");
	}

	private static void read(Process child, AtomicInteger saved, List<String> output) {
		try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
			for (String line; (line = in.readLine()) != null;) {
				if (line.matches("\\d+"))
					saved.set(Integer.parseInt(line));
				else
					synchronized (output) {
						output.add(line);
					}
			}
		} catch (java.io.IOException e) {
			// the child was killed while we read
		}
	}

	private static void waitForFirstSave(AtomicInteger saved, int before, Process child, List<String> output,
			List<String> command) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (saved.get() <= before) {
			if (!child.isAlive() || System.nanoTime() > deadline)
				synchronized (output) {
					throw new AssertionError("the saving child did not save: " + String.join("\n", output) + "\n"
							+ String.join(" ", command));
				}
			Thread.sleep(2);
		}
	}

	private static List<String> javaCommand(Path store) throws Exception {
		return ChildJvm.command(SaveLoop.class, List.of("-XX:TieredStopAtLevel=1", "-Xshare:auto"), store.toString());
	}
}
