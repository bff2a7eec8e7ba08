package org.faultline.exec.tests;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.faultline.exec.VersionSources;
import org.faultline.mmtree.ModelledTree;
import org.junit.jupiter.api.Test;

/** Files of a version read from a git tree. */
class VersionSourcesTest {

	@Test
	void readsFilesOfATreeAndNullForMissingOnes() throws Exception {
		try (ModelledTree tree = ModelledTree.open()) {
			var repo = tree.repository();
			var reader = VersionSources.reader(repo, VersionSources.tree(repo, ModelledTree.BASE_REF));
			assertTrue(reader.read("mm/memory.c").contains("handle_pte_fault"));
			assertNull(reader.read("mm/nonexistent.c"));
			IOException e = assertThrows(IOException.class, () -> VersionSources.tree(repo, "refs/heads/nope"));
			assertTrue(e.getMessage().contains("refs/heads/nope"), e.getMessage());
		}
	}
}
