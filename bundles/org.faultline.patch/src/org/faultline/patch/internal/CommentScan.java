package org.faultline.patch.internal;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Which lines of a stretch of C start inside a block comment. A line such as {@code *shadowp = p;} looks like a
 * comment's {@code " * "} line once its indentation is gone; the comment markers tell them apart, and where the
 * opener lies above the stretch, the kernel's form of a comment line: a lone {@code *}, or one followed by a
 * blank or a slash (a pointer is dereferenced with no blank after the star).
 */
final class CommentScan {

	private static final Pattern COMMENT_LINE = Pattern.compile("\\*(\\s.*|/.*)?");

	private CommentScan() {
	}

	/**
	 * @return one entry per line, true when the line starts inside a block comment, and one more entry for the
	 *         state after the last line
	 */
	static boolean[] startsInside(List<String> lines) {
		boolean[] inside = new boolean[lines.size() + 1];
		boolean open = false;
		for (int i = 0; i < lines.size(); i++) {
			inside[i] = open || COMMENT_LINE.matcher(lines.get(i).strip()).matches();
			open = stateAfter(lines.get(i), inside[i]);
		}
		inside[lines.size()] = open;
		return inside;
	}

	/**
	 * The same for lines that grew by appending since {@code known} was computed for their first
	 * {@code known.length - 1}: only the new lines are scanned.
	 */
	static boolean[] extended(boolean[] known, List<String> lines) {
		int from = known.length - 1;
		boolean[] inside = Arrays.copyOf(known, lines.size() + 1);
		boolean open = known[from];
		for (int i = from; i < lines.size(); i++) {
			inside[i] = open || COMMENT_LINE.matcher(lines.get(i).strip()).matches();
			open = stateAfter(lines.get(i), inside[i]);
		}
		inside[lines.size()] = open;
		return inside;
	}

	/** Whether a block comment is open after the line, skipping strings, characters and line comments. */
	static boolean stateAfter(String line, boolean open) {
		int i = 0;
		while (i < line.length()) {
			char c = line.charAt(i);
			if (open) {
				if (line.startsWith("*/", i)) {
					open = false;
					i++;
				}
			} else if (line.startsWith("/*", i)) {
				open = true;
				i++;
			} else if (line.startsWith("//", i)) {
				return false;
			} else if (c == '"' || c == '\'') {
				i = literalEnd(line, i);
			}
			i++;
		}
		return open;
	}

	/** The index of the quote closing the literal opened at {@code start}, or the line's last index. */
	private static int literalEnd(String line, int start) {
		char quote = line.charAt(start);
		for (int i = start + 1; i < line.length(); i++) {
			if (line.charAt(i) == '\\')
				i++;
			else if (line.charAt(i) == quote)
				return i;
		}
		return line.length() - 1;
	}
}
