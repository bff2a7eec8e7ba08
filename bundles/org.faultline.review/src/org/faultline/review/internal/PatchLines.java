package org.faultline.review.internal;

import java.util.ArrayList;
import java.util.List;

import org.faultline.model.patch.ApplyReport;
import org.faultline.model.patch.FileDiff;
import org.faultline.model.patch.Hunk;
import org.faultline.model.patch.HunkLine;
import org.faultline.model.patch.HunkReport;
import org.faultline.model.patch.LineKind;
import org.faultline.model.review.Review;
import org.faultline.model.review.Side;

/**
 * The hunks of the reviewed patch with, for each of their lines, the line of the before and the after file it
 * shows. The numbers come from where each hunk really applied (its report's {@code appliedAtLine}), not from its
 * header, so a hunk that applied at an offset or after whitespace repair still maps to the right lines.
 */
public final class PatchLines {

	/**
	 * One line of a hunk.
	 *
	 * @param beforeLine
	 *            1-based line of the before file it is, 0 when it is not on that side (or that side is unknown)
	 * @param afterLine
	 *            the same for the after file
	 */
	public record Row(int hunk, int index, HunkLine line, int beforeLine, int afterLine) {

		public int line(Side side) {
			return side == Side.BEFORE ? beforeLine : afterLine;
		}

		/** The line as a diff shows it, with its marker. */
		public String marked() {
			return switch (line.getKind()) {
				case ADDED -> "+";
				case REMOVED -> "-";
				case CONTEXT -> " ";
			} + line.getText();
		}
	}

	/** A hunk in patch order ({@code number} 0-based over all files), with its rows. */
	public record PatchHunk(int number, Hunk hunk, List<Row> rows) {

		public String path(Side side) {
			FileDiff file = hunk.getFileDiff();
			return side == Side.BEFORE ? file.getOldPath() : file.getNewPath();
		}

		public String header() {
			String section = hunk.getSection() == null || hunk.getSection().isEmpty() ? "" : " " + hunk.getSection();
			return "@@ -" + hunk.getOldStart() + "," + hunk.getOldCount() + " +" + hunk.getNewStart() + ","
					+ hunk.getNewCount() + " @@" + section;
		}
	}

	/** A line range of one side's file. */
	public record Range(Side side, String path, int first, int last) {
	}

	private final List<PatchHunk> hunks;

	private PatchLines(List<PatchHunk> hunks) {
		this.hunks = List.copyOf(hunks);
	}

	/**
	 * The lines of the review's patch, the last one applied. When the review covers several patches of a series,
	 * the before file is the series' base, which the last patch's old side does not show: only after lines are
	 * numbered then.
	 *
	 * @throws IllegalArgumentException when the review has no applied patch
	 */
	public static PatchLines of(Review review) {
		if (review.getApplyReports().isEmpty())
			throw new IllegalArgumentException("the review has no patch");
		ApplyReport report = review.getApplyReports().getLast();
		boolean knowsBefore = review.getApplyReports().size() == 1;
		boolean reverse = report.isReverse();
		List<PatchHunk> hunks = new ArrayList<>();
		FileDiff file = null;
		int delta = 0;
		for (HunkReport hunkReport : report.getHunkReports()) {
			Hunk hunk = hunkReport.getHunk();
			if (hunk.getFileDiff() != file) {
				file = hunk.getFileDiff();
				delta = 0;
			}
			// appliedAtLine is where the applied old side starts in the file the patch went onto; earlier hunks
			// of the file moved the new side by what they added and removed
			int before = hunkReport.getAppliedAtLine();
			int after = before + delta;
			List<Row> rows = new ArrayList<>();
			for (HunkLine line : hunk.getLines()) {
				LineKind kind = line.getKind();
				boolean onBefore = kind == LineKind.CONTEXT || kind == (reverse ? LineKind.ADDED : LineKind.REMOVED);
				boolean onAfter = kind == LineKind.CONTEXT || kind == (reverse ? LineKind.REMOVED : LineKind.ADDED);
				rows.add(new Row(hunks.size(), rows.size(), line, onBefore && knowsBefore ? before : 0,
						onAfter ? after : 0));
				before += onBefore ? 1 : 0;
				after += onAfter ? 1 : 0;
				delta += (onAfter ? 1 : 0) - (onBefore ? 1 : 0);
			}
			hunks.add(new PatchHunk(hunks.size(), hunk, rows));
		}
		return new PatchLines(hunks);
	}

	public List<PatchHunk> hunks() {
		return hunks;
	}

	/**
	 * The rows of one hunk that show lines {@code first} to {@code last} of a side's file, from the first to the
	 * last of them (with the other side's lines between); empty when no single hunk shows all of them.
	 */
	public List<Row> rowsShowing(Range range) {
		for (PatchHunk hunk : hunks) {
			if (!range.path().equals(hunk.path(range.side())))
				continue;
			int start = -1;
			int end = -1;
			for (Row row : hunk.rows()) {
				int line = row.line(range.side());
				if (line == range.first())
					start = row.index();
				if (line == range.last())
					end = row.index();
			}
			if (start >= 0 && end >= start)
				return hunk.rows().subList(start, end + 1);
		}
		return List.of();
	}

	/**
	 * The range a reader takes quoted rows to be about: their after lines when they show any (a reviewer reads
	 * the result), else their before lines; null when they show neither (or the side is not numbered).
	 */
	public Range rangeOf(List<Row> rows) {
		List<Row> after = rows.stream().filter(r -> r.afterLine() > 0).toList();
		if (!after.isEmpty())
			return range(Side.AFTER, after);
		List<Row> before = rows.stream().filter(r -> r.beforeLine() > 0).toList();
		return before.isEmpty() ? null : range(Side.BEFORE, before);
	}

	private Range range(Side side, List<Row> rows) {
		return new Range(side, hunks.get(rows.getFirst().hunk()).path(side), rows.getFirst().line(side),
				rows.getLast().line(side));
	}
}
