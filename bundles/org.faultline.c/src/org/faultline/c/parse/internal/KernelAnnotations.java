package org.faultline.c.parse.internal;

import java.util.List;
import java.util.Set;

/**
 * Kernel annotation macros that expand to nothing (or to attributes) for the compiler but make tree-sitter
 * report errors: {@code __init}, {@code __user}, {@code __releases(ptl)} and so on. They are overwritten with
 * spaces before parsing, so every offset, line and column of the rest of the file stays the same.
 */
final class KernelAnnotations {

	static final Set<String> WORDS = Set.of("__init", "__exit", "__user", "__kernel", "__iomem", "__percpu",
			"__rcu", "__force", "__nocast", "__safe", "__must_check", "__read_mostly", "__always_inline",
			"__maybe_unused", "__always_unused", "__cold", "__hot", "__weak", "__visible", "notrace", "asmlinkage",
			"__initdata", "__initconst", "__exitdata", "__meminit", "__meminitdata", "__ref", "__refdata", "__sched",
			"__kprobes", "noinline", "__noreturn", "__packed", "__latent_entropy", "__ro_after_init",
			"__cacheline_aligned", "__cacheline_aligned_in_smp", "____cacheline_aligned",
			"____cacheline_aligned_in_smp", "__pure", "__malloc", "__bitwise", "__private", "__deprecated",
			"noinstr", "__flatten", "__attribute_const__", "__mm_init", "__init_or_module", "__devinit", "__jiffy_data");

	/** Annotations that take a parenthesised argument list, removed together with it. */
	static final Set<String> WITH_ARGUMENTS = Set.of("__releases", "__acquires", "__must_hold", "__acquire",
			"__release", "__aligned", "__printf", "__scanf", "__section", "__attribute__", "__cond_acquires",
			"__cond_releases", "__alloc_size", "__counted_by");

	/** Which ASCII letters begin an annotation, indexed by the letter. */
	private static final boolean[] ANNOTATION_START = new boolean[128];

	static {
		for (Set<String> words : List.of(WORDS, WITH_ARGUMENTS))
			for (String word : words)
				ANNOTATION_START[word.charAt(0)] = true;
	}

	private KernelAnnotations() {
	}

	static String blank(String source) {
		char[] text = null;
		int length = source.length();
		// a hand-written identifier scan: this runs over every byte of every parsed file
		for (int i = 0; i < length;) {
			if (!identifierStart(source.charAt(i)) || i > 0 && identifierPart(source.charAt(i - 1))) {
				i++;
				continue;
			}
			int wordEnd = i + 1;
			while (wordEnd < length && identifierPart(source.charAt(wordEnd)))
				wordEnd++;
			// most identifiers cannot be an annotation by their first letter: no string made for them
			if (!ANNOTATION_START[source.charAt(i)]) {
				i = wordEnd;
				continue;
			}
			String word = source.substring(i, wordEnd);
			int end = WORDS.contains(word) ? wordEnd
					: WITH_ARGUMENTS.contains(word) ? closingParenthesis(source, wordEnd) : -1;
			if (end < 0 || definedName(source, i)) {
				i = wordEnd;
				continue;
			}
			if (text == null)
				text = source.toCharArray();
			for (int k = i; k < end; k++)
				if (text[k] != '\n' && text[k] < 0x80)
					text[k] = ' ';
			i = end;
		}
		if (text == null)
			return source;
		keepBodies(source, text);
		return new String(text);
	}

	/**
	 * Whether the word at {@code start} is the name a {@code #define} defines (compiler_types.h defines the
	 * annotations themselves): blanked, the directive would lose its name and swallow the lines after it.
	 */
	private static boolean definedName(String source, int start) {
		int i = start - 1;
		while (i >= 0 && (source.charAt(i) == ' ' || source.charAt(i) == '\t'))
			i--;
		if (i < 5 || !source.startsWith("define", i - 5))
			return false;
		i -= 6;
		while (i >= 0 && (source.charAt(i) == ' ' || source.charAt(i) == '\t'))
			i--;
		return i >= 0 && source.charAt(i) == '#';
	}

	/**
	 * Puts back the body of each {@code #define} that blanking left all blank (compiler_types.h and
	 * asm/mem_encrypt.h define names as {@code __attribute__((...))} or {@code __section(...)}): such a directive
	 * would end in blanks (and comments) after its name, and tree-sitter takes its body from the next line, an
	 * {@code #else} among them. Kept, it is a body like any other, read without its annotations when the macro is read.
	 */
	private static void keepBodies(String source, char[] text) {
		int length = source.length();
		for (int line = 0, end; line < length; line = end + 1) {
			end = logicalLineEnd(source, line);
			int i = blanksAfter(source, line);
			if (i == end || source.charAt(i) != '#')
				continue;
			i = blanksAfter(source, i + 1);
			if (!source.startsWith("define", i))
				continue;
			i = blanksAfter(source, i + 6);
			while (i < end && identifierPart(source.charAt(i)))
				i++;
			if (i < end && source.charAt(i) == '(') {
				int close = source.indexOf(')', i);
				i = close < 0 || close > end ? end : close + 1;
			}
			boolean blanked = false, blank = true;
			for (int k = i; k < end && blank; k++) {
				if (source.startsWith("//", k))
					break;
				if (source.startsWith("/*", k)) {
					int close = source.indexOf("*/", k + 2);
					k = close < 0 || close > end ? end : close + 1;
					continue;
				}
				blanked |= text[k] != source.charAt(k);
				blank = Character.isWhitespace(text[k]) || text[k] == '\\';
			}
			if (blanked && blank)
				source.getChars(i, end, text, i);
		}
	}

	/** @return the index of the newline ending the line at {@code from} with those a backslash joins to it */
	private static int logicalLineEnd(String source, int from) {
		int i = source.indexOf('\n', from);
		while (i > 0 && (source.charAt(i - 1) == '\\' || source.charAt(i - 1) == '\r' && i > 1 && source.charAt(i - 2) == '\\'))
			i = source.indexOf('\n', i + 1);
		return i < 0 ? source.length() : i;
	}

	private static int blanksAfter(String source, int from) {
		int i = from;
		while (i < source.length() && (source.charAt(i) == ' ' || source.charAt(i) == '\t'))
			i++;
		return i;
	}

	private static boolean identifierStart(char c) {
		return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
	}

	private static boolean identifierPart(char c) {
		return identifierStart(c) || c >= '0' && c <= '9';
	}

	/** @return the index after the parenthesis that closes the list opening at or after {@code from}; -1 if none. */
	private static int closingParenthesis(String s, int from) {
		int i = from;
		while (i < s.length() && Character.isWhitespace(s.charAt(i)))
			i++;
		if (i == s.length() || s.charAt(i) != '(')
			return -1;
		int depth = 0;
		for (; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c == '(')
				depth++;
			else if (c == ')' && --depth == 0)
				return i + 1;
		}
		return -1;
	}
}
