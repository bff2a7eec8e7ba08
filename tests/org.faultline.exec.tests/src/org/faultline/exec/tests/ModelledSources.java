package org.faultline.exec.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.faultline.c.parse.SourceSet;
import org.faultline.exec.ExecutableVersion;
import org.faultline.mmtree.ModelledTree;

/**
 * The seed's two images from the modelled tree: BEFORE is "huge tmpfs (model)", AFTER is "model of v4.6-rc".
 * Tests that edit a version take its files as a map and change the text.
 */
final class ModelledSources {

	private static Map<String, String> before, after;
	private static ExecutableVersion beforeVersion, afterVersion;

	private ModelledSources() {
	}

	static synchronized Map<String, String> beforeFiles() {
		load();
		return before;
	}

	static synchronized Map<String, String> afterFiles() {
		load();
		return after;
	}

	static synchronized ExecutableVersion before() {
		if (beforeVersion == null)
			beforeVersion = version("before", beforeFiles());
		return beforeVersion;
	}

	static synchronized ExecutableVersion after() {
		if (afterVersion == null)
			afterVersion = version("after", afterFiles());
		return afterVersion;
	}

	static ExecutableVersion version(String label, Map<String, String> files) {
		try {
			return ExecutableVersion.load(label, SourceSet.of(files));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The files with one piece of mm/memory.c replaced; fails if the piece is not there exactly once. */
	static Map<String, String> editMemory(Map<String, String> files, String from, String to) {
		String text = files.get("mm/memory.c");
		int at = text.indexOf(from);
		if (at < 0 || text.indexOf(from, at + 1) >= 0)
			throw new AssertionError("edit does not match exactly once: " + from);
		Map<String, String> edited = new HashMap<>(files);
		edited.put("mm/memory.c", text.replace(from, to));
		return edited;
	}

	private static void load() {
		if (before != null)
			return;
		try (ModelledTree tree = ModelledTree.open()) {
			before = files(tree.repository(), tree.baseCommit());
			after = files(tree.repository(), tree.v46Commit());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static Map<String, String> files(Repository repo, RevCommit commit) throws IOException {
		Map<String, String> files = new HashMap<>();
		try (TreeWalk walk = new TreeWalk(repo)) {
			walk.addTree(commit.getTree());
			walk.setRecursive(true);
			while (walk.next())
				files.put(walk.getPathString(), new String(repo.open(walk.getObjectId(0)).getBytes(),
						StandardCharsets.UTF_8));
		}
		return Map.copyOf(files);
	}
}
