package org.faultline.patch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;

/**
 * Keeps what Faultline writes into a repository whole against a concurrent {@code git gc --prune=now}. Objects are
 * written before the ref that makes them reachable moves, and such a gc deletes every loose object that nothing
 * referenced when it looked: one that looked just before the ref moved deletes the objects just written, and the
 * ref then names a commit that is gone. So: write through {@link #inserter()}, which remembers what it wrote; move
 * the ref; then {@link #keep()}: it waits for a git gc that was already running when the ref moved (git
 * holds {@code gc.pid} in the git directory while it runs) and writes again, under the same ids, whatever that gc
 * deleted. A gc that starts later sees the objects as reachable. Moving the ref through {@link #update} also
 * rides out git gc packing refs, which holds each ref's lock for a moment.
 *
 * <pre>
 * GcGuard guard = new GcGuard(repository);
 * try (ObjectInserter inserter = guard.inserter()) { ... inserter.flush(); }
 * RefUpdate.Result result = guard.update(() -&gt; ...a RefUpdate of the ref...);
 * guard.keep();
 * </pre>
 */
public final class GcGuard {

	/** How long a git gc may still run after the ref moved before the save gives up with an error. */
	private static final Duration LONGEST_GC = Duration.ofMinutes(5);

	/** git treats a gc.pid this old as left behind by a gc that died; so does this. */
	private static final Duration STALE_GC_PID = Duration.ofHours(12);

	/** Tries of a ref update whose lock is held, 50 ms more apart each time: git gc's pack-refs holds it briefly. */
	private static final int LOCK_TRIES = 5;

	private final Repository repository;

	private final Map<ObjectId, Written> written = new LinkedHashMap<>();

	private Instant refMoved;

	private record Written(int type, byte[] data) {
	}

	/** Makes a new update of the ref each time: one that failed on the lock is not tried again. */
	@FunctionalInterface
	public interface RefUpdates {
		RefUpdate next() throws IOException;
	}

	public GcGuard(Repository repository) {
		this.repository = repository;
	}

	/** An inserter into the repository that remembers every object it writes, for {@link #keep()}. */
	public ObjectInserter inserter() {
		ObjectInserter target = repository.newObjectInserter();
		return new ObjectInserter.Filter() {
			@Override
			protected ObjectInserter delegate() {
				return target;
			}

			@Override
			public ObjectId insert(int type, byte[] data) throws IOException {
				return insert(type, data, 0, data.length);
			}

			@Override
			public ObjectId insert(int type, byte[] data, int off, int len) throws IOException {
				ObjectId id = target.insert(type, data, off, len);
				written.putIfAbsent(id, new Written(type, Arrays.copyOfRange(data, off, off + len)));
				return id;
			}

			@Override
			public ObjectId insert(int type, long length, InputStream in) throws IOException {
				byte[] data = in.readNBytes(Math.toIntExact(length));
				if (data.length != length)
					throw new IOException("an object of " + length + " bytes ended after " + data.length);
				return insert(type, data, 0, data.length);
			}
		};
	}

	/**
	 * Moves the ref, trying again for a moment while its lock is held.
	 *
	 * @return the last try's result: LOCK_FAILURE when the lock stayed held, or the expected old value was not the
	 *         ref's (a concurrent update)
	 */
	public RefUpdate.Result update(RefUpdates updates) throws IOException {
		RefUpdate.Result result = RefUpdate.Result.LOCK_FAILURE;
		for (int tries = 0; result == RefUpdate.Result.LOCK_FAILURE && tries < LOCK_TRIES; tries++) {
			if (tries > 0)
				pause(50L * tries, "a ref's lock");
			// the try that moves the ref is the last: a gc that started before it may not have seen it
			refMoved = Instant.now();
			result = updates.next().update();
		}
		return result;
	}

	/**
	 * After a successful {@link #update}: waits for a git gc that was running when the ref moved, then writes
	 * again what it deleted.
	 *
	 * @throws IOException when such a gc runs longer than a few minutes (named in the message), or writing fails
	 */
	public void keep() throws IOException {
		if (refMoved == null)
			throw new IllegalStateException("keep() belongs after update()");
		awaitGcStartedBefore(refMoved);
		try (ObjectInserter inserter = repository.newObjectInserter()) {
			for (var object : written.entrySet())
				if (!repository.getObjectDatabase().has(object.getKey()))
					inserter.insert(object.getValue().type(), object.getValue().data());
			inserter.flush();
		}
	}

	private void awaitGcStartedBefore(Instant refMoved) throws IOException {
		if (repository.getDirectory() == null)
			return; // in memory: no git gc can run on it
		Path pid = repository.getDirectory().toPath().resolve("gc.pid");
		Instant giveUp = Instant.now().plus(LONGEST_GC);
		while (true) {
			Instant started;
			try {
				started = Files.getLastModifiedTime(pid).toInstant();
			} catch (NoSuchFileException e) {
				return;
			}
			if (started.isAfter(refMoved) || started.isBefore(Instant.now().minus(STALE_GC_PID)))
				return;
			if (Instant.now().isAfter(giveUp))
				throw new IOException("a git gc has been running since " + started + " (" + pid + "); what was just "
						+ "written may not be whole: run the command again when it has ended");
			pause(20, "a git gc to end (" + pid + ")");
		}
	}

	private static void pause(long millis, String waitingFor) throws IOException {
		try {
			Thread.sleep(millis);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while waiting for " + waitingFor, e);
		}
	}
}
