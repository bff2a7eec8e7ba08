package org.faultline.patch.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.faultline.model.patch.ChangeType;
import org.faultline.model.patch.LineKind;
import org.faultline.patch.internal.DiffModel.FileDiff;
import org.faultline.patch.internal.DiffModel.Hunk;
import org.faultline.patch.internal.DiffModel.Line;

/**
 * Reads unified diffs as reviewers get them: git diffs, quilt/mmotm diffs without {@code diff --git} lines, and
 * diffs whose context lines lost their leading space (web archives). A hunk's lines are classified and
 * delimited by its header counts, so a context line without marker is still a context line. Lines a mail
 * client wrapped are joined back when the counts show it.
 */
public final class DiffParser {

	/** git's {@code index <before>..<after> [<mode>]}: abbreviated blob ids, which no whitespace damage touches. */
	private static final Pattern INDEX = Pattern.compile("^index ([0-9a-f]{4,64})\\.\\.([0-9a-f]{4,64})(?: [0-7]+)?$");

	private static final Pattern HUNK_HEADER = Pattern.compile("^@@ -(\\d+)(?:,(\\d+))? \\+(\\d+)(?:,(\\d+))? @@ ?(.*)$");

	/** How many blank context lines at a hunk's end may have been lost in copying. */
	private static final int MAX_LOST_BLANK_LINES = 2;

	/** A mail client wraps near 72-80 columns, so a wrapped line's first part is long. */
	private static final int WRAPPED_MIN_LENGTH = 50;

	private final List<String> lines;

	private final int firstLine;

	private final List<Problem> warnings = new ArrayList<>();

	private final List<FileDiff> files = new ArrayList<>();

	private FileBuilder current;

	/**
	 * @param lines
	 *            the diff's lines without line ends
	 * @param firstLine
	 *            the 1-based source line of {@code lines.get(0)}
	 */
	public DiffParser(List<String> lines, int firstLine) {
		this.lines = lines;
		this.firstLine = firstLine;
	}

	/** Whether a diff starts at line {@code i}. */
	public static boolean startsDiff(List<String> lines, int i) {
		String line = lines.get(i);
		return line.startsWith("diff --git ") || line.startsWith("Index: ")
				|| line.startsWith("--- ") && i + 1 < lines.size() && lines.get(i + 1).startsWith("+++ ");
	}

	public List<FileDiff> parse() throws PatchInputException {
		int i = 0;
		while (i < lines.size()) {
			String line = lines.get(i);
			if (line.startsWith("diff --git ")) {
				finishFile();
				current = FileBuilder.git(line, lineNumber(i));
				HeaderPath.check(current.oldPath, lineNumber(i));
				HeaderPath.check(current.newPath, lineNumber(i));
				i++;
			} else if (line.startsWith("--- ") && i + 1 < lines.size() && lines.get(i + 1).startsWith("+++ ")) {
				if (current == null || !current.awaitsPaths()) {
					finishFile();
					current = new FileBuilder(lineNumber(i));
				}
				String oldPath = pathOf(line);
				String newPath = pathOf(lines.get(i + 1));
				HeaderPath.check(oldPath, lineNumber(i));
				HeaderPath.check(newPath, lineNumber(i + 1));
				current.setPaths(oldPath, newPath);
				i += 2;
			} else if (line.startsWith("@@ ")) {
				i = readHunk(i);
			} else if (current != null && line.startsWith("GIT binary patch")) {
				i = readBinary(i + 1);
			} else {
				if (current != null)
					current.extendedHeader(line, lineNumber(i));
				i++;
			}
		}
		finishFile();
		return files;
	}

	public List<Problem> warnings() {
		return warnings;
	}

	private int lineNumber(int index) {
		return firstLine + index;
	}

	private void finishFile() throws PatchInputException {
		if (current != null) {
			files.add(current.build());
			current = null;
		}
	}

	/** Skips the data of a git binary patch: Faultline applies text hunks only. */
	private int readBinary(int start) {
		int i = start;
		while (i < lines.size() && !lines.get(i).startsWith("diff --git ") && !isSignature(lines.get(i)))
			i++;
		current.binary = true;
		return i;
	}

