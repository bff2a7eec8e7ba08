package org.faultline.c;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.patch.Patch;
import org.eclipse.jgit.patch.PatchApplier;
import org.faultline.c.parse.Program;
import org.faultline.c.parse.SourceSet;

/**
 * The two images of the modelled tree: the tree as it is (the seed's after-image) and the tree with
 * 0001-huge-tmpfs-model.patch applied by JGit (the seed's before-image), as in-memory file maps.
 */
public final class ModelImages {

	private ModelImages() {
	}

	public static Map<String, String> after() throws IOException {
		return read(MmTree.tree());
	}

	public static Map<String, String> before() throws IOException {
		Path work = Files.createTempDirectory("faultline-before");
		try {
			for (Map.Entry<String, String> f : after().entrySet()) {
				Path target = work.resolve(f.getKey());
				Files.createDirectories(target.getParent());
				Files.writeString(target, f.getValue());
			}
			try (Git git = Git.init().setDirectory(work.toFile()).call();
					InputStream patch = Files.newInputStream(MmTree.root().resolve("patches/0001-huge-tmpfs-model.patch"))) {
				Patch parsed = new Patch();
				parsed.parse(patch);
				if (!parsed.getErrors().isEmpty())
					throw new IOException("model patch does not parse: " + parsed.getErrors());
				PatchApplier.Result result = new PatchApplier(git.getRepository()).applyPatch(parsed);
				if (!result.getErrors().isEmpty())
					throw new IOException("model patch does not apply: " + result.getErrors());
			}
			Files.walk(work.resolve(".git")).sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			return read(work);
		} catch (GitAPIException e) {
			throw new IOException(e);
		} finally {
			try (Stream<Path> walk = Files.walk(work)) {
				walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}

	private static Map<String, String> read(Path root) throws IOException {
		Map<String, String> files = new TreeMap<>();
		try (Stream<Path> walk = Files.walk(root)) {
			for (Path p : walk.filter(Files::isRegularFile).toList())
				if (p.toString().endsWith(".c") || p.toString().endsWith(".h"))
					files.put(root.relativize(p).toString(), Files.readString(p));
		}
		return files;
	}

	public static Program program(Map<String, String> image) throws IOException {
		return SourceSet.from(SourceSet.of(image)).includeDirectory("include").file("mm/memory.c").file("mm/filemap.c")
				.load();
	}

	public static List<String> faultPathFiles() {
		return List.of("mm/memory.c", "mm/filemap.c");
	}
}
