package org.faultline.patch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;

import org.faultline.model.patch.Confidence;
import org.faultline.patch.internal.DiffParser;
import org.faultline.patch.internal.FileRepair;
import org.faultline.patch.internal.HunkResult;
import org.faultline.patch.tests.Fixtures.Damage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One fixture per rule of the whitespace repair, each damaged as a web archive damages a patch (leading
 * whitespace gone, runs of blanks collapsed) and repaired against its pre-image: the repaired hunk must give
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
			// a line removed and added back reading the same changed only its whitespace: never borrowed, and
			// never certain
			"respaced, mm/respaced.c, LOW",
			// two spaces after a sentence as the nearest comment has them, though the file mixes both habits
			"sentences, mm/sentences.c, LOW",
			// a new member's name and comment at the columns its neighbours, of other types, align theirs to
			"members, mm/members.h, LOW",
			// after an enum's or an initializer's entry comes the next entry, at its indent
			"enum, mm/enum.h, HIGH",
			// a new member's name at the column of the members under it, the lines above aligning nothing
			"below, mm/below.h, LOW",
			// a new block of defines aligns its values one tab stop past its longest name, not at the column of
			// the block above, which its longest name passes
			"defines, mm/defines.h, LOW",
			// a new macro's backslashes at one column, the first tab stop past its longest line
			"macro, mm/macro.h, LOW",
			// the gaps inside a macro's parameter list are single blanks, whatever the neighbours align there
			"parameters, mm/parameters.h, LOW",
			// an enum's entries go on at one indent past the comments between them, never deeper
			"entries, mm/entries.h, HIGH",
			// the closing brace of an initializer ends its statement: what follows stands at the brace's indent
			"closed, mm/closed.c, HIGH",
			// a switch's labels at its own indent, one under the other, their statements a level deeper; a
			// label after a statement is a level less than it, which a braced case would break: guessed
			"labels, mm/labels.c, LOW",
			// an if whose condition's last line only closes its parenthesis still owns the next line
			"condition, mm/condition.c, HIGH",
			// a macro's body, seen from below, is part of its #define: the for loop it ends owns nothing
			"aftermacro, mm/aftermacro.h, HIGH",
			// a for_each macro owns its unbraced body like a for; after an unbraced if inside it, back to the loop's
			// indent
			"loops, mm/loops.c, HIGH",
			// a new macro's body indents as the code it expands to, its backslashes aside
			"macrobody, mm/macrobody.h, LOW",
			// the lines of a comment opened after a member stand under its opener's star
			"trailing, mm/trailing.h, LOW",
			// a gap is aligned with the same place of a neighbour only where both hold the same thing: not a
			// member's name where the removed line has its comment
			"shapes, mm/shapes.h, LOW",
			// an entry of an enum whose opener lies above the lines read: a long run of entries is a list
			"longlist, mm/longlist.h, HIGH",
			// the lines of a comment opened after a #define's value stand under its opener's star
			"defined, mm/defined.h, LOW",
			// a macro's line holding only its backslash is blank: the lines under it indent by the code above it
			"spacedmacro, mm/spacedmacro.h, LOW",
			// the next entry of an enum stands as the entry above, not as the first line of the run of entries
			// (here the second half of an entry split over two lines)
			"splitentry, mm/splitentry.h, LOW",
			// the gaps inside a declaration's type are single blanks, though a neighbour aligns a name there
			"typegaps, mm/typegaps.h, LOW",
			// a name whose type passes the column its neighbours align to stands one blank after it
			"passing, mm/passing.h, LOW",
			// a block of defines reaches its neighbours' column as they do, with a tab and blanks
			"tabsthenblanks, mm/tabsthenblanks.h, LOW",
			// the removed line an added line takes the place of shows where its trailing comment aligns
			"removedcomment, mm/removedcomment.h, LOW",
			// a macro whose line puts one blank before its backslash keeps that habit in its new lines
			"oneblank, mm/oneblank.h, LOW",
			// a comment after code ends where its neighbours' comments end, its words single-spaced though a
			// neighbour's tabs stand at the same place; an edited value keeps the comment after it
			"commentend, mm/commentend.h, LOW",
			// a block whose values its neighbours align with blanks alone, no tab, is aligned with blanks
			"blankaligned, mm/blankaligned.h, LOW",
			// one edit made to several words of a line (1 to 1UL) keeps the blanks between the words it left
			"sameedit, mm/sameedit.h, LOW",
			// a line split in two keeps the gaps between the words it kept, which its neighbours align otherwise
			"splitline, mm/splitline.h, LOW",
			// an entry split over two lines ends at its comma: the entries after it stand at the list's indent
			"entryafter, mm/entryafter.h, LOW",
			// a continuation with tabs short of the parenthesis still stands deeper than the line it continues
			"deeper, mm/deeper.c, LOW",
			// a removed comment line indented by one blank is what the archive leaves of any indentation: it does
			// not show that the hunk kept its whitespace, so the new defines are aligned, not taken as they read
			"onespace, mm/onespace.h, LOW" })
	void repairsToThePostImage(String fixture, String path, Confidence confidence) throws Exception {
		HunkResult hunk = repairedToThePostImage(fixture, path, Damage.LEADING_WHITESPACE_STRIPPED);

		assertEquals(confidence, hunk.confidence(), hunk.detail());
	}

	/**
	 * A mail client that strips tabs leaves a line indented by a tab and one space with one blank, as an archive
	 * leaves any indented line; the removed lines, stripped bare, show it was not an archive.
	 */
	@Test
	void strippedTabsProveNoColumnZero() throws Exception {
		HunkResult hunk = repairedToThePostImage("stripped", "mm/stripped.c", Damage.TABS_STRIPPED);

		assertNotEquals(Confidence.CERTAIN, hunk.confidence(), hunk.detail());
	}

	/** The fixture's patch damaged, repaired against its pre-image, and checked to give its post-image. */
	private static HunkResult repairedToThePostImage(String fixture, String path, Damage damage) throws Exception {
		String damaged = damage.apply(Fixtures.text(fixture + ".patch"));
		List<String> before = Fixtures.text(fixture + "_PreImage").lines().toList();
		List<HunkResult> hunks = FileRepair.fit(path, before,
				new DiffParser(List.of(damaged.split("\n")), 1).parse().getFirst().hunks());

		assertEquals(Fixtures.text(fixture + "_PostImage").lines().toList(),
				RealSeedRepairTest.applied(before, hunks).stream().map(RealSeedRepairTest.Placed::text).toList());
		return hunks.getFirst();
	}
}
