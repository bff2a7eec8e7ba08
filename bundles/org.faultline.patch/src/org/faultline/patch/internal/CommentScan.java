package org.faultline.patch.internal;

import java.util.List;

/**
 * Which lines of a stretch of C start inside a block comment. A line such as {@code *shadowp = p;} looks like a
 * comment's {@code " * "} line once its indentation is gone; only the comment markers before it can tell.
 */
final class CommentScan {

	private CommentScan() {
	}

	/**
	 * @return one entry per line, true when the line starts inside a block comment, and one more entry for the
	 *         state after the last line. A stretch that closes a comment before opening one started inside it.
	 */
	static boolean[] startsInside(List<String> lines) {
		boolean[] inside = new boolean[lines.size() + 1];
		boolean open = closesFirst(lines);
		for (int i = 0; i < lines.size(); i++) {
			inside[i] = open;
			open = stateAfter(lines.get(i), open);
		}
		inside[lines.size()] = open;
		return inside;
	}

	private static boolean closesFirst(List<String> lines) {
		for (String line : lines) {
			int opens = line.indexOf("/*");
			int closes = line.indexOf("*/");
			if (opens >= 0 || closes >= 0)
				return closes >= 0 && (opens < 0 || closes < opens);
		}
		return false;
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
