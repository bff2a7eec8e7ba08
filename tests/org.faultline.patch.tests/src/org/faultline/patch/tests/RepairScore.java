package org.faultline.patch.tests;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.faultline.model.patch.Confidence;
import org.faultline.model.patch.LineKind;
import org.faultline.patch.internal.DiffModel.FileDiff;
import org.faultline.patch.internal.DiffModel.Hunk;
import org.faultline.patch.internal.DiffModel.Line;
import org.faultline.patch.internal.DiffParser;
import org.faultline.patch.internal.FileRepair;
import org.faultline.patch.internal.HunkResult;
import org.faultline.patch.internal.PatchInputException;

/**
 * Damages patches as a web archive does, repairs them against their base file and counts how many come back
 * byte for byte, and how many lines of hunks the repair called certain are wrong.
 */
final class RepairScore {

	private int patches;

	private int exact;

	private int unreadable;

	private int addedLines;

	private int addedLinesWrong;

	private int certainLinesWrong;

	private final List<String> examples = new ArrayList<>();

	/** Scores one patch of a single file; {@code diff} is its exact text. */
	void score(String path, String base, List<String> diff) throws PatchInputException {
		patches++;
		List<Hunk> original = onlyFile(new DiffParser(diff, 1).parse()).hunks();
		List<Hunk> damaged;
		try {
			List<String> copied = List.of(Fixtures.Damage.LEADING_WHITESPACE_STRIPPED.apply(String.join("\n", diff)).split("\n", -1));
			damaged = onlyFile(new DiffParser(copied, 1).parse()).hunks();
		} catch (PatchInputException e) {
			unreadable++;
			example(path, "unreadable once damaged: " + e.getMessage());
			return;
		}
		List<HunkResult> results = FileRepair.fit(path, lines(base), damaged);
		boolean same = results.size() == original.size();
		for (int h = 0; h < original.size(); h++) {
			List<Line> want = original.get(h).lines();
			HunkResult result = h < results.size() ? results.get(h) : null;
			List<Line> got = result == null || result.failed() ? List.of() : result.repaired().lines();
			addedLines += (int) want.stream().filter(l -> l.kind() == LineKind.ADDED).count();
			for (int i = 0; i < want.size(); i++) {
				Line wanted = want.get(i);
				boolean right = i < got.size() && got.get(i).equals(wanted);
				if (!right) {
					same = false;
					addedLinesWrong += wanted.kind() == LineKind.ADDED ? 1 : 0;
					if (result != null && result.confidence() == Confidence.CERTAIN)
						certainLinesWrong++;
					example(path, result == null || result.failed() ? "hunk " + (h + 1) + " failed"
							: "want '" + wanted.text() + "' got '" + (i < got.size() ? got.get(i).text() : "") + "' ("
									+ result.confidence() + ")");
				}
			}
		}
		exact += same ? 1 : 0;
	}

	private void example(String path, String what) {
		examples.add(path + ": " + what);
	}

	private static FileDiff onlyFile(List<FileDiff> files) {
		if (files.size() != 1)
			throw new IllegalArgumentException("a corpus patch changes one file, not " + files.size());
		return files.getFirst();
	}

	private static List<String> lines(String text) {
		List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
		if (text.endsWith("\n"))
			lines.removeLast();
		return lines;
	}

	int patches() {
		return patches;
	}

	int exact() {
		return exact;
	}

	int certainLinesWrong() {
		return certainLinesWrong;
	}

	List<String> examples() {
		return examples;
	}

	String summary() {
		return String.format("%d patches, %d byte-exact (%.1f%%), %d unreadable once damaged; added lines: %d, wrong: %d;"
				+ " lines of certain hunks wrong: %d", patches, exact, 100.0 * exact / Math.max(1, patches), unreadable,
				addedLines, addedLinesWrong, certainLinesWrong);
	}
}
