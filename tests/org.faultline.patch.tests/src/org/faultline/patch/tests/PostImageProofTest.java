package org.faultline.patch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.faultline.model.patch.ApplyReport;
import org.faultline.model.patch.Confidence;
import org.faultline.model.patch.HunkReport;
import org.faultline.model.patch.PatchSeries;
import org.faultline.patch.ApplyCommand;
import org.faultline.patch.ApplyResult;
import org.faultline.patch.PatchReader;
import org.faultline.patch.internal.BlobEvidence;
import org.faultline.patch.internal.DiffModel.FileDiff;
import org.faultline.patch.internal.DiffParser;
import org.faultline.patch.internal.FileRepair;
import org.faultline.patch.internal.HunkResult;
import org.faultline.patch.tests.Fixtures.Damage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The blob ids of a git diff's index line prove a repair: the fixture's added call continues one tab deeper than
 * every continued statement of its file, so the rules alone guess its alignment wrong, and only the search for
 * the post-image id the patch names finds the author's. A second fixture has three lines guessed wrong.
 */
class PostImageProofTest {

	private static final String PATH = "mm/proof.c";

	private static final String RANKED = "mm/ring.c";

	private static final String SETTLED = "mm/tally.c";

	private static final String HABIT = "mm/gauge.c";

	private static final String MEMBERS = "mm/lease.h";

	private static final String ITEMS = "mm/pool.h";

	private static final String ONE_OFF = "mm/ledger.h";

	private static final String ALIKE = "mm/span.c";

	/** The fixture's post-image id as its index line abbreviates it. */
	private static final String POST_ID = "08adb9a";

	@TempDir
	Path folder;

	@Test
	void theRulesAloneGuessTheContinuationWrong() throws Exception {
		List<HunkResult> hunks = FileRepair.fit(PATH, preImage(), damaged(Fixtures.text("proof.patch")).hunks());

		assertNotEquals(postImage(), applied(hunks));
		assertEquals(Confidence.LOW, hunks.getFirst().confidence(), hunks.getFirst().detail());
	}

	@Test
	void thePostImageIdFindsTheAuthorsAlignment() throws Exception {
		HunkResult hunk = fit(Fixtures.text("proof.patch"), preImage(), BlobEvidence.DEFAULT_BUDGET, () -> false);

		assertEquals(postImage(), applied(List.of(hunk)));
		assertEquals(Confidence.CERTAIN, hunk.confidence());
		assertTrue(hunk.detail().contains("proven by the post-image id " + POST_ID), hunk.detail());
	}

	@Test
	void aPatchMadeOnAnotherVersionOfTheFileIsNeverProven() throws Exception {
		List<String> otherBase = new ArrayList<>(preImage());
		otherBase.set(0, "/* A small object pool. */");

		HunkResult hunk = fit(Fixtures.text("proof.patch"), otherBase, BlobEvidence.DEFAULT_BUDGET, () -> false);

		assertEquals(Confidence.LOW, hunk.confidence());
		assertTrue(hunk.detail().contains("the patch was made on blob 60619e6"), hunk.detail());
	}

	@Test
	void aPostImageIdNoAlternativeGivesIsNeverProven() throws Exception {
		String patch = Fixtures.text("proof.patch").replace(".." + POST_ID, "..08adb9b");

		HunkResult hunk = fit(patch, preImage(), BlobEvidence.DEFAULT_BUDGET, () -> false);

		assertEquals(rulesAlone(), applied(List.of(hunk)));
		assertEquals(Confidence.LOW, hunk.confidence());
		assertTrue(hunk.detail().contains("not proven: none of"), hunk.detail());
	}

	/** A budget of one: the rules' own repair, then one line redone once. */
	@Test
	void anExhaustedBudgetLeavesTheRulesResultAndConfidence() throws Exception {
		HunkResult hunk = fit(Fixtures.text("proof.patch"), preImage(), 1, () -> false);

		assertEquals(rulesAlone(), applied(List.of(hunk)));
		assertEquals(Confidence.LOW, hunk.confidence());
		assertTrue(hunk.detail().contains("not proven: none of 2 candidates"), hunk.detail());
	}

	@Test
	void aCancelledSearchLeavesTheRulesResult() throws Exception {
		HunkResult hunk = fit(Fixtures.text("proof.patch"), preImage(), BlobEvidence.DEFAULT_BUDGET, () -> true);

		assertEquals(rulesAlone(), applied(List.of(hunk)));
		assertTrue(hunk.detail().contains("(cancelled)"), hunk.detail());
	}

	/** Four hex digits would match one candidate in 65,536 by chance: not even the rules' own result is proven. */
	@Test
	void anIdTooShortProvesNothing() throws Exception {
		String patch = Fixtures.text("proof.patch").replace("index 60619e6..08adb9a", "index 6061..08ad");

		HunkResult hunk = fit(patch, preImage(), BlobEvidence.DEFAULT_BUDGET, () -> false);

		assertNotEquals(Confidence.CERTAIN, hunk.confidence());
		assertTrue(hunk.detail().contains("too short"), hunk.detail());
	}

