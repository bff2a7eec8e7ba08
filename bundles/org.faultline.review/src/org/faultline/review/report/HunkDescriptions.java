package org.faultline.review.report;

import java.util.Locale;

import org.faultline.model.patch.HunkReport;

/** One hunk's outcome as a line of the report: exact / offset N / whitespace-repaired (...) / failed (...). */
public final class HunkDescriptions {

	private HunkDescriptions() {
	}

	public static String describe(HunkReport hunk) {
		String sure = " [" + hunk.getConfidence().getLiteral().toLowerCase(Locale.ROOT) + "]";
		String detail = hunk.getDetail() == null || hunk.getDetail().isEmpty() ? "" : ": " + hunk.getDetail();
		return switch (hunk.getOutcome()) {
			case EXACT -> "exact at line " + hunk.getAppliedAtLine() + detail;
			case OFFSET -> "offset " + signed(hunk.getOffset()) + " at line " + hunk.getAppliedAtLine() + detail;
			case WHITESPACE_REPAIRED -> "whitespace-repaired at line " + hunk.getAppliedAtLine() + " (offset "
					+ signed(hunk.getOffset()) + ")" + detail + sure;
			case FAILED -> "failed" + detail;
		};
	}

	private static String signed(int offset) {
		return offset > 0 ? "+" + offset : Integer.toString(offset);
	}
}
