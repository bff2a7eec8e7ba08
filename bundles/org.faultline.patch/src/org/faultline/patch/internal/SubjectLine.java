package org.faultline.patch.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A patch mail's subject taken apart: {@code [PATCH mmotm v2 4/5] summary} gives version 2, index 4 of 5, tag
 * mmotm and the summary.
 *
 * @param summary
 *            the subject without bracket prefixes and reply markers
 * @param index
 *            n of n/m, 0 for a cover letter, -1 when the subject names none
 * @param total
 *            m of n/m, -1 when none
 * @param version
 *            N of vN, 1 when none
 * @param tags
 *            the other words of the prefixes (RFC, mmotm, net-next, ...)
 */
public record SubjectLine(String summary, int index, int total, int version, List<String> tags) {

	private static final Pattern PREFIX = Pattern.compile("^\\s*(?:(?:re|fwd?|aw)\\s*:\\s*)*\\[([^\\]]*)\\]\\s*",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern INDEX = Pattern.compile("(\\d+)/(\\d+)");

	private static final Pattern VERSION = Pattern.compile("[vV](\\d+)");

	public static SubjectLine parse(String subject) {
		String rest = subject.strip();
		int index = -1;
		int total = -1;
		int version = 1;
		List<String> tags = new ArrayList<>();
		for (Matcher m = PREFIX.matcher(rest); m.find(); m = PREFIX.matcher(rest)) {
			for (String word : m.group(1).trim().split("\\s+")) {
				Matcher n = INDEX.matcher(word);
				Matcher v = VERSION.matcher(word);
				if (n.matches()) {
					index = Integer.parseInt(n.group(1));
					total = Integer.parseInt(n.group(2));
				} else if (v.matches()) {
					version = Integer.parseInt(v.group(1));
				} else if (!word.isEmpty() && !word.toUpperCase(Locale.ROOT).equals("PATCH")) {
					tags.add(word);
				}
			}
			rest = rest.substring(m.end());
		}
		return new SubjectLine(rest.strip(), index, total, version, List.copyOf(tags));
	}
}