	/** Applied in a repository, the report says which hunks the post-image id proved. */
	@Test
	void theApplyReportSaysProven() throws Exception {
		String patch = Damage.LEADING_WHITESPACE_STRIPPED.apply(Fixtures.text("proof.patch"));
		try (TestRepository repo = new TestRepository(folder, Map.of(PATH, Fixtures.text("proof_PreImage")))) {
			PatchSeries series = PatchReader.read().setSource("proof.patch", patch.getBytes(StandardCharsets.UTF_8))
					.call();
			ApplyResult result = ApplyCommand.on(repo.repository()).setSeries(series)
					.setCommitter(TestRepository.REVIEWER).call();

			ApplyReport report = result.reports().getFirst();
			assertTrue(report.isSuccess(), () -> report.getProblems().toString());
			assertEquals(Fixtures.text("proof_PostImage"), repo.read(result.head(), PATH));
			HunkReport hunk = report.getHunkReports().getFirst();
			assertEquals(Confidence.CERTAIN, hunk.getConfidence());
			assertTrue(hunk.getDetail().contains("proven by the post-image id " + POST_ID), hunk.getDetail());
		}
	}

	/**
	 * A new macro with its backslashes at column 72, a line added to a comment's indented list and a call
	 * continued two levels deeper: the rules guess all three wrong, and none of the authors' choices is the first
	 * alternative of its decision. Among 30 decisions, the three are found because the search tries first the
	 * departures at kinds of decision the rules often get wrong (a continuation, a macro's backslash, a comment's
	 * indented text) and last those at kinds they seldom do (a statement's indent, a plain gap).
	 */
	@Test
	void threeWrongGuessesAreFoundAmongTheLikeliestCandidates() throws Exception {
		for (HunkResult hunk : assertProven(RANKED, "ranked", BlobEvidence.DEFAULT_BUDGET, "d4dfa26d9a18"))
			assertEquals(Confidence.CERTAIN, hunk.confidence());
	}

	/**
	 * A new comment with two spaces after a sentence in a file whose comments put one, and a trailing comment
	 * aligned with blanks where no neighbour aligns one: the rules take one space for both and are sure of the
	 * first. Both are alternatives now, on two lines of one hunk. The two spaces make the comment a neighbour that
	 * aligns inside, so the lines after it offer more decisions than in the rules' run: decisions counted through
	 * the file would put the second departure on another one (8,290 candidates, none right); named by their line,
	 * the candidate that proves the repair comes among the first hundred, taken up mid-hunk from the rules' run.
	 */
	@Test
	void aSettledSentenceGapAndABlankAlignedCommentAreFound() throws Exception {
		for (HunkResult hunk : assertProven(SETTLED, "settled", BlobEvidence.DEFAULT_BUDGET, "de56fc8662ba"))
			assertEquals(Confidence.CERTAIN, hunk.confidence());
	}

	/**
	 * A new comment that puts two spaces after each of its three sentences, in a file whose comments put one: the
	 * rules take one space at each. Its author ends the sentences of one comment alike, so the comment's first
	 * sentence decides the others, and a budget of four candidates finds it; decided at each sentence apart, the
	 * author's text needs all three departures, a candidate beyond the first four.
	 */
	@Test
	void theSentencesOfOneCommentAreDecidedOnce() throws Exception {
		assertProven(HABIT, "habit", 4, "98e8b1b33f78");
	}

	/**
	 * A new struct whose four members stand one tab after their types, in a file whose struct above aligns its
	 * names three tab stops further: the rules align the new members with those. The struct's author chose one
	 * column for all its members, so the block decides it once at its first member, and two candidates find it;
	 * decided at each member apart, the author's text needs four departures.
	 */
	@Test
	void theMembersOfANewStructAreDecidedOnce() throws Exception {
		assertProven(MEMBERS, "memberblock", 2, "520a96c8d1d4");
	}

	/**
	 * A new comment whose two list items continue over three further lines, each under its item's text: the rules
	 * put one blank after the star. An author indents the items of one comment alike, so the first further line
	 * decides the others, and two candidates find it; decided at each line apart, the author's text needs three
	 * departures.
	 */
	@Test
	void theFurtherLinesOfAListItemAreDecidedOnce() throws Exception {
		assertProven(ITEMS, "listitem", 2, "7d1507977960");
	}

	/**
	 * Two new kernel-doc comments whose tags' further lines stand under the tag's text: the first comment's with
	 * spaces, the second's with tabs and then spaces. The rules put one blank after the star. Each comment decides
	 * at its first further line, and every later tag of it, wider or narrower, takes the same way to its own text:
	 * two departures. Decided as one gap for the comment, the narrower tag's line would be wrong.
	 */
	@Test
	void furtherLinesOfKernelDocTagsStandUnderEachTagsText() throws Exception {
		assertProven(ITEMS, "tagged", 8, "a03a16ed2d03");
	}

