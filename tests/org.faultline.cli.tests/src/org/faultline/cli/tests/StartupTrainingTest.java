package org.faultline.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.faultline.cli.internal.StartupTraining;
import org.faultline.mmtree.ModelledTree;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The start-up cache's training runs the seed's diff on a repository on disk, packed as a checkout is. */
class StartupTrainingTest {

	@Test
	void theDiffRunsOnAPackedCopyOfTheModelledTree(@TempDir Path folder) throws Exception {
		StartupTraining.train(folder);
		Path git = folder.resolve(Constants.DOT_GIT);
		File[] packs = git.resolve("objects/pack").toFile().listFiles((d, name) -> name.endsWith(".pack"));
		assertNotNull(packs);
		assertTrue(packs.length >= 1, "the copy's objects are packed");
		assertTrue(Files.isRegularFile(git.resolve("packed-refs")), "its branch is a packed ref");
		assertTrue(Files.isRegularFile(git.resolve(StartupTraining.BASE)), "--base is a loose ref");
		try (ModelledTree tree = ModelledTree.open();
				Repository disk = new FileRepositoryBuilder().setGitDir(git.toFile()).setMustExist(true).build()) {
			assertEquals(tree.baseCommit(), disk.resolve(StartupTraining.BASE));
			assertEquals(tree.baseCommit(), disk.resolve(Constants.HEAD));
			assertFalse(disk.getRefDatabase().getRefsByPrefix("refs/faultline/").stream()
					.allMatch(r -> r.getName().equals(StartupTraining.BASE)), "the diff applied the seed there");
		}
	}
}
