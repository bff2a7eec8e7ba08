package org.faultline.patch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Whitespace repair on real kernel patches, opt-in: {@code -Dfaultline.kernel=DIR -Dfaultline.kernel.next=DIR2}
 * name two real kernel trees (e.g. 4.6 and 4.7); the patches between them are made, damaged and repaired at test
 * time (see README). Skipped without them: no kernel code is part of the project.
 */
class KernelRepairCorpusTest {

	static final List<String> FOLDERS = List.of("mm", "include/linux");

	@Test
	void repairsRealPatchesByteForByte() throws Exception {
		Path older = KernelTrees.tree("faultline.kernel");
		Path newer = KernelTrees.tree("faultline.kernel.next");
		assumeTrue(older != null && newer != null, "needs -Dfaultline.kernel=DIR and -Dfaultline.kernel.next=DIR");
		RepairScore score = new RepairScore();
		for (KernelPatchCorpus.KernelPatch patch : KernelPatchCorpus.between(older, newer, FOLDERS))
			score.score(patch.path(), patch.base(), patch.diff());
		System.out.println("repair corpus " + older + " -> " + newer + ": " + score.summary());
		score.examples().stream().limit(Long.getLong("faultline.kernel.examples", 40)).forEach(System.out::println);
		assertTrue(score.patches() >= 100, "a corpus of at least 100 patches, not " + score.patches());
		assertEquals(0, score.certainLinesWrong(), score::summary);
		assertTrue(score.exact() * 100 >= score.patches() * 98, score::summary);
	}

	/** Where the opt-in kernel trees are. */
	static final class KernelTrees {

		private KernelTrees() {
		}

		/** The tree named by a system property, or null when it is not set; a set but wrong one fails. */
		static Path tree(String property) {
			String value = System.getProperty(property, "");
			if (value.isBlank())
				return null;
			Path tree = Path.of(value);
			assertTrue(Files.isDirectory(tree.resolve("mm")), property + "=" + value + " is no kernel tree (no mm/)");
			return tree;
		}
	}
}
