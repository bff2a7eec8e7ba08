package org.faultline.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.ObjectWalk;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevObject;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.faultline.cli.Faultline;
import org.faultline.mmtree.ModelledTree;

/**
 * What the start-up cache of {@code ./faultline} is trained on (ADR 0023, 0043): the commands a reviewer runs,
 * in one process, so that the cache holds the classes they load. The seed's review on the modelled tree, then
 * its diff on a git repository on disk, made in a temporary folder from the modelled tree and packed as a
 * clone is: the in-memory modelled tree never loads JGit's on-disk repository (packs, their index and window
 * cache, the ref directory), which {@code --tree} on a kernel checkout needs. The folder is deleted
 * afterwards; no other repository is read or written. Output is discarded.
 */
public final class StartupTraining {

	/** A ref under refs/faultline/ as {@code --base} names one on a checkout: a loose ref beside packed ones. */
	public static final String BASE = "refs/faultline/versions/training-base";

	private StartupTraining() {
	}

	public static void main(String[] args) throws IOException, GitAPIException {
		Faultline.registerEmfOutsideOsgi();
		Path folder = Files.createTempDirectory("faultline-training");
		try {
			train(folder);
		} finally {
			try (Stream<Path> files = Files.walk(folder)) {
				for (Path p : files.sorted(Comparator.reverseOrder()).toList())
					Files.delete(p);
			}
		}
	}

	/**
	 * Runs the commands, the diff on a repository made in {@code folder}, an empty folder the caller deletes.
	 *
	 * @throws IllegalStateException when a command does not end as it does on the seed
	 */
	public static void train(Path folder) throws IOException, GitAPIException {
		PrintWriter none = new PrintWriter(Writer.nullWriter());
		int review = Faultline.run(none, none, "review");
		if (review != Faultline.EXIT_FIXES)
			fail("the seed's review ended with " + review);
		onDisk(folder);
		int diff = Faultline.run(none, none, "diff", "--sample", "--tree", folder.toString(), "--base", BASE);
		if (diff != Faultline.EXIT_OK)
			fail("the seed's diff on " + folder + " ended with " + diff);
	}

	/** Copies the modelled tree's two commits into a new repository in {@code folder}, packed. */
	private static void onDisk(Path folder) throws IOException, GitAPIException {
		try (ModelledTree tree = ModelledTree.open();
				Repository disk = FileRepositoryBuilder.create(folder.resolve(Constants.DOT_GIT).toFile())) {
			disk.create();
			try (ObjectReader reader = tree.repository().newObjectReader();
					ObjectWalk walk = new ObjectWalk(reader);
					ObjectInserter inserter = disk.newObjectInserter()) {
				walk.markStart(walk.parseCommit(tree.baseCommit()));
				for (RevCommit c = walk.next(); c != null; c = walk.next())
					inserter.insert(c.getType(), reader.open(c).getCachedBytes());
				for (RevObject o = walk.nextObject(); o != null; o = walk.nextObject())
					inserter.insert(o.getType(), reader.open(o).getCachedBytes());
				inserter.flush();
			}
			point(disk, Constants.R_HEADS + Constants.MASTER, tree);
			// a checkout's objects and most refs are packed
			Git.wrap(disk).gc().call();
			point(disk, BASE, tree);
		}
	}

	private static void point(Repository disk, String ref, ModelledTree tree) throws IOException {
		RefUpdate update = disk.updateRef(ref);
		update.setNewObjectId(tree.baseCommit());
		RefUpdate.Result result = update.update();
		if (result != RefUpdate.Result.NEW)
			fail("cannot write " + ref + ": " + result);
	}

	private static void fail(String message) {
		throw new IllegalStateException("start-up training: " + message);
	}
}
