package org.faultline.c;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the modelled mm tree of org.faultline.mmtree from the test's working directory. */
public final class MmTree {

	private MmTree() {
	}

	public static Path root() {
		String configured = System.getProperty("faultline.mmtree");
		Path start = configured != null ? Path.of(configured) : Path.of("").toAbsolutePath();
		for (Path p = start; p != null; p = p.getParent()) {
			Path candidate = p.resolve("bundles/org.faultline.mmtree");
			if (Files.isDirectory(candidate))
				return candidate;
		}
		throw new IllegalStateException("bundles/org.faultline.mmtree not found above " + start);
	}

	public static Path tree() {
		return root().resolve("tree");
	}

	public static String read(String path) throws IOException {
		return Files.readString(tree().resolve(path));
	}
}
