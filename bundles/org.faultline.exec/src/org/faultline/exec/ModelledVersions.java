package org.faultline.exec;

import java.io.IOException;
import java.util.Map;

import org.faultline.c.parse.SourceSet;
import org.faultline.mmtree.ModelledTree;

/**
 * The seed's two images from the embedded modelled tree, parsed and lowered once: before is "huge tmpfs
 * (model)", after is "model of v4.6-rc".
 */
public final class ModelledVersions {

	private static Map<String, String> beforeFiles, afterFiles;
	private static ExecutableVersion before, after;

	private ModelledVersions() {
	}

	public static synchronized ExecutableVersion before() throws IOException {
		if (before == null)
			before = ExecutableVersion.load("before", SourceSet.of(beforeFiles()));
		return before;
	}

	public static synchronized ExecutableVersion after() throws IOException {
		if (after == null)
			after = ExecutableVersion.load("after", SourceSet.of(afterFiles()));
		return after;
	}

	/** The files of "huge tmpfs (model)", the seed's base. */
	public static synchronized Map<String, String> beforeFiles() throws IOException {
		load();
		return beforeFiles;
	}

	/** The files of "model of v4.6-rc". */
	public static synchronized Map<String, String> afterFiles() throws IOException {
		load();
		return afterFiles;
	}

	private static void load() throws IOException {
		if (beforeFiles != null)
			return;
		try (ModelledTree tree = ModelledTree.open()) {
			beforeFiles = VersionSources.files(tree.repository(), tree.baseCommit().getTree());
			afterFiles = VersionSources.files(tree.repository(), tree.v46Commit().getTree());
		}
	}
}
