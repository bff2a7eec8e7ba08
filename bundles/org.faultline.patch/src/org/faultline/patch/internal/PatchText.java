package org.faultline.patch.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A patch mail's body taken apart the way git am does: commit message, trailers, the declared diffstat after
 * the {@code ---} line, and the diff.
 *
 * @param inBodyHeaders
 *            From:, Date: and Subject: lines that open the body and override the mail's own
 * @param diffFirstLine
 *            1-based source line of the diff's first line
 */
public record PatchText(List<MailMessage.Header> inBodyHeaders, String message, List<Trailer> trailers,
		DeclaredDiffstat diffstat, List<String> diffLines, int diffFirstLine) {

	/** One trailer, e.g. Signed-off-by: Name &lt;address&gt;. */
	public record Trailer(String key, String value) {
	}

	/** The diffstat as the mail declares it; entries keep the path as written (may be abbreviated with ...). */
	public record DeclaredDiffstat(List<Entry> entries, int filesChanged, int insertions, int deletions) {

		public record Entry(String path, int changes, String graph) {
		}
	}

	private static final Pattern TRAILER = Pattern.compile("^([A-Za-z][A-Za-z0-9-]*):\\s+(\\S.*)$");

	private static final Pattern STAT_ENTRY = Pattern.compile("^\\s*(\\S.*?)\\s+\\|\\s+(\\d+)\\s*([+-]*)\\s*$");

	private static final Pattern STAT_TOTAL = Pattern.compile(
			"^\\s*(\\d+) files? changed(?:, (\\d+) insertions?\\(\\+\\))?(?:, (\\d+) deletions?\\(-\\))?\\s*$");

	private static final Pattern IN_BODY_HEADER = Pattern.compile("^(From|Date|Subject):\\s*(.*)$");

	/**
	 * @param body
	 *            the mail's text with LF line ends
	 * @param firstLine
	 *            the 1-based source line the body starts at
	 */
	public static PatchText parse(String body, int firstLine) {
		List<String> lines = new ArrayList<>(List.of(body.split("\n", -1)));
		if (body.endsWith("\n")) {
			lines.removeLast(); // the final line end starts no line
		}
		int start = 0;
		List<MailMessage.Header> inBody = new ArrayList<>();
		while (start < lines.size() && lines.get(start).isBlank())
			start++;
		int headerEnd = start;
		while (headerEnd < lines.size() && IN_BODY_HEADER.matcher(lines.get(headerEnd)).matches())
			headerEnd++;
		if (headerEnd > start && (headerEnd == lines.size() || lines.get(headerEnd).isBlank())) {
			for (String line : lines.subList(start, headerEnd)) {
				Matcher m = IN_BODY_HEADER.matcher(line);
				m.matches();
				inBody.add(new MailMessage.Header(m.group(1), m.group(2).strip()));
			}
			start = headerEnd;
		}
		int diffStart = start;
		while (diffStart < lines.size() && !DiffParser.startsDiff(lines, diffStart))
			diffStart++;
		int separator = -1;
		for (int i = start; i < diffStart; i++) {
			if (lines.get(i).equals("---")) {
				separator = i;
				break;
			}
		}
		int messageEnd = separator >= 0 ? separator : diffStart;
		List<String> messageLines = trimBlank(lines.subList(start, messageEnd));
		List<Trailer> trailers = trailers(messageLines);
		String message = String.join("\n", trimBlank(messageLines.subList(0, messageLines.size() - trailerLines(messageLines))));
		DeclaredDiffstat diffstat = separator >= 0 ? diffstat(lines.subList(separator + 1, diffStart)) : null;
		List<String> diff = lines.subList(diffStart, lines.size());
		return new PatchText(List.copyOf(inBody), message, trailers, diffstat, List.copyOf(diff), firstLine + diffStart);
	}

	private static List<String> trimBlank(List<String> lines) {
		int from = 0;
		int to = lines.size();
		while (from < to && lines.get(from).isBlank())
			from++;
		while (to > from && lines.get(to - 1).isBlank())
			to--;
		return lines.subList(from, to);
	}

	/** The number of lines of the last paragraph when it is a trailer block, else 0. */
	private static int trailerLines(List<String> message) {
		int start = message.size();
		while (start > 0 && !message.get(start - 1).isBlank())
			start--;
		List<String> paragraph = message.subList(start, message.size());
		boolean anyTrailer = false;
		for (String line : paragraph) {
			Matcher m = TRAILER.matcher(line);
			if (m.matches()) {
				anyTrailer |= m.group(1).contains("-") || List.of("Cc", "Fixes", "Link", "Closes").contains(m.group(1));
			} else if (!line.startsWith(" ") && !line.startsWith("\t") && !line.startsWith("[")) {
				return 0;
			}
		}
		// a paragraph that is the whole message is the message, unless it is only trailers
		return anyTrailer ? paragraph.size() : 0;
	}

	private static List<Trailer> trailers(List<String> message) {
		List<Trailer> trailers = new ArrayList<>();
		for (String line : message.subList(message.size() - trailerLines(message), message.size())) {
			Matcher m = TRAILER.matcher(line);
			if (m.matches()) {
				trailers.add(new Trailer(m.group(1), m.group(2).strip()));
			} else if (!trailers.isEmpty() && !line.startsWith("[")) {
				Trailer last = trailers.removeLast();
				trailers.add(new Trailer(last.key(), last.value() + " " + line.strip()));
			}
		}
		return List.copyOf(trailers);
	}

	private static DeclaredDiffstat diffstat(List<String> lines) {
		List<DeclaredDiffstat.Entry> entries = new ArrayList<>();
		for (String line : lines) {
			Matcher entry = STAT_ENTRY.matcher(line);
			Matcher total = STAT_TOTAL.matcher(line);
			if (entry.matches()) {
				entries.add(new DeclaredDiffstat.Entry(entry.group(1), Integer.parseInt(entry.group(2)), entry.group(3)));
			} else if (total.matches()) {
				return new DeclaredDiffstat(List.copyOf(entries), Integer.parseInt(total.group(1)), number(total.group(2)),
						number(total.group(3)));
			}
		}
		return null;
	}

	private static int number(String digits) {
		return digits == null ? 0 : Integer.parseInt(digits);
	}
}
