package org.faultline.cli.internal;

import java.util.List;

import org.faultline.cli.Faultline;
import org.faultline.review.report.ReviewReport;
import org.faultline.review.report.ReviewReport.FindingChange.Change;
import org.faultline.review.report.ReviewReport.Verdict;

/** How the command line states a review's verdict: a word, a sentence, counts, and its exit code. */
final class Verdicts {

	private Verdicts() {
	}

	/** @param incomplete whether some run reached what the engine does not know: then no change is not clean */
	static int exitCode(Verdict verdict, boolean incomplete) {
		return switch (verdict) {
		case NO_CHANGE_IN_FINDINGS -> incomplete ? Faultline.EXIT_INCOMPLETE : Faultline.EXIT_OK;
		case FIXES_FINDINGS -> Faultline.EXIT_FIXES;
		case NEW_FINDINGS -> Faultline.EXIT_NEW_FINDINGS;
		case DOES_NOT_APPLY -> Faultline.EXIT_PROBLEM;
		};
	}

	/** A fixed-width word for a series' summary lines. */
	static String tag(Verdict verdict) {
		return switch (verdict) {
		case NO_CHANGE_IN_FINDINGS -> "same    ";
		case FIXES_FINDINGS -> "fixes   ";
		case NEW_FINDINGS -> "NEW     ";
		case DOES_NOT_APPLY -> "no apply";
		};
	}

	static String sentence(ReviewReport report) {
		return switch (report.verdict()) {
		case NO_CHANGE_IN_FINDINGS -> "no scenario finds anything on one version that it does not find on the other";
		case FIXES_FINDINGS -> "the patch fixes " + count(report, Change.FIXED, "finding")
				+ " of the old version and brings none (exit " + Faultline.EXIT_FIXES + ")";
		case NEW_FINDINGS -> "the new version has " + count(report, Change.NEW, "finding")
				+ " the old one did not (exit " + Faultline.EXIT_NEW_FINDINGS + ")";
		case DOES_NOT_APPLY -> "the patch does not apply; nothing else was reviewed (exit " + Faultline.EXIT_PROBLEM + ")";
		};
	}

	/** Which runs are incomplete and what they reached, or null when every run is complete. */
	static String incomplete(ReviewReport report) {
		List<String> runs = report.incompleteRuns();
		if (runs.isEmpty())
			return null;
		int all = 2 * report.scenarios().size();
		return "Incomplete: " + runs.size() + " of " + all + " runs reached what the engine does not know ("
				+ String.join(", ", report.unknown()) + "); for them no finding is not the kernel's word: "
				+ String.join(", ", runs);
	}

	/** Findings fixed, new and kept, functions changed, scenarios that differ. */
	static String counts(ReviewReport report) {
		if (report.diff() == null)
			return report.patches().isEmpty() || report.patches().getLast().applied() ? ""
					: report.patches().getLast().failure();
		long differing = report.scenarios().stream().filter(s -> !s.same()).count();
		return count(report, Change.FIXED, "fixed") + ", " + count(report, Change.NEW, "new") + ", "
				+ count(report, Change.KEPT, "kept") + "; " + report.functions().size() + " functions changed; "
				+ differing + " of " + report.scenarios().size() + " scenarios differ";
	}

	private static String count(ReviewReport report, Change change, String what) {
		long n = report.findings().stream().filter(f -> f.change() == change).count();
		return n + " " + what + (what.equals("finding") && n != 1 ? "s" : "");
	}
}
