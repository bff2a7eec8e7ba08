package org.faultline.patch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.eclipse.jgit.errors.LockFailedException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.PackLock;

/**
 * Keeps what Faultline writes into a repository whole against a concurrent {@code git gc --prune=now}, and never
 * lets a ref of Faultline's name an object that is gone.
 * <p>
 * Objects are written before any ref makes them reachable, and such a gc deletes every loose object that nothing
 * referenced when it looked (unless the object is younger than the second the prune started). So the new objects
 * are first made reachable by a temporary ref of their own, {@code refs/faultline/tmp/<uuid>} ({@link #hold}): a gc
 * that starts after it exists keeps them. A gc that was already running may still delete them: the guard waits
 * for it to end (git holds {@code gc.pid} in the git directory while it runs), then checks every written object
 * through a repository of its own (JGit's long-lived object database remembers loose objects it wrote and would
 * say they exist after a gc deleted them) and writes again, under the same ids, whatever is missing; it repeats
 * until a check after every gc that started before the last write finds all. Only then does the real ref move
 * ({@link #update}, which also rides out git gc packing refs, holding each ref's lock for a moment, and checks
 * afterwards that the ref's commit reads). {@link #close()} deletes the temporary ref.
 *
 * <pre>
 * try (GcGuard guard = new GcGuard(repository)) {
 *     try (ObjectInserter inserter = guard.inserter()) { ... inserter.flush(); }
 *     guard.hold(commit);
 *     RefUpdate.Result result = guard.update(() -&gt; ...a RefUpdate of the ref to commit...);
 * }
 * </pre>
 *
 * {@code git prune} and {@code git repack -a -d} run by hand hold no {@code gc.pid}, so the guard cannot wait for them;
 * {@link #hold} therefore also writes the new objects as a {@linkplain KeptPack kept pack}, which neither deletes,
 * and {@link #close()} releases it once the ref moved. Those packs are {@linkplain OwnPacks recorded and folded} once
 * there are many.
 */
public final class GcGuard implements AutoCloseable {

	/** Where the temporary refs live, one per write in progress; a process killed meanwhile leaves its own. */
	public static final String TMP_PREFIX = ApplyCommand.REF_PREFIX + "tmp/";

	/** How long a git gc may still run before the save gives up with an error. */
	private static final Duration LONGEST_GC = Duration.ofMinutes(5);

	/** git treats a gc.pid this old as left behind by a gc that died; so does this. */
	private static final Duration STALE_GC_PID = Duration.ofHours(12);

	/** Tries of a ref update whose lock is held, 50 ms more apart each time: git gc's pack-refs holds it briefly. */
	private static final int LOCK_TRIES = 5;

	/** Checks and rewrites before giving up: each one needs a gc that deleted what the one before wrote. */
	private static final int ROUNDS = 10;

	private final Repository repository;

	private final Map<ObjectId, KeptPack.Content> written = new LinkedHashMap<>();

	/** The objects already in a kept pack. */
	private final Set<ObjectId> packed = new HashSet<>();

	/** The kept packs' locks, released once the ref moved. */
	private final List<PackLock> kept = new ArrayList<>();

	private String tmpRef;

	private ObjectId held;

	/** Makes a new update of the ref each time: one that failed on the lock is not tried again. */
	@FunctionalInterface
	public interface RefUpdates {
		RefUpdate next() throws IOException;
	}

	public GcGuard(Repository repository) {
		this.repository = repository;
	}

