package org.faultline.cli.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks text into lines of a width between the pieces given (the literals of a condition, the names of a
 * list); a piece too long for a line of its own is broken at its spaces, and only a word longer than a line is
 * cut.
 */
final class Wrap {

	/** How far a piece broken over lines is indented on its later lines. */
	private static final String CONTINUED = "  ";

	private Wrap() {
	}

	/**
	 * Lines of at most {@code width} characters: pieces joined by {@code joiner}. An operator joiner such as
	 * {@code " && "} starts the next line (so a continued condition reads {@code && x}); one such as
	 * {@code ", "} ends the line it breaks.
	 */
	static List<String> pieces(List<String> pieces, String joiner, int width) {
		boolean leads = joiner.startsWith(" ");
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String piece : pieces) {
			String separator = line.isEmpty() ? "" : joiner;
			if (!line.isEmpty() && line.length() + separator.length() + piece.length() > width) {
				lines.add(leads ? line.toString() : line + joiner.stripTrailing());
				line.setLength(0);
				separator = leads ? joiner.strip() + " " : "";
			}
			String text = separator + piece;
			if (line.length() + text.length() <= width)
				line.append(text);
			else
				words(text, width, lines, line);
		}
		if (!line.isEmpty())
			lines.add(line.toString());
		return lines;
	}

	/** Plain text wrapped at spaces. */
	static List<String> words(String text, int width) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		words(text, width, lines, line);
		if (!line.isEmpty())
			lines.add(line.toString());
		return lines;
	}

	/** Appends {@code text} word by word to {@code line}, moving full lines to {@code lines}. */
	private static void words(String text, int width, List<String> lines, StringBuilder line) {
		for (String word : text.split(" ")) {
			if (!line.isEmpty() && line.length() + 1 + word.length() > width && !line.toString().isBlank()) {
				lines.add(line.toString());
				line.setLength(0);
				line.append(CONTINUED);
			} else if (!line.isEmpty() && !line.toString().isBlank())
				line.append(' ');
			line.append(word);
			while (line.length() > width) {
				lines.add(line.substring(0, width));
				line.delete(0, width).insert(0, CONTINUED);
			}
		}
	}
}