	private int readHunk(int headerIndex) throws PatchInputException {
		String header = lines.get(headerIndex);
		int headerLine = lineNumber(headerIndex);
		if (current == null || current.oldPath == null && current.newPath == null) {
			throw new PatchInputException(
					Problem.error("hunk-without-file", "hunk header without a file header before it", null, -1, headerLine));
		}
		int hunkIndex = current.hunks.size() + 1;
		Matcher m = HUNK_HEADER.matcher(header);
		if (!m.matches()) {
			throw new PatchInputException(Problem.error("bad-hunk-header", "malformed hunk header '" + header + "'",
					current.path(), hunkIndex, headerLine));
		}
		int oldStart = Integer.parseInt(m.group(1));
		int oldCount = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
		int newStart = Integer.parseInt(m.group(3));
		int newCount = m.group(4) == null ? 1 : Integer.parseInt(m.group(4));
		Counted counted = count(headerIndex + 1, oldCount, newCount, hunkIndex);
		List<Line> body = counted.body();
		int next = counted.next();
		Leftover leftover = leftoverAfter(next);
		if (leftover.end() > next) {
			int extra = leftover.end() - next;
			if (!leftover.beforeHeader()) {
				// after the last hunk: an archive's footer as likely as a wrapped line, so nothing is joined
				warnings.add(Problem.warning("text-after-diff", "ignored " + extra + " lines after the last hunk",
						current.path(), hunkIndex, lineNumber(next)));
			} else {
				List<Line> joined = joinWrapped(headerIndex + 1, leftover.end(), oldCount, newCount, hunkIndex);
				if (joined == null) {
					throw new PatchInputException(Problem.error("wrong-counts", "hunk header says -" + oldCount + " +"
							+ newCount + " but " + extra + " more hunk lines follow before the next header",
							current.path(), hunkIndex, lineNumber(next)));
				}
				body = joined;
				next = leftover.end();
			}
		}
		current.hunks.add(new Hunk(oldStart, oldCount, newStart, newCount, m.group(5), List.copyOf(body), headerLine));
		return next;
	}

	private record Counted(List<Line> body, int next) {
	}

	/** Reads hunk lines until the header counts are met. */
	private Counted count(int start, int oldCount, int newCount, int hunkIndex) throws PatchInputException {
		List<Line> body = new ArrayList<>();
		int oldSeen = 0;
		int newSeen = 0;
		int i = start;
		while (oldSeen < oldCount || newSeen < newCount) {
			if (i >= lines.size() || isBoundary(i)) {
				int missing = oldCount - oldSeen;
				if (missing > 0 && missing == newCount - newSeen && missing <= MAX_LOST_BLANK_LINES) {
					// web archives drop blank lines at the end of a hunk; fitting the hunk checks they are there
					for (int k = 0; k < missing; k++)
						body.add(new Line(LineKind.CONTEXT, "", false));
					warnings.add(Problem.warning("blank-lines-assumed", "assumed " + missing
							+ " blank context lines lost at the end of the hunk", current.path(), hunkIndex,
							lineNumber(Math.min(i, lines.size() - 1))));
					break;
				}
				throw new PatchInputException(Problem.error("hunk-truncated",
						"hunk ends after " + oldSeen + " of " + oldCount + " old and " + newSeen + " of " + newCount
								+ " new lines",
						current.path(), hunkIndex, lineNumber(Math.min(i, lines.size() - 1))));
			}
			String text = lines.get(i);
			if (text.startsWith("\\")) {
				markNoNewline(body);
				i++;
				continue;
			}
			Line line = classify(text);
			oldSeen += line.onOldSide() ? 1 : 0;
			newSeen += line.onNewSide() ? 1 : 0;
			if (oldSeen > oldCount || newSeen > newCount) {
				throw new PatchInputException(Problem.error("wrong-counts",
						"hunk header says -" + oldCount + " +" + newCount + " but its lines do not add up to that",
						current.path(), hunkIndex, lineNumber(i)));
			}
			body.add(line);
			i++;
		}
		if (i < lines.size() && lines.get(i).startsWith("\\")) {
			markNoNewline(body);
			i++;
		}
		return new Counted(body, i);
	}

