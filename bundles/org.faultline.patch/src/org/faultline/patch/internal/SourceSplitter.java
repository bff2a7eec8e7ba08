package org.faultline.patch.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.faultline.model.patch.PatchForm;

/**
 * Tells what form a patch source has and cuts it into mails: an mbox (one or many messages), one RFC 822
 * mail, a page copied from a web archive (subject line, then From:/Date: lines, then the body), or a plain
 * diff with maybe some text before it.
 */
public final class SourceSplitter {

	/** One mail of a source and the form it came in. */
	public record Part(MailMessage mail, PatchForm form) {
	}

	private static final Pattern FORMAT_PATCH_SEPARATOR = Pattern
			.compile("^From [0-9a-f]{40} Mon Sep 17 00:00:00 2001$");

	/** An archive page's header block is near its top. */
	private static final int ARCHIVE_HEADER_WINDOW = 12;

	private SourceSplitter() {
	}

	public static List<Part> split(byte[] content) throws PatchInputException {
		String text = new String(content, StandardCharsets.ISO_8859_1);
		if (text.startsWith("From "))
			return mbox(text);
		List<String> lines = lines(text);
		int first = 0;
		while (first < lines.size() && lines.get(first).isBlank())
			first++;
		if (first < lines.size() && MailParser.isHeaderLine(lines.get(first)) && looksLikeMailHeader(lines, first))
			return List.of(new Part(MailParser.parse(content, 1), PatchForm.MAIL));
		String decoded = utf8(content).replace("\r\n", "\n");
		return List.of(webArchive(decoded).orElseGet(() -> plainDiff(decoded)));
	}

	/**
	 * A diff without mail headers has no charset to say what its bytes are: it must be UTF-8, since replacing
	 * what is not would change the code it adds without a word.
	 */
	private static String utf8(byte[] content) throws PatchInputException {
		ByteBuffer in = ByteBuffer.wrap(content);
		CharBuffer out = CharBuffer.allocate(content.length);
		CoderResult result = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT).decode(in, out, true);
		if (result.isError()) {
			int line = 1;
			for (int i = 0; i < in.position(); i++)
				line += content[i] == '\n' ? 1 : 0;
			throw new PatchInputException(Problem.error("not-utf8", "line " + line
					+ " has bytes that are not UTF-8, and a diff without mail headers names no charset", null, -1, line));
		}
		return out.flip().toString();
	}

	private static boolean looksLikeMailHeader(List<String> lines, int first) {
		for (int i = first; i < lines.size() && !lines.get(i).isBlank(); i++) {
			String line = lines.get(i);
			if (line.regionMatches(true, 0, "Subject:", 0, 8) || line.regionMatches(true, 0, "From:", 0, 5))
				return !DiffParser.startsDiff(lines, first);
			if (!MailParser.isHeaderLine(line) && !line.startsWith(" ") && !line.startsWith("\t"))
				return false;
		}
		return false;
	}

	private static List<Part> mbox(String text) {
		List<Part> parts = new ArrayList<>();
		String[] lines = text.split("\n", -1);
		boolean formatPatch = FORMAT_PATCH_SEPARATOR.matcher(lines[0].replace("\r", "")).matches();
		int start = 0;
		for (int i = 1; i <= lines.length; i++) {
			boolean separator = i < lines.length && lines[i].startsWith("From ") && lines[i - 1].replace("\r", "").isEmpty();
			if (i == lines.length || separator) {
				StringBuilder message = new StringBuilder();
				for (int j = start + 1; j < i; j++) {
					// mboxrd escapes body lines that start with From
					message.append(escapedFrom(lines[j]) ? lines[j].substring(1) : lines[j]).append('\n');
				}
				parts.add(new Part(MailParser.parse(message.toString().getBytes(StandardCharsets.ISO_8859_1), start + 2),
						null));
				start = i;
			}
		}
		PatchForm form = parts.size() == 1 && formatPatch ? PatchForm.FORMAT_PATCH : PatchForm.MBOX;
		return parts.stream().map(p -> new Part(p.mail(), form)).toList();
	}

	/** The lines of a text, each without its line end (LF or CRLF): as {@code split("\r?\n", -1)}, without a regex. */
	private static List<String> lines(String text) {
		String[] lines = text.split("\n", -1);
		for (int i = 0; i < lines.length - 1; i++)
			if (lines[i].endsWith("\r"))
				lines[i] = lines[i].substring(0, lines[i].length() - 1);
		return List.of(lines);
	}

	/** {@code >From }, {@code >>From } and so on: a body line that mboxrd escaped. */
	private static boolean escapedFrom(String line) {
		int quotes = 0;
		while (quotes < line.length() && line.charAt(quotes) == '>')
			quotes++;
		return quotes > 0 && line.startsWith("From ", quotes);
	}

	/** A subject line, then header lines such as From: and Date:, then the body. */
	private static Optional<Part> webArchive(String text) {
		List<String> lines = List.of(text.split("\n", -1));
		int subjectLine = 0;
		while (subjectLine < lines.size() && lines.get(subjectLine).isBlank())
			subjectLine++;
		List<MailMessage.Header> headers = new ArrayList<>();
		int i = subjectLine + 1;
		for (; i < lines.size() && i < subjectLine + ARCHIVE_HEADER_WINDOW; i++) {
			String line = lines.get(i);
			if (line.isBlank() && headers.isEmpty())
				continue;
			if (line.isBlank() || !MailParser.isHeaderLine(line))
				break;
			int colon = line.indexOf(':');
			headers.add(new MailMessage.Header(line.substring(0, colon), line.substring(colon + 1).strip()));
		}
		boolean hasFrom = headers.stream().anyMatch(h -> h.name().equalsIgnoreCase("From"));
		if (!hasFrom || subjectLine >= lines.size() || DiffParser.startsDiff(lines, subjectLine))
			return Optional.empty();
		headers.addFirst(new MailMessage.Header("Subject", lines.get(subjectLine).strip()));
		String body = String.join("\n", lines.subList(i, lines.size()));
		return Optional.of(new Part(new MailMessage(List.copyOf(headers), body, i + 1), PatchForm.WEB_ARCHIVE));
	}

	private static Part plainDiff(String text) {
		return new Part(new MailMessage(List.of(), text, 1), PatchForm.PLAIN_DIFF);
	}
}
