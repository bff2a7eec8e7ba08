package org.faultline.patch.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.eclipse.jgit.lib.ObjectId;
import org.faultline.patch.internal.DiffModel.Line;
import org.faultline.model.patch.LineKind;

/**
 * What the proof search tries once the rules' alternatives are spent (ADR 0056): the rules' repair with the
 * blanks of one added line redone, one gap at a time (its indent, or a run between two words) reaching another
 * column. Authors put a trailing comment, a column of a table in a comment or a continuation where no neighbour
 * and no rule puts it; such a one-off has no alternative among the rules', but where it is the only line the rules
 * got wrong, one of these variants has the post-image id. An author who departs so once often does so alike on
 * several lines (two spaces after each sentence of a new comment, one indent for the continuations of a call),
 * so each variant is also tried on every gap alike: with the same blanks from the rules, after the same character
 * and before a word of the same kind; and an indent on every added line whose text after it is the same. Likeliest
 * first: a gap as the file writes it (tabs, then spaces), near the column the rules chose, before spaces alone and
 * the rarer mixes.
 */
final class LineSearch {

	/** How far right of where it starts a gap may reach: the widest alignments seen in mm's headers. */
	private static final int REACH = 72;

	/** The dearest variant: spaces alone or a mix, {@link #REACH} columns away from the rules' column. */
	private static final int MAX_COST = 4 * 2 + REACH / Spacing.TAB_WIDTH;

	/** Longer lines are not redone: the kernel's are under a hundred columns, and each gap is a candidate. */
	private static final int LONGEST_LINE = 512;

	/**
	 * Bytes hashed per candidate allowed, on average: a file of a few hundred kilobytes (mm/page_alloc.c is 210)
	 * gets its whole budget of candidates, a huge one fewer, so that the time stays bounded whatever its size.
	 */
	private static final long BYTES_PER_TRY = 256 * 1024;

	/**
	 * A run of blanks of an added line, or its indent (possibly empty), as the rules repaired it.
	 *
	 * @param hunk the hunk's index among the file's results
	 * @param line the line's index among the hunk's repaired lines
	 * @param start where the blanks start in the line's text
	 * @param end where they end
	 * @param from the column they start at
	 */
	private record Gap(int hunk, int line, int start, int end, int from, String text) {

		boolean indent() {
			return start == 0;
		}

		String blanks() {
			return text.substring(start, end);
		}

		/** Gaps alike are redone alike: the same blanks, after the same character, before a word of the same kind. */
		String alike() {
			return blanks() + '\0' + (indent() ? "" : text.charAt(start - 1)) + '\0' + kind(end);
		}

		/** Indents are redone alike on lines that read the same after them. */
		String sameLine() {
			return indent() ? text.substring(end) : null;
		}

		private String kind(int at) {
			if (at >= text.length())
				return "";
			char c = text.charAt(at);
			return Character.isLowerCase(c) || Character.isDigit(c) ? "a" : c == '*' || c == '\\' ? "" + c : "A";
		}
	}

	private LineSearch() {
	}

	/**
	 * @param results the rules' repair of one file, every hunk fitted
	 * @param image the file's post-image
	 * @param wanted whether a post-image id is the author's
	 * @param tries how many post-images it may hash
	 * @param hashed the ids hashed so far by the search, which it adds to; one hashed before is no new try
	 * @param cancelled asked between tries
	 * @return the results with the lines that give the wanted id, if some do within the tries
	 */
	static Optional<List<HunkResult>> search(List<HunkResult> results, PostImage image, Predicate<ObjectId> wanted,
			long tries, Set<ObjectId> hashed, BooleanSupplier cancelled) {
		List<Gap> gaps = gaps(results);
		Map<String, List<Gap>> alike = gaps.stream().collect(Collectors.groupingBy(Gap::alike));
		Map<String, List<Gap>> sameLine = gaps.stream().filter(Gap::indent)
				.collect(Collectors.groupingBy(Gap::sameLine));
		int start = hashed.size();
		long bytes = image.hashedBytes() + tries * BYTES_PER_TRY;
		// cost by cost, so that only the variants tried are ever made
		for (int cost = 0; cost <= MAX_COST; cost++) {
			PostImage.Around around = null;
			Gap at = null;
			for (Gap gap : gaps) {
				List<String> choices = blanks(gap, cost);
				if (choices.isEmpty())
					continue;
				List<List<Gap>> groups = new ArrayList<>(List.of(List.of(gap)));
				for (List<Gap> group : gap.indent() ? List.of(alike.get(gap.alike()), sameLine.get(gap.sameLine()))
						: List.of(alike.get(gap.alike())))
					if (group.size() > 1 && !groups.contains(group))
						groups.add(group);
				for (String blanks : choices)
					for (List<Gap> group : groups) {
						if (hashed.size() - start >= tries || image.hashedBytes() > bytes || cancelled.getAsBoolean())
							return Optional.empty();
						ObjectId id;
						List<HunkResult> redone = null;
						if (group.size() == 1) {
							if (at == null || at.hunk() != gap.hunk() || at.line() != gap.line())
								around = image.around(results, gap.hunk(), gap.line());
							at = gap;
							id = around.id(redone(gap, blanks));
						} else
							id = image.id(redone = redone(results, group, blanks));
						if (hashed.add(id) && wanted.test(id))
							return Optional.of(redone != null ? redone : redone(results, group, blanks));
					}
			}
		}
		return Optional.empty();
	}

