package org.faultline.patch.internal;

import org.faultline.model.patch.Confidence;
import org.faultline.model.patch.HunkOutcome;
import org.faultline.patch.internal.DiffModel.Hunk;

/**
 * How one hunk fitted its file.
 *
 * @param hunkIndex
 *            1-based within its file
 * @param offset
 *            lines between the header's old start and where it fitted
 * @param appliedAtLine
 *            1-based line of the file where its old side starts (for a failed hunk: the best candidate)
 * @param repairedLines
 *            context and removed lines whose text was taken from the file
 * @param reindentedLines
 *            added lines given the file's indentation
 * @param detail
 *            what a person should know: for a failed hunk the best candidate and the first differing line
 * @param repaired
 *            the hunk as it applies exactly, or null when it failed
 */
public record HunkResult(String path, int hunkIndex, HunkOutcome outcome, int offset, int appliedAtLine,
		int repairedLines, int reindentedLines, Confidence confidence, String detail, Hunk original, Hunk repaired) {

	public boolean failed() {
		return outcome == HunkOutcome.FAILED;
	}

	/** This result with other repaired lines. */
	HunkResult withRepaired(Hunk lines) {
		return new HunkResult(path, hunkIndex, outcome, offset, appliedAtLine, repairedLines, reindentedLines,
				confidence, detail, original, lines);
	}

	/** This result with another confidence, and what it rests on added to its detail. */
	HunkResult with(Confidence sureness, String note) {
		return new HunkResult(path, hunkIndex, outcome, offset, appliedAtLine, repairedLines, reindentedLines,
				sureness, detail.isEmpty() ? note : detail + "; " + note, original, repaired);
	}
}
