package org.faultline.exec.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import org.faultline.c.parse.SourceSet;
import org.faultline.exec.ExecutableVersion;
import org.faultline.exec.ModelledVersions;

/** The seed's two images of the modelled tree, and edited copies of them. */
final class ModelledSources {

	private ModelledSources() {
	}

	static Map<String, String> beforeFiles() {
		return unchecked(ModelledVersions::beforeFiles);
	}

	static Map<String, String> afterFiles() {
		return unchecked(ModelledVersions::afterFiles);
	}

	static ExecutableVersion before() {
		return unchecked(ModelledVersions::before);
	}

	static ExecutableVersion after() {
		return unchecked(ModelledVersions::after);
	}

	static ExecutableVersion version(String label, Map<String, String> files) {
		return unchecked(() -> ExecutableVersion.load(label, SourceSet.of(files)));
	}

	/** The files with one piece of mm/memory.c replaced; fails if the piece is not there exactly once. */
	static Map<String, String> editMemory(Map<String, String> files, String from, String to) {
		return edit(files, "mm/memory.c", from, to);
	}

	/** The files with one piece of a file replaced; fails if the piece is not there exactly once. */
	static Map<String, String> edit(Map<String, String> files, String path, String from, String to) {
		String text = files.get(path);
		int at = text.indexOf(from);
		if (at < 0 || text.indexOf(from, at + 1) >= 0)
			throw new AssertionError("edit of " + path + " does not match exactly once: " + from);
		Map<String, String> edited = new HashMap<>(files);
		edited.put(path, text.replace(from, to));
		return edited;
	}

	private interface Load<T> {
		T get() throws IOException;
	}

	private static <T> T unchecked(Load<T> load) {
		try {
			return load.get();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
