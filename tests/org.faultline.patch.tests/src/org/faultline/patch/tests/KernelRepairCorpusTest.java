package org.faultline.patch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Whitespace repair on real kernel patches, opt-in: {@code -Dfaultline.kernel=DIR -Dfaultline.kernel.next=DIR2}
 * name two real kernel trees (e.g. 4.6 and 4.7); the patches between them are made, damaged and repaired at test
 * time (see README). Every fourth patch is held out: its figures are reported apart, as a check that the rules
 * were not fitted to the patches they were studied on. {@code faultline.kernel.next} may name more newer trees,
 * in order and separated by the path separator ({@code DIR2:DIR3}): the patches from each to the next form further
 * corpora, all held out. {@code -Dfaultline.kernel.folders=mm,include/linux} (the default) names the folders
 * compared; one ending in {@code /**} is compared with its subfolders ({@code ./**}: the whole tree). Skipped
 * without the two properties: no kernel code is part of the project.
 */
class KernelRepairCorpusTest {

	/** The folders compared: -Dfaultline.kernel.folders, comma-separated, by default mm/ and include/linux/. */
	static List<String> folders() {
		return Stream.of(System.getProperty("faultline.kernel.folders", "mm,include/linux").split(","))
				.map(String::strip).filter(f -> !f.isEmpty()).toList();
	}

	/** Every how many patches one is held out. */
	private static final int HELD_OUT_EVERY = 4;

	@Test
	void repairsRealPatchesByteForByte() throws Exception {
		Path older = KernelTrees.tree("faultline.kernel");
		List<Path> newerTrees = KernelTrees.trees("faultline.kernel.next");
		assumeTrue(older != null && !newerTrees.isEmpty(), "needs -Dfaultline.kernel=DIR and -Dfaultline.kernel.next=DIR");
		List<Path> trees = new ArrayList<>(List.of(older));
		trees.addAll(newerTrees);
		List<List<KernelPatchCorpus.KernelPatch>> corpora = new ArrayList<>();
		for (int i = 1; i < trees.size(); i++)
			corpora.add(KernelPatchCorpus.between(trees.get(i - 1), trees.get(i), folders()));
		List<RepairScore> scores = new ArrayList<>();
		for (int digits : abbreviations()) {
			String form = digits == 0 ? "without index lines" : "with index lines of " + digits + " digits";
			RepairScore studied = new RepairScore();
			RepairScore heldOut = new RepairScore();
			int index = 0;
			for (KernelPatchCorpus.KernelPatch patch : corpora.getFirst()) {
				RepairScore part = index++ % HELD_OUT_EVERY == 0 ? heldOut : studied;
				part.score(patch.path(), patch.base(), patch.diff(digits));
			}
			RepairScore score = new RepairScore();
			score.add(studied);
			score.add(heldOut);
			report(older + " -> " + trees.get(1) + ", " + form, score);
			System.out.println("  studied: " + studied.summary());
			System.out.println("  held out (every " + HELD_OUT_EVERY + "th): " + heldOut.summary());
			dumpStudied(digits, studied);
			for (int i = 1; i < corpora.size(); i++) {
				RepairScore later = new RepairScore();
				for (KernelPatchCorpus.KernelPatch patch : corpora.get(i))
					later.score(patch.path(), patch.base(), patch.diff(digits));
				report(trees.get(i) + " -> " + trees.get(i + 1) + " (held out), " + form, later);
				score.add(later);
			}
			scores.add(score);
		}
		for (RepairScore score : scores) {
			assertTrue(score.patches() >= 100, "a corpus of at least 100 patches, not " + score.patches());
			assertEquals(0, score.certainLinesWrong(), score::summary);
			assertEquals(0, score.provenWrong(), score::summary);
		}
		for (RepairScore score : scores)
			assertTrue(score.exact() * 100 >= score.patches() * 98, score::summary);
	}

	/**
	 * How many hex digits the index lines' blob ids have, 0 for none: {@code -Dfaultline.kernel.abbrev=0,7,12} by
	 * default (git's default abbreviation in 2016, and the kernel's since).
	 */
	private static List<Integer> abbreviations() {
		return Stream.of(System.getProperty("faultline.kernel.abbrev", "0,7,12").split(",")).map(String::strip)
				.map(Integer::valueOf).toList();
	}

	private static void report(String corpus, RepairScore score) {
		System.out.println("repair corpus " + corpus + ": " + score.summary());
		System.out.println("  " + score.breakdown());
		score.examples().stream().limit(Long.getLong("faultline.kernel.examples", 40)).forEach(System.out::println);
	}

	/**
	 * With {@code -Dfaultline.kernel.dump=DIR}, writes the studied patches the repair did not restore to
	 * {@code DIR/studied-<digits>.txt}, to be read; the held-out ones are not written, so that no rule is read
	 * from them.
	 */
	private static void dumpStudied(int digits, RepairScore studied) throws IOException {
		String dump = System.getProperty("faultline.kernel.dump", "");
		if (dump.isBlank())
			return;
		Path file = Path.of(dump, "studied-" + digits + ".txt");
		Files.createDirectories(file.getParent());
		Files.writeString(file, String.join("", studied.failures()));
		System.out.println("  the studied patches not restored: " + file);
	}

	/** Where the opt-in kernel trees are. */
	static final class KernelTrees {

		private KernelTrees() {
		}

		/** The tree named by a system property, or null when it is not set; a set but wrong one fails. */
		static Path tree(String property) {
			List<Path> trees = trees(property);
			return trees.isEmpty() ? null : trees.getFirst();
		}

		/** The trees a system property names, separated by the path separator; a wrong one fails. */
		static List<Path> trees(String property) {
			String value = System.getProperty(property, "");
			List<Path> trees = new ArrayList<>();
			for (String name : value.split(File.pathSeparator)) {
				if (name.isBlank())
					continue;
				Path tree = Path.of(name);
				assertTrue(Files.isDirectory(tree.resolve("mm")),
						property + ": " + name + " is no kernel tree (no mm/)");
				trees.add(tree);
			}
			return trees;
		}
	}
}
