package org.faultline.patch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;

import org.faultline.model.patch.Confidence;
import org.faultline.model.patch.LineKind;
import org.faultline.patch.internal.DiffModel.Line;
import org.faultline.patch.internal.DiffParser;
import org.faultline.patch.internal.FileRepair;
import org.faultline.patch.internal.HunkResult;
import org.faultline.patch.tests.Fixtures.Damage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One fixture per rule of the whitespace repair, each damaged as a web archive damages a patch (leading
 * whitespace gone, runs of blanks collapsed) and repaired against its pre-image: the repaired hunks must give
 * the post-image exactly, with the confidence the rule can claim.
 */
class RepairRulesTest {

	@ParameterizedTest(name = "{0}")
	@CsvSource({
			// '*shadowp = p;' is code: the next line goes back to the level of the if it is the body of
			"deref, mm/deref.c, HIGH",
			// the archive keeps one blank for any indentation: a line shown without one stood at column 0
			"column0, mm/column0.h, HIGH",
			// an edited call keeps the alignment of the call it replaces, which no file-wide style gives
			"realign, mm/realign.c, LOW",
			// a line removed and added back reading the same changed only its whitespace: never borrowed
			"respaced, mm/respaced.c, LOW",
			// two spaces after a sentence as the nearest comment has them, though the file mixes both habits
			"sentences, mm/sentences.c, LOW",
			// a new member's name and comment at the columns its neighbours, of other types, align theirs to
			"members, mm/members.h, LOW" })
	void repairsToThePostImage(String fixture, String path, Confidence confidence) throws Exception {
		List<String> damaged = List.of(Damage.LEADING_WHITESPACE_STRIPPED.apply(Fixtures.text(fixture + ".patch")).split("\n"));
		List<HunkResult> hunks = FileRepair.fit(path, lines(fixture + "_PreImage"),
				new DiffParser(damaged, 1).parse().getFirst().hunks());

		assertEquals(lines(fixture + "_PostImage"), applied(lines(fixture + "_PreImage"), hunks));
		assertEquals(confidence, hunks.getFirst().confidence(), hunks.getFirst().detail());
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "respaced, mm/respaced.c" })
	void neverCertainOfAReindentedLine(String fixture, String path) throws Exception {
		List<String> damaged = List.of(Damage.LEADING_WHITESPACE_STRIPPED.apply(Fixtures.text(fixture + ".patch")).split("\n"));
		HunkResult hunk = FileRepair.fit(path, lines(fixture + "_PreImage"),
				new DiffParser(damaged, 1).parse().getFirst().hunks()).getFirst();

		assertNotEquals(Confidence.CERTAIN, hunk.confidence());
	}

	private static List<String> lines(String fixture) {
		return Fixtures.text(fixture).lines().toList();
	}

	/** The file with the repaired hunks applied, each where it fitted. */
	static List<String> applied(List<String> file, List<HunkResult> hunks) {
		List<String> out = new ArrayList<>();
		int next = 0;
		for (HunkResult hunk : hunks) {
			int start = hunk.repaired().oldCount() == 0 ? hunk.repaired().oldStart() : hunk.repaired().oldStart() - 1;
			out.addAll(file.subList(next, start));
			hunk.repaired().lines().stream().filter(l -> l.kind() != LineKind.REMOVED).map(Line::text).forEach(out::add);
			next = start + hunk.repaired().oldCount();
		}
		out.addAll(file.subList(next, file.size()));
		return out;
	}
}
