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
 * time (see README). Every fourth patch is held out: its figures are reported apart, as a check that the rules
 * were not fitted to the patches they were studied on. {@code -Dfaultline.kernel.after=DIR3}, a third tree newer
 * than the second, adds the patches from the second to it as a corpus of its own. Skipped without the first two:
 * no kernel code is part of the project.
 */
class KernelRepairCorpusTest {

	static final List<String> FOLDERS = List.of("mm", "include/linux");

	/** Every how many patches one is held out. */
	private static final int HELD_OUT_EVERY = 4;

	@Test
	void repairsRealPatchesByteForByte() throws Exception {
		Path older = KernelTrees.tree("faultline.kernel");
		Path newer = KernelTrees.tree("faultline.kernel.next");
		assumeTrue(older != null && newer != null, "needs -Dfaultline.kernel=DIR and -Dfaultline.kernel.next=DIR");
		RepairScore studied = new RepairScore();
		RepairScore heldOut = new RepairScore();
		int index = 0;
		for (KernelPatchCorpus.KernelPatch patch : KernelPatchCorpus.between(older, newer, FOLDERS))
			(index++ % HELD_OUT_EVERY == 0 ? heldOut : studied).score(patch.path(), patch.base(), patch.diff());
		RepairScore score = new RepairScore();
		score.add(studied);
		score.add(heldOut);
		report(older + " -> " + newer, score);
		System.out.println("  studied: " + studied.summary());
		System.out.println("  held out (every " + HELD_OUT_EVERY + "th): " + heldOut.summary());
		Path after = KernelTrees.tree("faultline.kernel.after");
		if (after != null) {
			RepairScore later = new RepairScore();
			for (KernelPatchCorpus.KernelPatch patch : KernelPatchCorpus.between(newer, after, FOLDERS))
				later.score(patch.path(), patch.base(), patch.diff());
			report(newer + " -> " + after + " (held out)", later);
			assertEquals(0, later.certainLinesWrong(), later::summary);
			score.add(later);
		}
		assertTrue(score.patches() >= 100, "a corpus of at least 100 patches, not " + score.patches());
		assertEquals(0, score.certainLinesWrong(), score::summary);
		assertTrue(score.exact() * 100 >= score.patches() * 98, score::summary);
	}

	private static void report(String corpus, RepairScore score) {
		System.out.println("repair corpus " + corpus + ": " + score.summary());
		System.out.println("  " + score.breakdown());
		score.examples().stream().limit(Long.getLong("faultline.kernel.examples", 40)).forEach(System.out::println);
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