	/** The gaps of every added line, in order. */
	private static List<Gap> gaps(List<HunkResult> results) {
		List<Gap> gaps = new ArrayList<>();
		for (int h = 0; h < results.size(); h++) {
			List<Line> lines = results.get(h).repaired().lines();
			for (int l = 0; l < lines.size(); l++) {
				if (lines.get(l).kind() != LineKind.ADDED)
					continue;
				String text = lines.get(l).text();
				if (text.length() > LONGEST_LINE)
					continue;
				int i = 0;
				int column = 0;
				while (i < text.length()) {
					int gapStart = i;
					int from = column;
					for (; i < text.length() && Spacing.isBlank(text.charAt(i)); i++)
						column = text.charAt(i) == '\t' ? tabStop(column, 1) : column + 1;
					if (i < text.length() && (i > gapStart || gapStart == 0))
						gaps.add(new Gap(h, l, gapStart, i, from, text));
					for (; i < text.length() && !Spacing.isBlank(text.charAt(i)); i++)
						column++;
				}
			}
		}
		return gaps;
	}

	private static String redone(Gap gap, String blanks) {
		return gap.text().substring(0, gap.start()) + blanks + gap.text().substring(gap.end());
	}

	/** The results with every gap of the group made of these blanks. */
	private static List<HunkResult> redone(List<HunkResult> results, List<Gap> group, String blanks) {
		List<HunkResult> out = new ArrayList<>(results);
		Map<Integer, Map<Integer, List<Gap>>> byLine = group.stream().collect(
				Collectors.groupingBy(Gap::hunk, Collectors.groupingBy(Gap::line)));
		byLine.forEach((h, lines) -> {
			List<Line> repaired = new ArrayList<>(out.get(h).repaired().lines());
			lines.forEach((l, inLine) -> {
				StringBuilder text = new StringBuilder(repaired.get(l).text());
				// from the right, so that the places of the gaps left of one stay
				inLine.stream().sorted(Comparator.comparingInt(Gap::start).reversed())
						.forEach(g -> text.replace(g.start(), g.end(), blanks));
				repaired.set(l, repaired.get(l).withText(text.toString()));
			});
			out.set(h, out.get(h).withRepaired(out.get(h).repaired().withLines(repaired)));
		});
		return out;
	}

	/** Blanks that make a gap, and how unlikely they are: 0 for the kernel's way, 1 for spaces alone, 2 a mix. */
	private record Respaced(String text, int cost) {
	}

	/**
	 * The blanks that make a gap reach another column and cost {@code cost}: four times what the blanks cost
	 * ({@link #ways}) and how many tab stops the column is from the one the rules chose.
	 */
	private static List<String> blanks(Gap gap, int cost) {
		List<String> out = new ArrayList<>();
		int had = Spacing.column(gap.blanks(), gap.from());
		for (int to = gap.indent() ? gap.from() : gap.from() + 1; to <= gap.from() + REACH; to++)
			if (Math.abs(to - had) / Spacing.TAB_WIDTH <= cost)
				for (Respaced way : ways(gap.from(), to))
					if (4 * way.cost() + Math.abs(to - had) / Spacing.TAB_WIDTH == cost
							&& !way.text().equals(gap.blanks()))
						out.add(way.text());
		return out;
	}

	/** The ways blanks starting at column {@code from} reach column {@code to}, the kernel's own first. */
	private static List<Respaced> ways(int from, int to) {
		List<Respaced> gaps = new ArrayList<>();
		int tabs = 0;
		while (tabStop(from, tabs + 1) <= to)
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
}
