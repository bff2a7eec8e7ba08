package org.faultline.mmtree.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.treewalk.TreeWalk;

/** Reads a commit's files, and writes them out for tools that want a folder. */
final class TreeFiles {

	private TreeFiles() {
	}

	static Map<String, byte[]> read(Repository repository, RevCommit commit) throws IOException {
		Map<String, byte[]> files = new TreeMap<>();
		try (TreeWalk walk = new TreeWalk(repository)) {
			walk.addTree(commit.getTree());
			walk.setRecursive(true);
			while (walk.next())
				files.put(walk.getPathString(), repository.open(walk.getObjectId(0)).getBytes());
		}
		return files;
	}

	static void write(Map<String, byte[]> files, Path dir) throws IOException {
		for (var file : files.entrySet()) {
			Path target = dir.resolve(file.getKey());
			Files.createDirectories(target.getParent());
			Files.write(target, file.getValue());
		}
	}
}
