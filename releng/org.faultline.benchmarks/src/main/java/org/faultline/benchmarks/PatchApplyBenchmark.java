package org.faultline.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.faultline.mmtree.ModelledTree;
import org.faultline.model.patch.PatchSeries;
import org.faultline.patch.ApplyCommand;
import org.faultline.patch.ApplyResult;
import org.faultline.patch.PatchReader;
import org.faultline.patch.Samples;

/**
 * The seed, from its bytes to a commit: parse + whitespace repair + in-core apply onto the modelled tree's
 * base; beside it, in the same run, {@code git apply} of the repaired patch onto the same files on disk.
 */
final class PatchApplyBenchmark implements Benchmark {

	private static final int WARMUPS = 50;

	private static final int RUNS = 200;

	@Override
	public void run() throws Exception {
		byte[] seed = Samples.bytes(Samples.SEED);
		try (ModelledTree tree = ModelledTree.open()) {
			Repository repository = tree.repository();
			Timing faultline = Timing.measure(WARMUPS, RUNS, () -> {
				PatchSeries series = PatchReader.read().setSource(Samples.SEED, seed).call();
				ApplyResult result = ApplyCommand.on(repository).setSeries(series).setBase(ModelledTree.BASE_REF).call();
				if (!result.complete())
					throw new IllegalStateException("the seed did not apply");
				return result.head();
			});
			System.out.println("faultline: parse + repair + apply of the seed onto the modelled tree: " + faultline);

			ApplyResult once = ApplyCommand.on(repository).setSeries(PatchReader.read().setSource(Samples.SEED, seed).call())
					.setBase(ModelledTree.BASE_REF).call();
			Path work = Files.createTempDirectory("faultline-bench");
			try {
				Path patch = work.resolve("repaired.patch");
				Files.write(patch, repairedPatch(repository, tree.baseCommit(), once.head()));
				Path files = work.resolve("tree");
				Timing gitApply = Timing.measure(WARMUPS / 5, RUNS / 4, () -> {
					Process git = new ProcessBuilder("git", "apply", patch.toString()).directory(files.toFile())
							.redirectErrorStream(true).start();
					byte[] output = git.getInputStream().readAllBytes();
					if (git.waitFor() != 0)
						throw new IllegalStateException("git apply failed: " + new String(output));
					return null;
				}, () -> checkout(repository, tree.baseCommit(), files));
				System.out.println("git apply of the repaired patch onto the same files (process included): " + gitApply);
			} finally {
				delete(work);
			}
		}
	}

	private static byte[] repairedPatch(Repository repository, RevCommit base, ObjectId result) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (DiffFormatter formatter = new DiffFormatter(out); RevWalk walk = new RevWalk(repository)) {
			formatter.setRepository(repository);
			formatter.format(base.getTree(), walk.parseCommit(result).getTree());
		}
		return out.toByteArray();
	}

	private static Void checkout(Repository repository, RevCommit commit, Path target) throws IOException {
		try (TreeWalk walk = new TreeWalk(repository)) {
			walk.addTree(commit.getTree());
			walk.setRecursive(true);
			while (walk.next()) {
				Path file = target.resolve(walk.getPathString());
				Files.createDirectories(file.getParent());
				Files.write(file, repository.open(walk.getObjectId(0)).getBytes());
			}
		}
		return null;
	}

	private static void delete(Path folder) throws IOException {
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList())
				Files.delete(path);
		}
	}
}
