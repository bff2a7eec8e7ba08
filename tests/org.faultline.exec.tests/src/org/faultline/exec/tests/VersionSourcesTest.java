package org.faultline.exec.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.faultline.exec.ExecutableVersion;
import org.faultline.exec.FaultRun;
import org.faultline.exec.Finding.Kind;
import org.faultline.exec.NamedScenarios;
import org.faultline.exec.VersionSources;
import org.faultline.mmtree.ModelledTree;
import org.junit.jupiter.api.Test;

/** Versions read from a git tree, with a patch applied in memory. */
class VersionSourcesTest {

	@Test
	void theModelPatchAppliedToTheV46TreeGivesTheBeforeImageAndItsFinding() throws Exception {
		try (ModelledTree tree = ModelledTree.open()) {
			var repo = tree.repository();
			var v46 = VersionSources.tree(repo, ModelledTree.V4_6_RC_TAG);
			var patched = VersionSources.applied(repo, v46, modelPatch());
			assertEquals(tree.baseCommit().getTree(), patched);
			ExecutableVersion v = ExecutableVersion.load("patched", VersionSources.reader(repo, patched));
			assertTrue(FaultRun.scenario(NamedScenarios.load("read-cached-pmd-none")).version(v).call()
					.has(Kind.ALLOCATION_UNDER_LOCK));
			assertNull(VersionSources.reader(repo, patched).read("mm/nonexistent.c"));
		}
	}

	@Test
	void aPatchThatDoesNotApplyIsAnErrorNamingTheFile() throws Exception {
		try (ModelledTree tree = ModelledTree.open()) {
			var repo = tree.repository();
			var base = VersionSources.tree(repo, ModelledTree.BASE_REF);
			byte[] patch = modelPatch();
			IOException e = assertThrows(IOException.class, () -> VersionSources.applied(repo, base, patch));
			assertTrue(e.getMessage().contains("does not apply"), e.getMessage());
			assertThrows(IOException.class, () -> VersionSources.tree(repo, "refs/heads/nope"));
		}
	}

	/** The patch the modelled tree bundle ships: "model of v4.6-rc" to "huge tmpfs (model)". */
	private static byte[] modelPatch() throws IOException {
		try (var in = ModelledTree.class.getClassLoader().getResourceAsStream("patches/0001-huge-tmpfs-model.patch")) {
			return in.readAllBytes();
		}
	}
}