	private static void markNoNewline(List<Line> body) {
		if (!body.isEmpty()) {
			Line last = body.removeLast();
			body.add(new Line(last.kind(), last.text(), true));
		}
	}

	private static Line classify(String text) {
		if (text.isEmpty())
			return new Line(LineKind.CONTEXT, "", false);
		return switch (text.charAt(0)) {
			case '+' -> new Line(LineKind.ADDED, text.substring(1), false);
			case '-' -> new Line(LineKind.REMOVED, text.substring(1), false);
			case ' ' -> new Line(LineKind.CONTEXT, text.substring(1), false);
			default -> new Line(LineKind.CONTEXT, text, false); // its marker was lost
		};
	}

	private boolean isBoundary(int i) {
		String line = lines.get(i);
		return HUNK_HEADER.matcher(line).matches() || line.startsWith("diff --git ")
				|| line.startsWith("--- ") && i + 1 < lines.size() && lines.get(i + 1).startsWith("+++ ");
	}

	/**
	 * Where the lines between a hunk's counted end and the next hunk header, file header or mail signature end
	 * (at {@code from} in a well-formed diff).
	 */
	private record Leftover(int end, boolean beforeHeader) {
	}

	private Leftover leftoverAfter(int from) {
		int i = from;
		while (i < lines.size() && !isBoundary(i) && !isSignature(lines.get(i)))
			i++;
		boolean beforeHeader = i < lines.size() && isBoundary(i);
		int end = i;
		while (end > from && lines.get(end - 1).isBlank())
			end--;
		boolean betweenFiles = lines.subList(from, end).stream().anyMatch(DiffParser::isBetweenFiles);
		return new Leftover(betweenFiles ? from : end, beforeHeader);
	}

	private static boolean isSignature(String line) {
		return line.equals("-- ") || line.equals("--");
	}

	private static boolean isBetweenFiles(String line) {
		return line.startsWith("Index: ") || line.startsWith("====") || line.startsWith("diff ")
				|| line.startsWith("Only in ") || line.startsWith("Binary files ")
				|| line.startsWith("new file mode") || line.startsWith("deleted file mode");
	}

	/**
	 * Reads a hunk again with lines that a mail client wrapped joined to the line before, choosing as many
	 * unmarked lines as the counts are over, those after the longest lines. Null when that does not add up.
	 */
	private List<Line> joinWrapped(int start, int end, int oldCount, int newCount, int hunkIndex) {
		List<String> raw = new ArrayList<>(lines.subList(start, end));
		int oldTotal = 0;
		int newTotal = 0;
		for (String text : raw) {
			Line line = classify(text);
			oldTotal += line.onOldSide() && !text.startsWith("\\") ? 1 : 0;
			newTotal += line.onNewSide() && !text.startsWith("\\") ? 1 : 0;
		}
		int excess = oldTotal - oldCount;
		if (excess <= 0 || newTotal - newCount != excess)
			return null;
		List<Integer> candidates = new ArrayList<>();
		for (int i = 1; i < raw.size(); i++) {
			String text = raw.get(i);
			boolean unmarked = !text.isEmpty() && "+- \\".indexOf(text.charAt(0)) < 0;
			if (unmarked && raw.get(i - 1).length() >= WRAPPED_MIN_LENGTH)
				candidates.add(i);
		}
		if (candidates.size() < excess)
			return null;
		candidates.sort((a, b) -> Integer.compare(raw.get(b - 1).length(), raw.get(a - 1).length()));
		List<Integer> joins = new ArrayList<>(candidates.subList(0, excess));
		joins.sort(null);
		for (int k = joins.size() - 1; k >= 0; k--) {
			int at = joins.get(k);
			warnings.add(Problem.warning("wrapped-line", "joined a line the mail wrapped", current.path(), hunkIndex,
					lineNumber(start + at)));
			raw.set(at - 1, raw.get(at - 1) + " " + raw.remove(at));
		}
		List<Line> body = new ArrayList<>();
		for (String text : raw) {
			if (text.startsWith("\\")) {
				markNoNewline(body);
			} else {
				body.add(classify(text));
			}
		}
		return body;
	}

