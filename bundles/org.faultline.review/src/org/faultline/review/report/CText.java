package org.faultline.review.report;

import java.util.ArrayList;
import java.util.List;

/** Reading printed C expressions by their nesting: brackets and string or character literals hide what is inside. */
final class CText {

	private CText() {
	}

	/** {@code text} split at each {@code separator} that is outside every bracket and literal. */
	static List<String> splitTopLevel(String text, String separator) {
		List<String> parts = new ArrayList<>();
		int depth = 0;
		int start = 0;
		char quote = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quote != 0) {
				if (c == '\\')
					i++;
				else if (c == quote)
					quote = 0;
			} else if (c == '"' || c == '\'')
				quote = c;
			else if (c == '(' || c == '[' || c == '{')
				depth++;
			else if (c == ')' || c == ']' || c == '}')
				depth--;
			else if (depth == 0 && text.startsWith(separator, i)) {
				parts.add(text.substring(start, i));
				start = i + separator.length();
				i = start - 1;
			}
		}
		parts.add(text.substring(start));
		return parts;
	}

	/** Whether the whole text is one bracketed group, {@code (a) && (b)} is not. */
	static boolean enclosed(String text) {
		if (!text.startsWith("(") || !text.endsWith(")"))
			return false;
		int depth = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '(')
				depth++;
			else if (c == ')' && --depth == 0 && i < text.length() - 1)
				return false;
		}
		return depth == 0;
	}

	/**
	 * Whether a {@code ?:} stands outside brackets: its operands could hold the {@code &&} a split was taken
	 * at, so such a literal is no literal.
	 */
	static boolean hasTopLevelConditional(String literal) {
		return splitTopLevel(literal, "?").size() > 1;
	}
}
