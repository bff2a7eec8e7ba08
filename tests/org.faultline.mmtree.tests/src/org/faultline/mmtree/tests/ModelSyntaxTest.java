package org.faultline.mmtree.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.jgit.revwalk.RevCommit;
import org.faultline.mmtree.ModelledTree;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The model's C is valid C: gcc accepts both versions with the model headers and nothing else. */
class ModelSyntaxTest {

	@TempDir
	Path dir;

	@Test
	void bothVersionsPassGccSyntaxCheck() throws Exception {
		try (ModelledTree tree = ModelledTree.open()) {
			for (RevCommit version : List.of(tree.v46Commit(), tree.baseCommit())) {
				Path folder = dir.resolve(version.name());
				TreeFiles.write(TreeFiles.read(tree.repository(), version), folder);
				for (String source : List.of("mm/memory.c", "mm/filemap.c"))
					assertGccAccepts(folder, source, version.getShortMessage());
			}
		}
	}

	private static void assertGccAccepts(Path folder, String source, String version) throws Exception {
		Process gcc = new ProcessBuilder("gcc", "-fsyntax-only", "-Wall", "-Werror", "-nostdinc", "-I", "include", source)
				.directory(folder.toFile())
				.redirectErrorStream(true)
				.start();
		assertTrue(gcc.waitFor(60, TimeUnit.SECONDS), "gcc finished");
		String output = new String(gcc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertEquals(0, gcc.exitValue(), "gcc rejects " + source + " of " + version + ":\n" + output);
	}
}
