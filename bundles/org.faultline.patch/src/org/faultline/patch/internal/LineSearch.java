package org.faultline.patch.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import org.eclipse.jgit.lib.ObjectId;
import org.faultline.patch.internal.DiffModel.Line;
import org.faultline.model.patch.LineKind;

/**
 * What the proof search tries once the rules' alternatives are spent (ADR 0056): the rules' repair with the
 * blanks of one added line redone, one gap at a time (its indent, or a run between two words) reaching another
 * column. Authors put a trailing comment, a column of a table in a comment or a continuation where no neighbour
 * and no rule puts it; such a one-off has no alternative among the rules', but where it is the only line the rules
 * got wrong, one of these variants has the post-image id. Likeliest first: a gap as the file writes it (tabs, then
 * spaces), near the column the rules chose, before spaces alone and the rarer mixes.
 */
final class LineSearch {

	/** How far right of where it starts a gap may reach: the widest alignments seen in mm's headers. */
	private static final int REACH = 72;

	/** The dearest variant: spaces alone or a mix, {@link #REACH} columns away from the rules' column. */
	private static final int MAX_COST = 4 * 2 + REACH / Spacing.TAB_WIDTH;

	private LineSearch() {
	}

	/**
	 * @param results the rules' repair of one file, every hunk fitted
	 * @param image the file's post-image
	 * @param wanted whether a post-image id is the author's
	 * @param tries how many post-images it may hash
	 * @param hashed the ids hashed so far by the search, which it adds to; one hashed before is no new try
	 * @param cancelled asked between tries
	 * @return the results with the one line that gives the wanted id, if one does within the tries
	 */
	static Optional<List<HunkResult>> search(List<HunkResult> results, PostImage image, Predicate<ObjectId> wanted,
			long tries, Set<ObjectId> hashed, BooleanSupplier cancelled) {
		int start = hashed.size();
		// cost by cost, so that only the variants tried are ever made
		for (int cost = 0; cost <= MAX_COST; cost++)
			for (int h = 0; h < results.size(); h++) {
				List<Line> lines = results.get(h).repaired().lines();
				for (int l = 0; l < lines.size(); l++) {
					if (lines.get(l).kind() != LineKind.ADDED)
						continue;
					PostImage.Around around = null;
					for (String text : respaced(lines.get(l).text(), cost)) {
						if (hashed.size() - start >= tries || cancelled.getAsBoolean())
							return Optional.empty();
						around = around != null ? around : image.around(results, h, l);
						ObjectId id = around.id(text);
						if (hashed.add(id) && wanted.test(id))
							return Optional.of(replaced(results, h, l, text));
					}
				}
			}
		return Optional.empty();
	}

	private static List<HunkResult> replaced(List<HunkResult> results, int hunk, int line, String text) {
		List<HunkResult> out = new ArrayList<>(results);
		HunkResult result = results.get(hunk);
		List<Line> lines = new ArrayList<>(result.repaired().lines());
		lines.set(line, lines.get(line).withText(text));
		out.set(hunk, result.withRepaired(result.repaired().withLines(lines)));
		return out;
	}

	/** Blanks that make a gap, and how unlikely they are: 0 for the kernel's way, 1 for spaces alone, 2 a mix. */
	private record Respaced(String text, int cost) {
	}

	/**
	 * The texts of a line with one of its gaps (the indent, or a run of blanks between two words) reaching another
	 * column that cost {@code cost}: four times what the blanks cost ({@link #gaps}) and how many tab stops the
	 * column is from the one the line had.
	 */
	static List<String> respaced(String line, int cost) {
		List<String> out = new ArrayList<>();
		int i = 0;
		while (i <= line.length()) {
			int gapStart = i;
			while (i < line.length() && isBlank(line.charAt(i)))
				i++;
			int gapEnd = i;
			boolean indent = gapStart == 0;
			if (gapEnd > gapStart || indent && gapEnd < line.length()) {
				String head = line.substring(0, gapStart);
				String tail = line.substring(gapEnd);
				int from = Spacing.column(head, 0);
				int had = Spacing.column(line.substring(gapStart, gapEnd), from);
				for (int to = indent ? from : from + 1; to <= from + REACH; to++)
					for (Respaced gap : gaps(from, to))
						if (4 * gap.cost() + Math.abs(to - had) / Spacing.TAB_WIDTH == cost) {
							String text = head + gap.text() + tail;
							if (!text.equals(line))
								out.add(text);
						}
			}
			while (i < line.length() && !isBlank(line.charAt(i)))
				i++;
			if (i == line.length())
				break;
		}
		return out;
	}

	/** The ways blanks starting at column {@code from} reach column {@code to}, the kernel's own first. */
	private static List<Respaced> gaps(int from, int to) {
		List<Respaced> gaps = new ArrayList<>();
		int tabs = 0;
		for (int at = from; (at / Spacing.TAB_WIDTH + 1) * Spacing.TAB_WIDTH <= to; at = (at / Spacing.TAB_WIDTH + 1) * Spacing.TAB_WIDTH)
			tabs++;
		// tabs then spaces: the most tabs first (the kernel's way), down to spaces alone
		for (int t = tabs; t >= 0; t--) {
			int column = tabStop(from, t);
			gaps.add(new Respaced("\t".repeat(t) + " ".repeat(to - column), t == tabs ? 0 : t == 0 ? 1 : 2));
		}
		// a space before the tabs, as a gap widened by tabs after a space that was there
		if (tabs > 0 && tabStop(from + 1, tabs) == to && from + 1 < to && (from + 1) % Spacing.TAB_WIDTH != 0)
			gaps.add(new Respaced(" " + "\t".repeat(tabs), 2));
		return gaps;
	}

	/** The column {@code tabs} tabs reach from column {@code from}. */
	private static int tabStop(int from, int tabs) {
		int at = from;
		for (int t = 0; t < tabs; t++)
			at = (at / Spacing.TAB_WIDTH + 1) * Spacing.TAB_WIDTH;
		return at;
	}

	private static boolean isBlank(char c) {
		return c == ' ' || c == '\t';
	}
}
