package org.faultline.c.parse.internal;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
			"noinstr", "__flatten", "__attribute_const__", "__mm_init", "__init_or_module", "__devinit");

	/** Annotations that take a parenthesised argument list, removed together with it. */
	static final Set<String> WITH_ARGUMENTS = Set.of("__releases", "__acquires", "__must_hold", "__acquire",
			"__release", "__aligned", "__printf", "__scanf", "__section", "__attribute__", "__cond_acquires",
			"__cond_releases", "__alloc_size", "__counted_by");

	private static final Pattern WORD = Pattern.compile("\\b[A-Za-z_][A-Za-z_0-9]*\\b");

	private KernelAnnotations() {
	}

	static String blank(String source) {
		char[] text = null;
		Matcher m = WORD.matcher(source);
		while (m.find()) {
			String word = m.group();
			int end;
			if (WORDS.contains(word))
				end = m.end();
			else if (WITH_ARGUMENTS.contains(word))
				end = closingParenthesis(source, m.end());
			else
				continue;
			if (end < 0)
				continue;
			if (text == null)
				text = source.toCharArray();
			for (int i = m.start(); i < end; i++)
				if (text[i] != '\n' && text[i] < 0x80)
					text[i] = ' ';
			if (end > m.end())
				m.region(end, source.length());
		}
		return text == null ? source : new String(text);
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
