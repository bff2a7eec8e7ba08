package org.faultline.cli.internal;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.faultline.model.patch.PatchSeries;
import org.faultline.patch.ApplyCommand;
import org.faultline.patch.ApplyResult;
import org.faultline.patch.PatchException;
import org.faultline.patch.PatchReader;
import org.faultline.patch.Samples;

/** What the subcommands that run a patch's two versions share: reading the patch, opening a tree, applying. */
final class PatchedTree {

	private PatchedTree() {
	}

	/** The sample (the seed) or the patch file. */
	static PatchSeries read(Path patch, boolean sample) throws PatchException {
		if (sample)
			return Samples.seed();
		if (!Files.isRegularFile(patch))
			throw new PatchException("no such file: " + patch, List.of());
		return PatchReader.read().setSource(patch).call();
	}

	/** The git repository of a checkout; the caller closes it. */
	static Repository open(Path dir) throws IOException, PatchException {
		File file = dir.toFile();
		if (!file.isDirectory())
			throw new PatchException("no such directory: " + dir, List.of());
		FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment().findGitDir(file);
		if (builder.getGitDir() == null)
			throw new PatchException("not a git repository: " + dir, List.of());
		return builder.setMustExist(true).build();
	}

	/**
	 * Applies {@code series} onto {@code base} (whitespace repair included) and returns the commit it made.
	 *
	 * @param what the patch's name for the error message
	 */
	static String apply(Repository repository, String base, PatchSeries series, String what)
			throws PatchException {
		ApplyResult applied = ApplyCommand.on(repository).setSeries(series).setBase(base).call();
		if (!applied.complete() || applied.head() == null)
			throw new PatchException(what + " does not apply to " + base + " (see 'faultline apply' for the hunks)",
					List.of());
		return applied.head().name();
	}
}
