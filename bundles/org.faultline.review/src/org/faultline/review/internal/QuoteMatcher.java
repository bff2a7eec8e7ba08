package org.faultline.review.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.faultline.review.internal.PatchLines.PatchHunk;
import org.faultline.review.internal.PatchLines.Row;

/**
 * Finds which lines of the patch a quoted stretch of a reply shows, by their text. Mail clients and archives
 * change whitespace (the seed itself lost all of it) and people delete lines from a quote without saying so,
 * so lines are compared without whitespace and a stretch may skip rows of its hunk; every line with text must
 * be found, in order, within one hunk. Of the places that fit, the tightest wins, then one in the hunk whose
 * header was quoted last, then the first after the previous stretch.
 */
public final class QuoteMatcher {

	private static final Pattern WHITESPACE = Pattern.compile("\\s+");

	private final PatchLines patch;

	public QuoteMatcher(PatchLines patch) {
		this.patch = patch;
	}

	/**
	 * @param quoted
	 *            the stretch's lines without their quote marks
	 * @param hintHunk
	 *            the hunk whose header the reply quoted last, or -1
	 * @param previous
	 *            the last row of the previous stretch, or null
	 * @return the rows, or empty when the stretch is not in the patch (or has no line with text)
	 */
	public List<Row> match(List<String> quoted, int hintHunk, Row previous) {
		List<String> wanted = quoted.stream().map(QuoteMatcher::squash).toList();
		if (wanted.stream().allMatch(String::isEmpty))
			return List.of();
		List<Row> best = List.of();
		for (PatchHunk hunk : patch.hunks()) {
			for (int start = 0; start < hunk.rows().size(); start++) {
				List<Row> rows = matchFrom(hunk.rows(), start, wanted);
				if (!rows.isEmpty() && (best.isEmpty() || better(rows, best, hintHunk, previous)))
					best = rows;
			}
		}
		return best;
	}

	/** The rows from {@code start} on that show the wanted lines in order; empty when a line with text is missing. */
	private static List<Row> matchFrom(List<Row> rows, int start, List<String> wanted) {
		List<Row> found = new ArrayList<>();
		int next = start;
		for (String line : wanted) {
			if (line.isEmpty()) {
				// a blank quoted line is only the next row if that is blank: clients add and drop them freely
				if (next < rows.size() && squash(rows.get(next).marked()).isEmpty())
					found.add(rows.get(next++));
				continue;
			}
			while (next < rows.size() && !squash(rows.get(next).marked()).equals(line))
				next++;
			if (next == rows.size())
				return List.of();
			if (found.isEmpty() && next != start)
				return List.of();
			found.add(rows.get(next++));
		}
		return found;
	}

	private static boolean better(List<Row> candidate, List<Row> best, int hintHunk, Row previous) {
		int span = span(candidate);
		if (span != span(best))
			return span < span(best);
		boolean hinted = candidate.getFirst().hunk() == hintHunk;
		if (hinted != (best.getFirst().hunk() == hintHunk))
			return hinted;
		boolean following = follows(candidate.getFirst(), previous);
		return following && !follows(best.getFirst(), previous);
	}

	private static int span(List<Row> rows) {
		return rows.getLast().index() - rows.getFirst().index();
	}

	private static boolean follows(Row row, Row previous) {
		return previous == null || row.hunk() > previous.hunk()
				|| row.hunk() == previous.hunk() && row.index() > previous.index();
	}

	/** A line without any whitespace: what survives any mangling; a context line's blank marker goes with it. */
	static String squash(String line) {
		return WHITESPACE.matcher(line).replaceAll("");
	}
}
