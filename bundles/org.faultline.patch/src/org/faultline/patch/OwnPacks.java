package org.faultline.patch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jgit.internal.storage.file.ObjectDirectory;
import org.eclipse.jgit.internal.storage.file.Pack;
import org.eclipse.jgit.internal.storage.file.PackIndex;
import org.eclipse.jgit.internal.storage.pack.PackWriter;
import org.eclipse.jgit.lib.NullProgressMonitor;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevObject;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.pack.PackConfig;

/**
 * The packs Faultline wrote into a repository (one a save or apply, ADR 0040), and their folding into one once there
 * are many (ADR 0047): every object lookup and every look at the pack folder goes through all packs, so a save and
 * a new process's first load grew with the number of saves.
 * <p>
 * Each pack is recorded by its name in {@code objects/info/faultline-packs} when written; only recorded packs are
 * ever folded, never one of the user's. A fold writes the new pack, kept ({@code .keep}), before it deletes any old
 * one, so every object stays in a pack throughout: {@code git prune} never deletes packed objects, a concurrent
 * {@code git repack} never deletes the kept pack, a reader that loses a pack finds the object in the new one, and a
 * process killed at any moment leaves a readable repository (at worst a pack's objects twice). Which packs are folded
 * follows a geometric rule (the smallest, while each is no larger than those before it together), so an object is
 * copied a logarithmic number of times, not once every fold.
 */
public final class OwnPacks {

	/** Folds once this many recorded packs exist: git's own {@code gc.autoPackLimit}. */
	public static final int LIMIT = 50;

	/** The record's place in the object folder, where git keeps its own lists of packs. */
	private static final String RECORD = "info/faultline-packs";

	/** A record lock older than this was left by a process killed while it held it: changing it takes milliseconds. */
	private static final Duration STALE_LOCK = Duration.ofSeconds(10);

	/** How a {@code .keep} Faultline writes begins: {@link #holder}. */
	private static final Pattern HOLDER = Pattern.compile("faultline \\(process (\\d+)\\) ");

	/** A pack's files, the index first: neither git nor JGit reads a pack without its index. */
	private static final List<String> EXTENSIONS = List.of(".idx", ".pack", ".rev", ".bitmap", ".mtimes");

	private final Repository repository;

	private final Path packs;

	private final Path record;

	private OwnPacks(Repository repository) {
		this.repository = repository;
		Path objects = objectDirectory().getDirectory().toPath();
		this.packs = objects.resolve("pack");
		this.record = objects.resolve(RECORD);
	}

	/** Records a pack Faultline wrote, by its name ({@code <hex>} of {@code pack-<hex>.pack}). */
	static void record(Repository repository, String name) throws IOException {
		new OwnPacks(repository).update(names -> {
			names.add(name);
			return names;
		});
	}

	/** The recorded packs that still exist, oldest first. */
	public static List<String> recorded(Repository repository) throws IOException {
		OwnPacks own = new OwnPacks(repository);
		return own.read().stream().filter(own::exists).toList();
	}

	/** {@link #fold} once {@value #LIMIT} packs or more are recorded. */
	public static int foldWhenMany(Repository repository) throws IOException {
		OwnPacks own = new OwnPacks(repository);
		return own.read().size() >= LIMIT ? own.fold() : 0;
	}

	/**
	 * Folds the smaller of Faultline's packs into one, and forgets those that are gone (a git gc of the user's
	 * repacked them). A pack that is kept (a save or apply in progress, or one a killed process left) is left as it is.
	 *
	 * @return how many packs were folded: 0 when fewer than two qualify
	 * @throws IOException when a pack cannot be read (another process folded it meanwhile) or written; nothing is
	 *             deleted then
	 */
	public static int fold(Repository repository) throws IOException {
		return new OwnPacks(repository).fold();
	}

	private int fold() throws IOException {
		List<String> names = releaseKeepsOfEndedProcesses(read());
		Set<String> gone = new HashSet<>(names.stream().filter(n -> !exists(n)).toList());
		for (String name : gone)
			delete(name); // what a fold killed between its deletions left: no reader sees a pack without its index
		List<Pack> own = ownPacks(names);
		List<Pack> folded = smallest(own);
		if (folded.size() < 2) {
			forget(gone);
			return 0;
		}
		KeptPack.Kept kept = KeptPack.write(repository, packOf(folded),
				holder("folding " + folded.size() + " of its packs"));
		if (kept == null)
			return 0; // the very pack exists already (another process folded the same): nothing to delete here
		try {
			update(now -> {
				now.add(kept.name());
				return now;
			});
			// JGit's list of packs still names the deleted ones until it next reads the pack folder; the new pack
			// stands first in it (the parser put it there), and the old ones' indexes are loaded (smallest), so no
			// lookup opens a deleted file meanwhile. Closing them, or the whole list, would make JGit warn, or read
			// every other index again (a kernel's is hundreds of megabytes).
			for (Pack pack : folded)
				delete(pack.getPackName());
			folded.forEach(pack -> gone.add(pack.getPackName()));
			forget(gone);
		} finally {
			kept.lock().unlock();
		}
		return folded.size();
	}

