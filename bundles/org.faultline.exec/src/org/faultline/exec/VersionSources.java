package org.faultline.exec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.faultline.c.parse.SourceSet;

/**
 * Where a version's sources come from: a tree of a git repository (a kernel checkout or the modelled tree).
 * Files are read on demand, so a whole kernel's include/ is never loaded, only the headers the two .c files
 * include.
 */
public final class VersionSources {

	private VersionSources() {
	}

	/** The tree a ref or commit id names. */
	public static RevTree tree(Repository repo, String ref) throws IOException {
		ObjectId id = repo.resolve(ref + "^{tree}");
		if (id == null)
			throw new IOException("no such ref or commit in " + repo + ": " + ref);
		try (RevWalk walk = new RevWalk(repo)) {
			return walk.parseTree(id);
		}
	}

	/** Reads files of {@code tree} by path; a missing file reads as null. */
	public static SourceSet.Reader reader(Repository repo, RevTree tree) {
		return new TreeReader(repo, tree)::read;
	}

	/**
	 * Looks a path up one directory at a time, reading each directory's tree once. The include search asks a
	 * kernel tree for thousands of paths, most of them in the same few directories (include/linux alone has
	 * some 1,500 entries), and from the root each time that parsed the same large trees again and again.
	 */
	private static final class TreeReader {

		/** A directory's entries: files and subdirectories by name. */
		private record Directory(Map<String, ObjectId> files, Map<String, ObjectId> subdirectories) {
		}

		private static final Directory NONE = new Directory(Map.of(), Map.of());

		private final Repository repo;
		private final RevTree root;
		private final Map<String, Directory> directories = new HashMap<>();

		TreeReader(Repository repo, RevTree root) {
			this.repo = repo;
			this.root = root;
		}

		synchronized String read(String path) throws IOException {
			int slash = path.lastIndexOf('/');
			ObjectId blob = directory(slash < 0 ? "" : path.substring(0, slash)).files().get(path.substring(slash + 1));
			return blob == null ? null : new String(repo.open(blob).getBytes(), StandardCharsets.UTF_8);
		}

		private Directory directory(String path) throws IOException {
			Directory known = directories.get(path);
			if (known != null)
				return known;
			int slash = path.lastIndexOf('/');
			ObjectId id = path.isEmpty() ? root
					: directory(slash < 0 ? "" : path.substring(0, slash)).subdirectories().get(path.substring(slash + 1));
			Directory d = id == null ? NONE : parse(id);
			directories.put(path, d);
			return d;
		}

		private Directory parse(ObjectId tree) throws IOException {
			Map<String, ObjectId> files = new HashMap<>();
			Map<String, ObjectId> subdirectories = new HashMap<>();
			try (ObjectReader reader = repo.newObjectReader()) {
				for (CanonicalTreeParser p = new CanonicalTreeParser(null, reader, tree); !p.eof(); p.next())
					(p.getEntryFileMode() == FileMode.TREE ? subdirectories : files).put(p.getEntryPathString(),
							p.getEntryObjectId());
			}
			return new Directory(files, subdirectories);
		}
	}

	/** All files of {@code tree}, by path: for trees small enough to edit, such as the modelled tree. */
	public static Map<String, String> files(Repository repo, RevTree tree) throws IOException {
		Map<String, String> files = new HashMap<>();
		try (TreeWalk walk = new TreeWalk(repo)) {
			walk.addTree(tree);
			walk.setRecursive(true);
			while (walk.next())
				files.put(walk.getPathString(),
						new String(repo.open(walk.getObjectId(0)).getBytes(), StandardCharsets.UTF_8));
		}
		return Map.copyOf(files);
	}
}
