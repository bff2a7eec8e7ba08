package org.faultline.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.faultline.mmtree.ModelledTree;
import org.faultline.model.patch.ApplyReport;
import org.faultline.model.patch.Diffstat;
import org.faultline.patch.ApplyCommand;
import org.faultline.patch.ApplyResult;
import org.faultline.patch.Samples;
import org.junit.jupiter.api.Test;

/**
 * The seed onto the embedded modelled tree, its base "huge tmpfs (model)": the change counts what the mail
 * declares, and the result is the model's v4.6-rc image, exactly except for the indentation of continuation
 * lines and the spacing between a comment's sentences, which no damaged patch text can tell (the repair takes
 * the spacing of the nearest comment, and the model's own comments mix one and two spaces).
 */
class ModelledTreeApplyTest {

	@Test
	void seedAppliesOntoTheModelledTree() throws Exception {
		try (ModelledTree tree = ModelledTree.open()) {
			Repository repository = tree.repository();
			ApplyResult result = ApplyCommand.on(repository).setSeries(Samples.seed()).setBase(ModelledTree.BASE_REF).call();
			ApplyReport report = result.reports().getFirst();
			assertTrue(report.isSuccess(), () -> report.getProblems().toString());
			assertTrue(report.getProblems().isEmpty(), () -> report.getProblems().toString());
			Diffstat applied = report.getAppliedDiffstat();
			assertEquals(List.of(2, 101, 134), List.of(applied.getFilesChanged(), applied.getInsertions(), applied.getDeletions()));
			try (RevWalk walk = new RevWalk(repository)) {
				assertEquals(tree.baseCommit(), walk.parseCommit(result.head()).getParent(0));
			}

			assertSameButContinuations(repository, tree.v46Commit(), result.head());
		}
	}

	@Test
	void seedRevertedOntoTheV46ModelGivesTheBase() throws Exception {
		try (ModelledTree tree = ModelledTree.open()) {
			Repository repository = tree.repository();
			ApplyResult result = ApplyCommand.on(repository).setSeries(Samples.seed()).setReverse(true)
					.setBase(ModelledTree.V4_6_RC_TAG).call();
			ApplyReport report = result.reports().getFirst();
			assertTrue(report.isSuccess(), () -> report.getProblems().toString());
			Diffstat applied = report.getAppliedDiffstat();
			assertEquals(List.of(2, 134, 101), List.of(applied.getFilesChanged(), applied.getInsertions(), applied.getDeletions()));
			assertTrue(report.getProblems().isEmpty(), "reversed, the declared diffstat still agrees");
			assertSameButContinuations(repository, tree.baseCommit(), result.head());
		}
	}

	/** Each line as expected, but for the indentation of lines that continue a statement and comment spacing. */
	private static void assertSameButContinuations(Repository repository, ObjectId expected, ObjectId actual)
			throws IOException {
		for (String path : List.of("mm/filemap.c", "mm/memory.c")) {
			List<String> want = lines(repository, expected, path);
			List<String> got = lines(repository, actual, path);
			assertEquals(want.size(), got.size(), path);
			for (int i = 0; i < want.size(); i++) {
				if (want.get(i).strip().startsWith("*"))
					assertEquals(sentencesSpaced(want.get(i)), sentencesSpaced(got.get(i)), path + ":" + (i + 1));
				else if (!want.get(i).equals(got.get(i))) {
					assertEquals(want.get(i).strip(), got.get(i).strip(), path + ":" + (i + 1));
					String above = want.get(i - 1).strip();
					assertTrue(above.endsWith(",") || above.chars().filter(c -> c == '(').count() > above.chars()
							.filter(c -> c == ')').count(), path + ":" + (i + 1) + " differs but continues no statement");
				}
			}
		}
	}

	/** The line with every run of blanks after its indentation as one blank. */
	private static String sentencesSpaced(String line) {
		return line.replaceAll("(?<=\\S) +", " ");
	}

	private static List<String> lines(Repository repository, ObjectId commit, String path) throws IOException {
		try (RevWalk walk = new RevWalk(repository);
				TreeWalk file = TreeWalk.forPath(repository, path, walk.parseCommit(commit).getTree())) {
			return new ArrayList<>(new String(repository.open(file.getObjectId(0)).getBytes(), StandardCharsets.UTF_8).lines().toList());
		}
	}
}
