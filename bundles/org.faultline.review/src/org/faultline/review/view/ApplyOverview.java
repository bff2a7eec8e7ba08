package org.faultline.review.view;

import java.util.ArrayList;
import java.util.List;

import org.faultline.model.patch.ApplyReport;
import org.faultline.model.patch.Diffstat;
import org.faultline.model.patch.HunkOutcome;
import org.faultline.model.patch.HunkReport;
import org.faultline.model.patch.PatchMail;
import org.faultline.model.patch.PatchProblem;
import org.faultline.model.patch.Trailer;

/**
 * What the Overview shows of the patch and how it applied: header, series position, trailers, the declared and
 * the real diffstat, and one badge per hunk (exact, offset N, whitespace-repaired with its confidence, failed with
 * why).
 */
public final class ApplyOverview {

	/** A hunk's line: where, its badge, and for a failed hunk what was found instead. */
	public record HunkLine(String patch, String where, HunkOutcome outcome, String badge, String explanation) {

		public boolean failed() {
			return outcome == HunkOutcome.FAILED;
		}
	}

	private ApplyOverview() {
	}

	/** "Author <address>, date" and the series position, e.g. "patch 4 of 5, v2". */
	public static String from(PatchMail patch) {
		return patch.getAuthorName() + " <" + patch.getAuthorAddress() + ">"
				+ (patch.getDateText() == null ? "" : ", " + patch.getDateText());
	}

	public static String seriesPosition(PatchMail patch) {
		if (patch.getSeriesTotal() <= 0)
			return "single patch";
		return "patch " + patch.getSeriesIndex() + " of " + patch.getSeriesTotal()
				+ (patch.getSeriesVersion() > 1 ? ", v" + patch.getSeriesVersion() : "");
	}

	public static List<String> trailers(PatchMail patch) {
		List<String> out = new ArrayList<>();
		for (Trailer t : patch.getTrailers())
			out.add(t.getKey() + ": " + t.getValue());
		return out;
	}

	/** "2 files, 101 insertions(+), 134 deletions(-)", or "none" for a diffstat that is not there. */
	public static String diffstat(Diffstat stat) {
		if (stat == null)
			return "none";
		return stat.getFilesChanged() + (stat.getFilesChanged() == 1 ? " file, " : " files, ") + stat.getInsertions()
				+ " insertions(+), " + stat.getDeletions() + " deletions(-)";
	}

	/** Whether what applied changed what the mail says it changes. */
	public static boolean diffstatsAgree(Diffstat declared, Diffstat applied) {
		return declared == null || applied == null || declared.getFilesChanged() == applied.getFilesChanged()
				&& declared.getInsertions() == applied.getInsertions() && declared.getDeletions() == applied.getDeletions();
	}

	/** Every hunk of every patch applied, in order. */
	public static List<HunkLine> hunks(List<ApplyReport> reports) {
		List<HunkLine> out = new ArrayList<>();
		for (ApplyReport report : reports) {
			String patch = report.getPatch() == null ? "" : report.getPatch().getSubject();
			for (HunkReport h : report.getHunkReports())
				out.add(new HunkLine(patch, h.getPath() + " hunk " + h.getHunkIndex()
						+ (h.getAppliedAtLine() > 0 ? " at line " + h.getAppliedAtLine() : ""), h.getOutcome(), badge(h),
						h.getOutcome() == HunkOutcome.FAILED ? h.getDetail() : ""));
		}
		return out;
	}

	/** The problems applying met that are not about one hunk (and those that are, named). */
	public static List<String> problems(List<ApplyReport> reports) {
		List<String> out = new ArrayList<>();
		for (ApplyReport report : reports)
			for (PatchProblem p : report.getProblems())
				out.add(p.getSeverity().getLiteral().toLowerCase() + ": " + p.getMessage());
		return out;
	}

	static String badge(HunkReport h) {
		return switch (h.getOutcome()) {
		case EXACT -> "exact";
		case OFFSET -> "offset " + (h.getOffset() > 0 ? "+" : "") + h.getOffset();
		case WHITESPACE_REPAIRED -> "whitespace-repaired, " + h.getConfidence().getLiteral().toLowerCase()
				+ " confidence (" + h.getRepairedLines() + " lines)";
		case FAILED -> "failed";
		};
	}
}
