package org.faultline.c.parse.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds, without parsing, where a file's top-level declarations lie between its file-scope directives: a
 * lexer that knows only comments, literals, brackets, identifiers and directive lines. A declaration ends
 * with a {@code ;} outside brackets, or with the {@code }} of a body opened right after a {@code )} (a
 * function's). Directives inside a body stay part of its declaration, as tree-sitter nests them there.
 * The code after a file-scope directive that tree-sitter may read past its line (code after an include's path
 * on its line among them) is no stretch of its own: it stays with the directive, up to the next file-scope
 * directive read within its lines; so does code the text ends without a {@code ;} or a function's {@code }}.
 * Where the text does not split (a directive in the middle of a declaration or one in a body that may be read
 * past its line, a comment left open, a closing bracket without its opening one), it gives up and the file is
 * parsed whole. Text that is not C needs no rule here: tree-sitter reads it with an error in the skeleton or in
 * a chunk, and {@link LazyUnit} then parses the file whole (ADR 0049).
 */
final class HeaderScan {

	/**
	 * One top-level stretch of declarations, {@code [start, end)} in bytes, with every identifier written
	 * outside braces or inside an enum's body: a superset of the names it can define.
	 */
	record Span(int start, int end, Set<String> names) {
	}

	private final byte[] text;
	private final List<Span> spans = new ArrayList<>();
	private int start;
	private boolean code;
	/**
	 * Whether the code being scanned follows a file-scope directive that tree-sitter may read past its line
	 * ({@link #plain}): it stays in the skeleton, parsed with that directive as in the whole file, up to the next
	 * plain file-scope directive.
	 */
	private boolean held;
	private Set<String> names = new HashSet<>();

	private HeaderScan(byte[] text) {
		this.text = text;
	}

	/** @return the stretches in order, or null when the text does not split cleanly */
	static List<Span> split(byte[] text) {
		HeaderScan scan = new HeaderScan(text);
		return scan.run() ? scan.spans : null;
	}

	private boolean run() {
		int braces = 0, parentheses = 0;
		boolean lineStart = true, functionBody = false, enumBody = false, enumKeyword = false;
		byte last = 0;
		int n = text.length;
		for (int i = 0; i < n;) {
			byte c = text[i];
			if (c == '\n') {
				lineStart = true;
				i++;
			} else if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == 0x0b)
				i++;
			else if (c == '/' && i + 1 < n && text[i + 1] == '*') {
				i = commentEnd(i);
				if (i < 0)
					return false;
			} else if (c == '/' && i + 1 < n && text[i + 1] == '/')
				i = lineEnd(i);
			else if (c == '#' && lineStart) {
				int end = directiveEnd(i, false);
				if (end < 0)
					return false;
				boolean plain = plain(i, end);
				if (braces == 0 && parentheses == 0 && !code) {
					held = !plain;
					start = commentAfter(i, end); // a file-scope directive; comments before it stay with it
				} else if (braces == 0 || !plain)
					return false; // in the middle of a declaration, or read into one
				i = end;
			} else {
				lineStart = false;
				code = true;
				if (c == '"' || c == '\'') {
					i = literalEnd(i);
					last = c;
					continue;
				}
				if (identifierStart(c)) {
					int end = i + 1;
					while (end < n && identifierPart(text[end]))
						end++;
					if (braces == 0 || braces == 1 && enumBody) {
						String word = new String(text, i, end - i, StandardCharsets.ISO_8859_1);
						names.add(word);
						enumKeyword |= braces == 0 && word.equals("enum");
					}
					i = end;
					last = 'a';
					continue;
				}
				if (c >= '0' && c <= '9') {
					while (i < n && (identifierPart(text[i]) || text[i] == '.'))
						i++;
					last = '0';
					continue;
				}
				switch (c) {
					case '(', '[' -> parentheses++;
					case ')', ']' -> {
						if (--parentheses < 0)
							return false;
					}
					case '{' -> {
						if (braces == 0) {
							functionBody = parentheses == 0 && last == ')';
							enumBody = enumKeyword;
						}
						braces++;
					}
					case '}' -> {
						if (--braces < 0)
							return false;
						if (braces == 0 && parentheses == 0 && functionBody) {
							end(i + 1);
							enumKeyword = false;
						}
					}
					case ';' -> {
						if (braces == 0 && parentheses == 0) {
							end(i + 1);
							enumKeyword = false;
						}
					}
					default -> {
						// operators and punctuation change nothing here
					}
				}
				last = c;
				i++;
			}
		}
		return true;
	}

	private void end(int at) {
		if (!held)
			spans.add(new Span(start, at, Set.copyOf(names)));
		start = at;
		code = false;
		names = new HashSet<>();
	}

	/** @return the index after the comment opening at {@code i}; -1 if it is not closed */
	private int commentEnd(int i) {
		for (int k = i + 2; k + 1 < text.length; k++)
			if (text[k] == '*' && text[k + 1] == '/')
				return k + 2;
		return -1;
	}

	/** @return the index of the newline ending the line of {@code i} (or the end of the text) */
	private int lineEnd(int i) {
		int k = i;
		while (k < text.length && text[k] != '\n')
			k++;
		return k;
	}

	/**
	 * @return whether tree-sitter reads the directive from {@code from} to {@code to} within its lines: not so
	 *         when more than blanks follows a block comment on its line, a name or body is missing
	 *         ({@link #named}), or code follows an include's path ({@link #pathAlone})
	 */
	private boolean plain(int from, int to) {
		return directiveEnd(from, true) == to && named(from, to)
				&& (!directive(from, to).startsWith("include") || pathAlone(from, to));
	}

	/**
	 * @return whether the include at {@code from} names its file by one {@code "path"}, {@code <path>} or macro
	 *         call and nothing but blanks or a comment follows on its line; tree-sitter reads code after the path
	 *         as file-scope code that goes on into the next lines (CFuzzTest, seed 20261292 execution 49936)
	 */
	private boolean pathAlone(int from, int to) {
		int k = keywordEnd(from, to);
		while (k < to && (text[k] == ' ' || text[k] == '\t'))
			k++;
		if (k < to && (text[k] == '"' || text[k] == '<')) {
			byte close = text[k] == '"' ? (byte) '"' : (byte) '>';
			do
				k++;
			while (k < to && text[k] != close && text[k] != '\n');
			if (k == to || text[k] != close)
				return false;
			k++;
		} else {
			while (k < to && identifierPart(text[k]))
				k++;
			if (k < to && text[k] == '(') {
				int depth = 0;
				do {
					if (text[k] == '(')
						depth++;
					else if (text[k] == ')')
						depth--;
					else if (text[k] == '\n' || text[k] == '\\')
						return false;
					k++;
				} while (k < to && depth > 0);
				if (depth > 0)
					return false;
			}
		}
		while (k < to && (text[k] == ' ' || text[k] == '\t' || text[k] == '\r'))
			k++;
		return k == to || text[k] == '\n' || text[k] == '/' && k + 1 < to && (text[k + 1] == '*' || text[k + 1] == '/');
	}

	/**
	 * @param strict whether to stop at more than blanks after a block comment, and at a {@code /} before a line end
	 * @return the index after the newline ending the directive at {@code i}, its lines joined by backslashes;
	 *         quotes are not special (tree-sitter reads a directive's argument as raw text up to a comment); -1
	 *         when a comment is not closed, or, if {@code strict}, when more than blanks follows a block comment
	 *         on its line or a {@code /} stands right before a newline or a backslash (one ending a line): tree-sitter
	 *         reads those in a way that depends on the lines after them (its directive argument takes a {@code /}
	 *         with the character after it, a newline too: CFuzzTest, seed 20261542 execution 515104)
	 */
	private int directiveEnd(int i, boolean strict) {
		int k = i;
		boolean afterComment = false;
		while (k < text.length) {
			byte c = text[k];
			if (c == '\n')
				return k + 1;
			if (c == '/' && k + 1 < text.length && text[k + 1] == '*') {
				k = commentEnd(k);
				if (k < 0)
					return -1;
				afterComment = true;
			} else if (c == '/' && k + 1 < text.length && text[k + 1] == '/')
				k = lineEnd(k);
			else if (strict && (afterComment && c != ' ' && c != '\t' && c != '\r'
					|| c == '/' && k + 1 < text.length && (text[k + 1] == '\n' || text[k + 1] == '\\')))
				return -1;
			else if (c == '\\' && k + 1 < text.length && text[k + 1] == '\n')
				k += 2;
			else if (c == '\\' && k + 2 < text.length && text[k + 1] == '\r' && text[k + 2] == '\n')
				k += 3;
			else
				k++;
		}
		return k;
	}

	/**
	 * @return where the comment after an {@code #else} or {@code #endif} on its line starts, else {@code end}:
	 *         tree-sitter places that comment before the declarations that follow (it may lead a function)
	 */
	private int commentAfter(int i, int end) {
		String directive = directive(i, end);
		if (!directive.equals("else") && !directive.equals("endif"))
			return end;
		int k = i + 1;
		while (k < end && text[k] != '/')
			k++;
		return k + 1 < end && (text[k + 1] == '*' || text[k + 1] == '/') ? k : end;
	}

	/** @return the word after the {@code #} at {@code from} */
	private String directive(int from, int to) {
		int end = keywordEnd(from, to);
		int word = end;
		while (word > from + 1 && identifierPart(text[word - 1]))
			word--;
		return new String(text, word, end - word, StandardCharsets.ISO_8859_1);
	}

	/** @return the index after the word that follows the {@code #} at {@code from} */
	private int keywordEnd(int from, int to) {
		int k = from + 1;
		while (k < to && (text[k] == ' ' || text[k] == '\t'))
			k++;
		while (k < to && identifierPart(text[k]))
			k++;
		return k;
	}

	/**
	 * @return false for a {@code #define}, {@code #undef}, {@code #ifdef} or {@code #ifndef} without the name it
	 *         needs on its line, or a {@code #define} whose body is only blanks (an annotation blanked, say), on
	 *         lines joined by backslashes too: tree-sitter takes what it misses from the lines after it
	 */
	private boolean named(int from, int to) {
		int k = keywordEnd(from, to);
		String directive = directive(from, to);
		if (!Set.of("define", "undef", "ifdef", "ifndef").contains(directive))
			return true;
		while (k < to && (text[k] == ' ' || text[k] == '\t'))
			k++;
		if (k == to || !identifierStart(text[k]))
			return false;
		if (!directive.equals("define"))
			return true;
		while (k < to && identifierPart(text[k]))
			k++;
		if (k < to && text[k] == '(')
			while (k < to && text[k] != ')')
				k++;
		int blanks = k < to && text[k] == ')' ? k + 1 : k;
		int end = blanks;
		while (end < to)
			if (text[end] == ' ' || text[end] == '\t')
				end++;
			else if (text[end] == '\\' && continued(end) > 0)
				end = continued(end);
			else
				break;
		return end == blanks || end < to && text[end] != '\n' && text[end] != '\r';
	}

	/** @return the index after the line end a backslash at {@code i} escapes, or -1 if it escapes none */
	private int continued(int i) {
		int k = i + 1;
		if (k < text.length && text[k] == '\r')
			k++;
		return k < text.length && text[k] == '\n' ? k + 1 : -1;
	}

	/** @return the index after the string or character literal opening at {@code i} (or its line's end) */
	private int literalEnd(int i) {
		byte quote = text[i];
		int k = i + 1;
		while (k < text.length && text[k] != quote && text[k] != '\n')
			k += text[k] == '\\' ? 2 : 1;
		return Math.min(text.length, k < text.length && text[k] == quote ? k + 1 : k);
	}

	private static boolean identifierStart(byte c) {
		return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
	}

	private static boolean identifierPart(byte c) {
		return identifierStart(c) || c >= '0' && c <= '9';
	}
}
