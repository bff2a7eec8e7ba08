package org.faultline.mmtree.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reads the files embedded in this bundle. They are found through the class loader, so the same code
 * works inside OSGi and from a plain class path (the CLI); {@code tree-files.txt} lists the tree
 * because neither can list a folder of a jar portably.
 */
public final class ModelResources {

	private ModelResources() {
	}

	/** Paths of the files of "model of v4.6-rc", relative to {@code tree/}, sorted. */
	public static List<String> treeFiles() throws IOException {
		return new String(read("tree-files.txt"), StandardCharsets.UTF_8).lines()
				.filter(line -> !line.isBlank())
				.toList();
	}

	public static byte[] read(String path) throws IOException {
		try (InputStream in = ModelResources.class.getClassLoader().getResourceAsStream(path)) {
			if (in == null)
				throw new IOException("embedded model file missing: " + path);
			return in.readAllBytes();
		}
	}
}