	/** An inserter into the repository that remembers every object it writes, to write it again if a gc deleted it. */
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
				written.putIfAbsent(id, new KeptPack.Content(type, Arrays.copyOfRange(data, off, off + len)));
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
	 * Writes what the inserter wrote once more as a kept pack (ADR 0040), which no prune or repack deletes until
	 * {@link #close()}; makes the commit, and with it those objects, reachable from a temporary ref; and returns
	 * when every object written is in the repository and no git gc that could have missed the temporary ref still
	 * runs. Call after the inserter was flushed, before {@link #update}.
	 *
	 * @throws IOException when a git gc runs longer than a few minutes (named in the message), or writing fails
	 */
	public void hold(ObjectId commit) throws IOException {
		if (repository.getDirectory() == null)
			return; // in memory: no git gc can run on it
		if (tmpRef == null)
			tmpRef = TMP_PREFIX + UUID.randomUUID();
		List<KeptPack.Content> unpacked = written.entrySet().stream().filter(w -> packed.add(w.getKey()))
				.map(Map.Entry::getValue).toList();
		String holder = OwnPacks.holder("writing " + tmpRef);
		KeptPack.Kept pack = unpacked.isEmpty() ? null : KeptPack.write(repository, unpacked, holder);
		if (pack != null) {
			kept.add(pack.lock());
			try {
				OwnPacks.record(repository, pack.name());
			} catch (IOException e) {
				// unrecorded, the pack is never folded: one pack more, and nothing lost
			}
		}
		RefUpdate.Result result = null;
		for (int round = 0; result == null; round++)
			try {
				result = update(() -> {
					RefUpdate update = repository.updateRef(tmpRef);
					update.setNewObjectId(commit);
					update.setForceUpdate(true);
					update.disableRefLog();
					return update;
				});
			} catch (MissingObjectException e) {
				// a gc deleted the commit before the ref could name it
				if (round == ROUNDS)
					throw gcKeepsDeleting();
				rewriteMissing();
			}
		if (result != RefUpdate.Result.NEW && result != RefUpdate.Result.FORCED && result != RefUpdate.Result.NO_CHANGE)
			throw new IOException("cannot make the temporary ref " + tmpRef + ": " + result);
		held = commit;
		secure();
	}

	/**
	 * Moves a ref, trying again for a moment while its lock is held. After a ref of a commit this guard
	 * {@linkplain #hold(ObjectId) holds} moved, checks that its commit reads.
	 *
	 * @return the last try's result: LOCK_FAILURE when the lock stayed held, or the expected old value was not the
	 *         ref's (a concurrent update)
	 * @throws IOException when the repository fails, or the ref's commit cannot be read afterwards
	 */
	public RefUpdate.Result update(RefUpdates updates) throws IOException {
		RefUpdate[] last = new RefUpdate[1];
		RefUpdate.Result result = retried(() -> (last[0] = updates.next()).update());
		boolean moved = result == RefUpdate.Result.NEW || result == RefUpdate.Result.FORCED
				|| result == RefUpdate.Result.FAST_FORWARD;
		if (moved && held != null && held.equals(last[0].getNewObjectId()))
			checkReadable(last[0].getName());
		return result;
	}

	/**
	 * Releases the kept packs, deletes the temporary ref, and folds Faultline's packs once there are many of them
	 * ({@link OwnPacks}, ADR 0047). The temporary ref goes as git deletes a ref that is not packed: its loose file,
	 * under the ref's own lock.
	 * JGit's deletion always locks {@code packed-refs} as well, and a process killed then would leave the user's git
	 * unable to pack refs. Only when git gc packed the temporary ref meanwhile does it go through JGit. When that
	 * fails (a lock held) it is left: it keeps only this write's objects alive, and {@code git update-ref -d}
	 * removes it. Never throws: what was written is in place by now.
	 */
	@Override
	public void close() {
		boolean packed = !kept.isEmpty();
		for (PackLock lock : kept)
			try {
				lock.unlock();
			} catch (IOException e) {
				// a .keep left makes git keep this pack's objects as they are: no harm, and its text names Faultline
			}
		kept.clear();
		deleteTmpRef();
		if (packed)
			try {
				OwnPacks.foldWhenMany(repository);
			} catch (IOException | RuntimeException e) {
				// a fold that fails has deleted nothing (ADR 0047), and the next write tries again
			}
	}

	private void deleteTmpRef() {
		if (tmpRef == null)
			return;
		String name = tmpRef;
		tmpRef = null;
		try {
			retried(() -> deleteLoose(name));
			awaitPackRefs();
			if (exactRef(repository, name) != null)
				retried(() -> {
					RefUpdate delete = repository.updateRef(name);
					delete.setForceUpdate(true);
					return delete.delete();
				});
		} catch (IOException e) {
			// left behind, as said above
		}
	}

	/**
	 * Waits while git packs refs: a pack-refs that read the loose temporary ref before it was deleted writes it into
	 * {@code packed-refs} when it lets go of {@code packed-refs.lock}; only after that does a read tell whether the
	 * ref is still there (a gc left one behind in CI when it was read at once).
	 */
	private void awaitPackRefs() throws IOException {
		Path lock = repository.getCommonDirectory().toPath().resolve("packed-refs.lock");
		for (int tries = 0; Files.exists(lock) && tries < 100; tries++)
			pause(50, "git pack-refs");
	}

	/** Deletes a ref's loose file under the ref's lock; git gc may have packed it and removed file and folder. */
	private RefUpdate.Result deleteLoose(String name) throws IOException {
		Path loose = repository.getCommonDirectory().toPath().resolve(name);
		Path lock = loose.resolveSibling(loose.getFileName() + ".lock");
		try {
			Files.createFile(lock);
		} catch (FileAlreadyExistsException e) {
			return RefUpdate.Result.LOCK_FAILURE;
		} catch (NoSuchFileException e) {
			return RefUpdate.Result.NO_CHANGE;
		}
		try {
			Files.deleteIfExists(loose);
		} finally {
			Files.delete(lock);
		}
		return RefUpdate.Result.FORCED;
	}

	/** One try of a ref update or deletion. */
	@FunctionalInterface
	private interface Attempt {
		RefUpdate.Result run() throws IOException;
	}

	private static RefUpdate.Result retried(Attempt attempt) throws IOException {
		RefUpdate.Result result = once(attempt);
		for (int tries = 1; result == RefUpdate.Result.LOCK_FAILURE && tries < LOCK_TRIES; tries++) {
			pause(50L * tries, "a ref's lock");
			result = once(attempt);
		}
		return result;
	}

	/** A try; JGit throws instead of answering LOCK_FAILURE when {@code packed-refs} is locked (git gc packing refs). */
	private static RefUpdate.Result once(Attempt attempt) throws IOException {
		try {
			return attempt.run();
		} catch (LockFailedException e) {
			return RefUpdate.Result.LOCK_FAILURE;
		}
	}

	/**
	 * Reads a ref as it is, also while git packs refs: JGit reads {@code packed-refs} first and the loose ref after,
	 * so a pack-refs in between (which writes the new {@code packed-refs}, then deletes the loose file) makes it
	 * return what the old {@code packed-refs} held. Reads again until two reads agree.
	 */
	public static Ref exactRef(Repository repository, String name) throws IOException {
		Ref last = repository.exactRef(name);
		for (int reads = 0; reads < 10; reads++) {
			Ref again = repository.exactRef(name);
			if (Objects.equals(id(last), id(again)))
				return again;
			last = again;
		}
		throw new IOException("the value of " + name + " keeps changing");
	}

	private static ObjectId id(Ref ref) {
		return ref == null ? null : ref.getObjectId();
	}

	/** Until a check after every gc that started before the last write finds every object, write again what is gone. */
	private void secure() throws IOException {
		for (int round = 0; round < ROUNDS; round++) {
			awaitGcStartedBefore(Instant.now());
			if (!rewriteMissing())
				return;
		}
		throw gcKeepsDeleting();
	}

	/** Writes again every written object that the repository, opened anew, does not have; says if there was one. */
	private boolean rewriteMissing() throws IOException {
		try (Repository fresh = fresh(); ObjectInserter inserter = fresh.newObjectInserter()) {
			List<Map.Entry<ObjectId, KeptPack.Content>> missing = written.entrySet().stream()
					.filter(w -> !has(fresh, w.getKey())).toList();
			for (var object : missing)
				inserter.insert(object.getValue().type(), object.getValue().data());
			inserter.flush();
			return !missing.isEmpty();
		}
	}

	private static IOException gcKeepsDeleting() {
		return new IOException("a git gc deleted the objects just written " + ROUNDS + " times over; no ref was moved");
	}

	private void checkReadable(String ref) throws IOException {
		try (Repository fresh = fresh(); RevWalk walk = new RevWalk(fresh)) {
			Ref now = exactRef(fresh, ref);
			if (now == null)
				throw new IOException(ref + " vanished right after it was written");
			walk.parseTree(walk.parseCommit(now.getObjectId()).getTree());
		} catch (MissingObjectException e) {
			secure(); // only a prune run by hand, which holds no gc.pid, gets here
		}
	}

	private static boolean has(Repository fresh, ObjectId id) {
		try {
			return fresh.getObjectDatabase().has(id);
		} catch (IOException e) {
			return false;
		}
	}

	/** The same repository opened anew: nothing it knows about objects is remembered from before. */
	private Repository fresh() throws IOException {
		return new FileRepositoryBuilder().setGitDir(repository.getDirectory()).setMustExist(true).build();
	}

	private void awaitGcStartedBefore(Instant lastWrite) throws IOException {
		Path pid = repository.getCommonDirectory().toPath().resolve("gc.pid");
		Instant giveUp = Instant.now().plus(LONGEST_GC);
		while (true) {
			Instant started;
			try {
				started = Files.getLastModifiedTime(pid).toInstant();
			} catch (NoSuchFileException e) {
				return;
			}
			// the file system's clock lags the precise one by a tick at most: a later gc may wait once too often
			if (started.isAfter(lastWrite) || started.isBefore(Instant.now().minus(STALE_GC_PID)))
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
