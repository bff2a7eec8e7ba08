package org.faultline.c.analysis;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The locking contract a kernel function's leading comment states, in the mm idiom "We enter with ... We
 * return with ...": for each subject ({@code mmap_sem}, {@code pte}, {@code page}) the phrase that describes
 * it on entry and on return.
 */
public record Contract(Map<String, String> onEntry, Map<String, String> onReturn) {

	private static final Pattern CLAUSE = Pattern.compile("\\b(enter|return)s? with (.*?)(?:\\.(?:\\s|$)|$)",
			Pattern.CASE_INSENSITIVE);
	private static final Pattern COMMENT_MARKERS = Pattern.compile("^/\\*+|\\*+/$");
	private static final Pattern LINE_STARS = Pattern.compile("(?m)^\\s*\\*");
	private static final Pattern SPACES = Pattern.compile("\\s+");
	private static final Pattern PARENTHESISED = Pattern.compile("\\([^)]*\\)");
	private static final Pattern LEADING_CONJUNCTION = Pattern.compile("^(and|but) ");
	private static final Pattern PTE = Pattern.compile(".*\\bptes?\\b.*");
	private static final Pattern PAGE = Pattern.compile(".*\\bpage\\b.*");

	public Contract {
		onEntry = Map.copyOf(onEntry);
		onReturn = Map.copyOf(onReturn);
	}

	/** @return the contract in a comment; empty maps when it states none (or the comment is null). */
	public static Contract read(String comment) {
		Map<String, String> entry = new LinkedHashMap<>();
		Map<String, String> exit = new LinkedHashMap<>();
		if (comment != null) {
			Matcher m = CLAUSE.matcher(prose(comment));
			while (m.find())
				phrases(m.group(2), m.group(1).equalsIgnoreCase("enter") ? entry : exit);
		}
		return new Contract(entry, exit);
	}

	/** Comment text without the comment markers, as one line of single-spaced prose. */
	private static String prose(String comment) {
		String text = COMMENT_MARKERS.matcher(comment).replaceAll("");
		return SPACES.matcher(LINE_STARS.matcher(text).replaceAll(" ")).replaceAll(" ").strip();
	}

	private static void phrases(String clause, Map<String, String> into) {
		String plain = SPACES.matcher(PARENTHESISED.matcher(clause).replaceAll("")).replaceAll(" ");
		for (String part : plain.split(",")) {
			String phrase = LEADING_CONJUNCTION.matcher(part.strip()).replaceFirst("").strip();
			String subject = subject(phrase);
			if (subject != null)
				into.putIfAbsent(subject, phrase);
		}
	}

	private static String subject(String phrase) {
		if (phrase.contains("mmap_sem"))
			return "mmap_sem";
		if (PTE.matcher(phrase).matches() || phrase.contains("page table"))
			return "pte";
		if (PAGE.matcher(phrase).matches())
			return "page";
		return null;
	}
}