	/**
	 * Releases each pack a Faultline process that has ended left kept (killed in a save or a fold before it let the
	 * pack go): nothing else would ever remove its {@code .keep}, and the pack would stay out of every fold. Such a pack
	 * may not be recorded yet (the kill came before that), but its {@code .keep}, written before the pack appeared,
	 * names Faultline: it is recorded first, then its keep deleted. Its objects are safe without the keep, as a fold
	 * copies them before it deletes the pack. A keep of a running process, or of anyone else, stays.
	 *
	 * @return the record, with the packs released
	 */
	private List<String> releaseKeepsOfEndedProcesses(List<String> names) throws IOException {
		Map<String, Path> ended = new LinkedHashMap<>();
		try (DirectoryStream<Path> keeps = Files.newDirectoryStream(packs, "pack-*.keep")) {
			for (Path keep : keeps) {
				Matcher holder = HOLDER.matcher(readKeep(keep));
				if (holder.lookingAt() && ProcessHandle.of(Long.parseLong(holder.group(1))).isEmpty()) {
					String file = keep.getFileName().toString();
					ended.put(file.substring("pack-".length(), file.length() - ".keep".length()), keep);
				}
			}
		} catch (NoSuchFileException e) {
			return names;
		}
		if (ended.isEmpty())
			return names;
		if (!names.containsAll(ended.keySet()))
			update(now -> {
				now.addAll(ended.keySet());
				return now;
			});
		for (Path keep : ended.values())
			Files.deleteIfExists(keep);
		return read();
	}

	private static String readKeep(Path keep) throws IOException {
		try {
			return Files.readString(keep, StandardCharsets.UTF_8);
		} catch (NoSuchFileException e) {
			return ""; // let go meanwhile
		}
	}

	/** The recorded packs JGit reads and nobody keeps. */
	private List<Pack> ownPacks(List<String> names) {
		Set<String> recorded = new HashSet<>(names);
		return objectDirectory().getPacks().stream()
				.filter(p -> recorded.contains(p.getPackName()) && !p.shouldBeKept()).toList();
	}

	/**
	 * The smallest packs by object count, each no larger than those before it together: a large fold is folded again
	 * only once as many objects have come after it, so each object is copied about log2(saves) times in all.
	 */
	private static List<Pack> smallest(List<Pack> packs) throws IOException {
		List<Sized> sized = new ArrayList<>();
		for (Pack pack : packs)
			sized.add(new Sized(pack, pack.getIndex().getObjectCount()));
		sized.sort(Comparator.comparingLong(Sized::objects));
		List<Pack> chosen = new ArrayList<>();
		long objects = 0;
		for (Sized s : sized) {
			if (!chosen.isEmpty() && s.objects() > objects)
				break;
			chosen.add(s.pack());
			objects += s.objects();
		}
		return chosen;
	}

	private record Sized(Pack pack, long objects) {
	}

	/** One pack of every object of the packs, deltas found or reused as git's repack does. */
	private byte[] packOf(List<Pack> folded) throws IOException {
		try (ObjectReader reader = repository.newObjectReader();
				RevWalk walk = new RevWalk(reader);
				PackWriter writer = new PackWriter(new PackConfig(repository), reader)) {
			Set<ObjectId> seen = new HashSet<>();
			List<RevObject> objects = new ArrayList<>();
			for (Pack pack : folded)
				for (PackIndex.MutableEntry entry : pack) {
					ObjectId id = entry.toObjectId();
					if (seen.add(id))
						objects.add(walk.lookupAny(id, reader.open(id).getType()));
				}
			writer.setUseBitmaps(false);
			writer.preparePack(objects.iterator());
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			writer.writePack(NullProgressMonitor.INSTANCE, NullProgressMonitor.INSTANCE, out);
			return out.toByteArray();
		}
	}

	/** The text of a {@code .keep} this process writes: who holds the pack, and why. */
	static String holder(String doing) {
		return "faultline (process " + ProcessHandle.current().pid() + ") " + doing;
	}

	/** A repository on disk keeps its objects in an object directory: only such a one has packs. */
	private ObjectDirectory objectDirectory() {
		return (ObjectDirectory) repository.getObjectDatabase();
	}

	private boolean exists(String name) {
		return Files.exists(packs.resolve("pack-" + name + ".idx"));
	}

	private void delete(String name) throws IOException {
		for (String extension : EXTENSIONS)
			Files.deleteIfExists(packs.resolve("pack-" + name + extension));
	}

	private void forget(Set<String> names) throws IOException {
		if (names.isEmpty())
			return;
		update(now -> {
			now.removeAll(names);
			return now;
		});
	}

	private List<String> read() throws IOException {
		try {
			return Files.readAllLines(record, StandardCharsets.US_ASCII).stream().filter(l -> !l.isBlank()).toList();
		} catch (NoSuchFileException e) {
			return List.of();
		}
	}

	/**
	 * Changes the record as git changes a file of its own: the new text written into a lock file created only if
	 * absent, then renamed over the record, so a reader sees the old record or the new one, and a process killed
	 * meanwhile leaves the old one and a lock, which is taken over once it is stale.
	 */
	private void update(UnaryOperator<Set<String>> change) throws IOException {
		Path lock = record.resolveSibling(record.getFileName() + ".lock");
		Files.createDirectories(record.getParent());
		for (int tries = 0;; tries++) {
			try {
				Files.createFile(lock);
				break;
			} catch (FileAlreadyExistsException e) {
				if (stale(lock))
					Files.deleteIfExists(lock);
				else if (tries == 40)
					throw new IOException(
							lock + " has been held for more than a second; " + record + " was not changed");
				else
					pause();
			}
		}
		try {
			Set<String> names = change.apply(new LinkedHashSet<>(read()));
			Files.write(lock, names, StandardCharsets.US_ASCII);
			Files.move(lock, record, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} finally {
			Files.deleteIfExists(lock);
		}
	}

	private static boolean stale(Path lock) throws IOException {
		try {
			return Files.getLastModifiedTime(lock).toInstant().isBefore(Instant.now().minus(STALE_LOCK));
		} catch (NoSuchFileException e) {
			return false; // released meanwhile: the next try takes it
		}
	}

	private static void pause() throws IOException {
		try {
			Thread.sleep(25);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while waiting for the record of Faultline's packs", e);
		}
	}
}
