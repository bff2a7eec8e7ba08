package org.faultline.patch.internal;

import java.util.List;

import org.faultline.model.patch.ChangeType;
import org.faultline.model.patch.LineKind;

/** The diff of a patch as plain records, for the engine's own work; converted to EMF at the edge. */
public final class DiffModel {

	private DiffModel() {
	}

	/** One line of a hunk, without marker and line end. */
	public record Line(LineKind kind, String text, boolean noNewlineAtEnd) {

		public Line withText(String newText) {
			return new Line(kind, newText, noNewlineAtEnd);
		}

		boolean onOldSide() {
			return kind != LineKind.ADDED;
		}

		boolean onNewSide() {
			return kind != LineKind.REMOVED;
		}
	}

	/**
	 * One hunk.
	 *
	 * @param sourceLine
	 *            1-based line of the {@code @@} header in the patch source
	 */
	public record Hunk(int oldStart, int oldCount, int newStart, int newCount, String section, List<Line> lines,
			int sourceLine) {

		Hunk withLines(List<Line> newLines) {
			return new Hunk(oldStart, oldCount, newStart, newCount, section, List.copyOf(newLines), sourceLine);
		}

		/** The same hunk read the other way round: what it adds, it removes. */
		Hunk reversed() {
			List<Line> swapped = lines.stream().map(l -> switch (l.kind()) {
				case ADDED -> new Line(LineKind.REMOVED, l.text(), l.noNewlineAtEnd());
				case REMOVED -> new Line(LineKind.ADDED, l.text(), l.noNewlineAtEnd());
				case CONTEXT -> l;
			}).toList();
			return new Hunk(newStart, newCount, oldStart, oldCount, section, swapped, sourceLine);
		}

		long count(LineKind kind) {
			return lines.stream().filter(l -> l.kind() == kind).count();
		}
	}

	/**
	 * One file's diff; a binary one has no hunks.
	 *
	 * @param oldBlob
	 *            the abbreviated blob id of the file before, from git's {@code index} line, or null
	 * @param newBlob
	 *            the abbreviated blob id of the file after, or null
	 */
	public record FileDiff(String oldPath, String newPath, ChangeType changeType, String oldMode, String newMode,
			String oldBlob, String newBlob, boolean binary, List<Hunk> hunks, int sourceLine) {

		/** The path a reviewer knows the file by: the new one, or the old one of a deleted file. */
		public String path() {
			return changeType == ChangeType.DELETE ? oldPath : newPath;
		}

		FileDiff reversed() {
			ChangeType type = switch (changeType) {
				case ADD -> ChangeType.DELETE;
				case DELETE -> ChangeType.ADD;
				default -> changeType;
			};
			return new FileDiff(newPath, oldPath, type, newMode, oldMode, newBlob, oldBlob, binary,
					hunks.stream().map(Hunk::reversed).toList(), sourceLine);
		}
	}
}