	private static String pathOf(String headerLine) {
		String path = headerLine.substring(4);
		int tab = path.indexOf('\t');
		if (tab >= 0)
			path = path.substring(0, tab);
		path = HeaderPath.unquote(path.strip());
		if (path.equals("/dev/null"))
			return null;
		if (path.startsWith("/")) {
			return path; // absolute: kept so that applying refuses it
		}
		int slash = path.indexOf('/');
		return slash >= 0 ? path.substring(slash + 1) : path;
	}

	/** A file diff as its header lines come in. */
	private static final class FileBuilder {

		private final int sourceLine;

		private final boolean git;

		private boolean pathsSeen;

		private String oldPath;

		private String newPath;

		private ChangeType changeType = ChangeType.MODIFY;

		private String oldMode;

		private String newMode;

		private String oldBlob;

		private String newBlob;

		private boolean binary;

		private final List<Hunk> hunks = new ArrayList<>();

		FileBuilder(int sourceLine) {
			this(sourceLine, false);
		}

		private FileBuilder(int sourceLine, boolean git) {
			this.sourceLine = sourceLine;
			this.git = git;
		}

		static FileBuilder git(String line, int sourceLine) {
			FileBuilder file = new FileBuilder(sourceLine, true);
			String rest = line.substring("diff --git ".length());
			int split = rest.indexOf(" b/");
			if (rest.startsWith("a/") && split > 0) {
				file.oldPath = rest.substring(2, split);
				file.newPath = rest.substring(split + 3);
			}
			return file;
		}

		boolean awaitsPaths() {
			return git && !pathsSeen && hunks.isEmpty();
		}

		String path() {
			return newPath != null ? newPath : oldPath;
		}

		void setPaths(String oldPath, String newPath) {
			pathsSeen = true;
			this.oldPath = oldPath;
			this.newPath = newPath;
			if (oldPath == null) {
				changeType = ChangeType.ADD;
			} else if (newPath == null) {
				changeType = ChangeType.DELETE;
			}
		}

		void extendedHeader(String line, int lineNumber) throws PatchInputException {
			if (!git || !hunks.isEmpty())
				return;
			if (line.startsWith("new file mode ")) {
				changeType = ChangeType.ADD;
				newMode = line.substring("new file mode ".length()).strip();
			} else if (line.startsWith("deleted file mode ")) {
				changeType = ChangeType.DELETE;
				oldMode = line.substring("deleted file mode ".length()).strip();
			} else if (line.startsWith("old mode ")) {
				oldMode = line.substring("old mode ".length()).strip();
			} else if (line.startsWith("new mode ")) {
				newMode = line.substring("new mode ".length()).strip();
			} else if (line.startsWith("rename from ")) {
				changeType = ChangeType.RENAME;
				oldPath = headerPath(line.substring("rename from ".length()), lineNumber);
			} else if (line.startsWith("rename to ")) {
				newPath = headerPath(line.substring("rename to ".length()), lineNumber);
			} else if (line.startsWith("copy from ")) {
				changeType = ChangeType.COPY;
				oldPath = headerPath(line.substring("copy from ".length()), lineNumber);
			} else if (line.startsWith("copy to ")) {
				newPath = headerPath(line.substring("copy to ".length()), lineNumber);
			} else if (line.startsWith("Binary files ")) {
				binary = true;
			} else {
				Matcher ids = INDEX.matcher(line.strip());
				if (ids.matches()) {
					oldBlob = ids.group(1);
					newBlob = ids.group(2);
				}
			}
		}

		private static String headerPath(String text, int lineNumber) throws PatchInputException {
			String path = HeaderPath.unquote(text.strip());
			HeaderPath.check(path, lineNumber);
			return path;
		}

		FileDiff build() throws PatchInputException {
			if (oldPath == null && newPath == null) {
				throw new PatchInputException(
						Problem.error("no-paths", "file diff names no path", null, -1, sourceLine));
			}
			if (changeType == ChangeType.ADD) {
				oldPath = null;
			} else if (changeType == ChangeType.DELETE) {
				newPath = null;
			}
			return new FileDiff(oldPath, newPath, changeType, oldMode, newMode, oldBlob, newBlob, binary,
					List.copyOf(hunks),
					sourceLine);
		}
	}
}
