package org.faultline.exec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.revwalk.RevWalk;
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
		return path -> {
			try (TreeWalk walk = TreeWalk.forPath(repo, path, tree)) {
				return walk == null ? null
						: new String(repo.open(walk.getObjectId(0)).getBytes(), StandardCharsets.UTF_8);
			}
		};
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
