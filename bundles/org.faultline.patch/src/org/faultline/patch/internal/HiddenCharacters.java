package org.faultline.patch.internal;

/**
 * Characters that a person reading a name or a header does not see as written: control characters (C0 but
 * for tab, DEL, C1: a terminal acts on ESC and CSI sequences), line and paragraph separators, and invisible
 * formatting characters, among them the bidi overrides (U+202E shows the text after it reversed).
 */
final class HiddenCharacters {

	private HiddenCharacters() {
	}

	static boolean isHidden(int c) {
		int type = Character.getType(c);
		return type == Character.CONTROL && c != '\t' || type == Character.FORMAT || type == Character.LINE_SEPARATOR
				|| type == Character.PARAGRAPH_SEPARATOR;
	}

	/** The first hidden character of a text, or -1. */
	static int first(String text) {
		return text.codePoints().filter(HiddenCharacters::isHidden).findFirst().orElse(-1);
	}

	/** The text as one can print it: each hidden character (and tab) as {@code \}{@code uXXXX}. */
	static String escaped(String text) {
		StringBuilder s = new StringBuilder(text.length());
		text.codePoints().forEach(c -> {
			if (isHidden(c) || c == '\t')
				s.append(String.format("\\u%04x", c));
			else
				s.appendCodePoint(c);
		});
		return s.toString();
	}

	/** The text with each hidden character replaced by U+FFFD and each tab by a space. */
	static String replaced(String text) {
		if (first(text) < 0 && text.indexOf('\t') < 0)
			return text;
		StringBuilder s = new StringBuilder(text.length());
		text.codePoints().forEach(c -> s.appendCodePoint(c == '\t' ? ' ' : isHidden(c) ? '\ufffd' : c));
		return s.toString();
	}
}