	/**
	 * A new member whose comment stands four spaces after it, where every neighbour puts one tab: no rule and no
	 * alternative of the rules gives that column. Once the alternatives are spent, the line's gaps are tried at other
	 * columns, and the one before the comment proves the repair.
	 */
	@Test
	void aCommentAtAColumnNoNeighbourShowsIsFoundByRedoingOneLine() throws Exception {
		assertProven(ONE_OFF, "oneoff", BlobEvidence.DEFAULT_BUDGET, "9acfe0273b3f");
	}

	/**
	 * A call whose two continuations both stand four spaces past the fourth tab stop, where the file aligns under
	 * the first argument: redone one line at a time, each variant leaves the other line wrong. The two lines' indents
	 * are alike (the same blanks from the rules, each before a parenthesis), so they are redone together.
	 */
	@Test
	void twoContinuationsAtOneNewColumnAreRedoneTogether() throws Exception {
		assertProven(ALIKE, "alike", BlobEvidence.DEFAULT_BUDGET, "8f6edce554b4");
	}

	/** The search for a one-off line stays within its budget: one candidate a phase finds nothing. */
	@Test
	void aOneOffLineIsNotFoundBeyondTheBudget() throws Exception {
		List<String> base = Fixtures.text("oneoff_PreImage").lines().toList();
		List<HunkResult> hunks = fit(ONE_OFF, Fixtures.text("oneoff.patch"), base, 1, () -> false);

		assertNotEquals(Fixtures.text("oneoff_PostImage").lines().toList(), applied(base, hunks));
		assertTrue(hunks.getFirst().detail().contains("not proven: none of 2 candidates"), hunks.getFirst().detail());
	}

	/**
	 * Repairs the fixture {@code name} (its patch damaged, against its pre-image) as the file {@code path}: the rules
	 * alone miss its post-image, the search within {@code budget} candidates reaches it, proven by the post-image id.
	 *
	 * @return the repaired hunks
	 */
	private static List<HunkResult> assertProven(String path, String name, int budget, String postImageId)
			throws Exception {
		String patch = Fixtures.text(name + ".patch");
		List<String> base = Fixtures.text(name + "_PreImage").lines().toList();
		List<String> post = Fixtures.text(name + "_PostImage").lines().toList();
		assertNotEquals(post, applied(base, FileRepair.fit(path, base, damaged(patch).hunks())));

		List<HunkResult> hunks = fit(path, patch, base, budget, () -> false);

		assertEquals(post, applied(base, hunks));
		for (HunkResult hunk : hunks)
			assertTrue(hunk.detail().contains("proven by the post-image id " + postImageId), hunk.detail());
		return hunks;
	}

	/** The fixture's only hunk, damaged as a web archive shows it and repaired against a base. */
	private static HunkResult fit(String patch, List<String> base, int budget, BooleanSupplier cancelled)
			throws Exception {
		List<HunkResult> hunks = fit(PATH, patch, base, budget, cancelled);
		assertEquals(1, hunks.size());
		return hunks.getFirst();
	}

	private static List<HunkResult> fit(String path, String patch, List<String> base, int budget,
			BooleanSupplier cancelled) throws Exception {
		FileDiff file = damaged(patch);
		String text = String.join("\n", base) + "\n";
		BlobEvidence evidence = BlobEvidence.of(file.oldBlob(), file.newBlob(), blobId(text), text,
				StandardCharsets.UTF_8, budget, cancelled);
		return FileRepair.fit(path, base, file.hunks(), evidence);
	}

	private static FileDiff damaged(String patch) throws Exception {
		String copied = Damage.LEADING_WHITESPACE_STRIPPED.apply(patch);
		return new DiffParser(List.of(copied.split("\n")), 1).parse().getFirst();
	}

	private static List<String> rulesAlone() throws Exception {
		return applied(FileRepair.fit(PATH, preImage(), damaged(Fixtures.text("proof.patch")).hunks()));
	}

	private static List<String> applied(List<HunkResult> hunks) throws Exception {
		return applied(preImage(), hunks);
	}

	private static List<String> applied(List<String> base, List<HunkResult> hunks) throws Exception {
		return RealSeedRepairTest.applied(base, hunks).stream().map(RealSeedRepairTest.Placed::text).toList();
	}

	private static List<String> preImage() {
		return Fixtures.text("proof_PreImage").lines().toList();
	}

	private static List<String> postImage() {
		return Fixtures.text("proof_PostImage").lines().toList();
	}

	private static ObjectId blobId(String text) {
		try (ObjectInserter.Formatter formatter = new ObjectInserter.Formatter()) {
			return formatter.idFor(Constants.OBJ_BLOB, text.getBytes(StandardCharsets.UTF_8));
		}
	}
}
