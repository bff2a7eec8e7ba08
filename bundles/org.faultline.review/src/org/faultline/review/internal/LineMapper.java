package org.faultline.review.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.diff.EditList;
import org.eclipse.jgit.diff.HistogramDiff;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;

/**
 * Carries a line range of one revision of a file into another: through the diff of the two texts when its lines
 * are unchanged, else to where its text (the annotation's excerpt) stands now, nearest the old place.
 */
public final class LineMapper {

	/** Where the range went, or why it went nowhere ({@code first} 0). */
	public record Mapped(int first, int last, String reason) {

		public boolean placed() {
			return first > 0;
		}
	}

	private final RawText earlier;

	private final RawText later;

	private final EditList edits;

	private final List<String> laterLines;

	public LineMapper(String earlierText, String laterText) {
		this.earlier = new RawText(earlierText.getBytes(StandardCharsets.UTF_8));
		this.later = new RawText(laterText.getBytes(StandardCharsets.UTF_8));
		this.edits = new HistogramDiff().diff(RawTextComparator.DEFAULT, earlier, later);
		this.laterLines = List.of(laterText.split("\n", -1));
	}

	/**
	 * @param first
	 *            1-based
	 * @param excerpt
	 *            the lines' text when annotated; null to trust the diff alone
	 */
	public Mapped map(int first, int last, String excerpt) {
		if (last > earlier.size())
			return new Mapped(0, 0, "lines " + first + "-" + last + " are past the end of the earlier file");
		int shift = 0;
		for (Edit edit : edits) {
			// the range is [first - 1, last) 0-based, as the edits count
			if (edit.getBeginA() >= last)
				break;
			boolean inside = edit.getLengthA() > 0 ? edit.getEndA() > first - 1 : edit.getBeginA() > first - 1;
			if (inside)
				return relocated(first, last, excerpt, first + shift,
						edit.getLengthA() > 0 ? "changed" : "split by added lines");
			shift += edit.getLengthB() - edit.getLengthA();
		}
		Mapped mapped = new Mapped(first + shift, last + shift, null);
		return excerpt == null || excerpt.equals(text(mapped.first(), mapped.last())) ? mapped
				: relocated(first, last, excerpt, first + shift, "no longer read as annotated");
	}

	/** The excerpt's place in the later file nearest {@code near}, or why there is none. */
	private Mapped relocated(int first, int last, String excerpt, int near, String how) {
		int length = last - first + 1;
		List<Integer> found = new ArrayList<>();
		if (excerpt != null)
			for (int start = 1; start + length - 1 <= laterLines.size(); start++)
				if (excerpt.equals(text(start, start + length - 1)))
					found.add(start);
		if (found.isEmpty())
			return new Mapped(0, 0, "lines " + first + "-" + last + " " + how + " and their text is nowhere in the file");
		int best = found.stream().min((a, b) -> Integer.compare(Math.abs(a - near), Math.abs(b - near))).orElseThrow();
		return new Mapped(best, best + length - 1, null);
	}

	private String text(int first, int last) {
		if (first < 1 || last > laterLines.size())
			return null;
		return String.join("\n", laterLines.subList(first - 1, last));
	}
}
