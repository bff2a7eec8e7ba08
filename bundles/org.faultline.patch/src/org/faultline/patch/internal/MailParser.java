package org.faultline.patch.internal;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.faultline.patch.internal.MailMessage.Header;

/**
 * A small RFC 822 / MIME reader: folded headers, encoded words, multipart bodies, quoted-printable and base64,
 * charsets, CRLF. Only what a patch mail needs: the text parts and patch attachments become the body.
 */
public final class MailParser {

	private static final Pattern HEADER_LINE = Pattern.compile("^([!-9;-~]+):[ \\t]?(.*)$");

	private static final Pattern PARAMETER = Pattern.compile(";\\s*([A-Za-z-]+)\\s*=\\s*(\"([^\"]*)\"|[^;\\s]+)");

	private MailParser() {
	}

	/** Whether a line can start a mail's header block. */
	public static boolean isHeaderLine(String line) {
		return HEADER_LINE.matcher(line).matches();
	}

	/**
	 * Parses one message.
	 *
	 * @param raw
	 *            the message's bytes, headers first
	 * @param startLine
	 *            the 1-based source line it starts at, for messages
	 */
	public static MailMessage parse(byte[] raw, int startLine) {
		String text = new String(raw, StandardCharsets.ISO_8859_1);
		int split = headerEnd(text);
		List<Header> headers = headers(text.substring(0, split));
		int bodyStart = Math.min(text.length(), bodyStart(text, split));
		byte[] body = text.substring(bodyStart).getBytes(StandardCharsets.ISO_8859_1);
		int bodyLine = startLine + (int) text.substring(0, bodyStart).chars().filter(c -> c == '\n').count();
		return new MailMessage(headers, bodyText(headers, body), bodyLine);
	}

	private static int headerEnd(String text) {
		Matcher blank = Pattern.compile("\\r?\\n\\r?\\n").matcher(text);
		if (text.startsWith("\n") || text.startsWith("\r\n"))
			return 0;
		return blank.find() ? blank.start() : text.length();
	}

	private static int bodyStart(String text, int headerEnd) {
		int i = headerEnd;
		for (int newlines = 0; i < text.length() && newlines < (headerEnd == 0 ? 1 : 2); i++) {
			if (text.charAt(i) == '\n')
				newlines++;
		}
		return i;
	}

	private static List<Header> headers(String block) {
		List<Header> headers = new ArrayList<>();
		String name = null;
		StringBuilder value = new StringBuilder();
		for (String line : block.split("\\r?\\n")) {
			if (!line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t') && name != null) {
				value.append(' ').append(line.strip());
				continue;
			}
			Matcher m = HEADER_LINE.matcher(line);
			if (!m.matches()) {
				continue; // an mbox "From " separator or noise: not a header
			}
			if (name != null)
				headers.add(header(name, value));
			name = m.group(1);
			value.setLength(0);
			value.append(m.group(2).strip());
		}
		if (name != null)
			headers.add(header(name, value));
		return headers;
	}

	private static Header header(String name, StringBuilder rawValue) {
		// header bytes are 8-bit as read; undeclared 8-bit text is taken as UTF-8
		String value = new String(rawValue.toString().getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
		// a subject or name goes into commit messages and onto terminals: an ESC or a bidi override in it, raw or
		// encoded, would act there instead of showing
		return new Header(name, HiddenCharacters.replaced(MimeDecoder.decodeHeader(value)));
	}

	private static String bodyText(List<Header> headers, byte[] body) {
		String contentType = value(headers, "Content-Type").orElse("text/plain");
		String type = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
		if (type.startsWith("multipart/")) {
			Optional<String> boundary = parameter(contentType, "boundary");
			if (boundary.isPresent())
				return multipartText(body, boundary.get());
		}
		byte[] decoded = MimeDecoder.decodeTransfer(value(headers, "Content-Transfer-Encoding").orElse(null), body);
		Charset charset = MimeDecoder.charset(parameter(contentType, "charset").orElse(null), StandardCharsets.UTF_8);
		return new String(decoded, charset).replace("\r\n", "\n");
	}

	/** The text parts of a multipart body, in order: the message, then patch attachments. */
	private static String multipartText(byte[] body, String boundary) {
		String text = new String(body, StandardCharsets.ISO_8859_1);
		String delimiter = "--" + boundary;
		StringBuilder out = new StringBuilder();
		String[] parts = text.split("(?m)^" + Pattern.quote(delimiter));
		for (int i = 1; i < parts.length; i++) {
			String part = parts[i];
			if (part.startsWith("--")) {
				break; // the closing delimiter
			}
			MailMessage inner = parse(part.replaceFirst("^[ \\t]*\\r?\\n", "").getBytes(StandardCharsets.ISO_8859_1), 0);
			String innerType = inner.header("Content-Type").orElse("text/plain").toLowerCase(Locale.ROOT);
			if (innerType.startsWith("text/") || innerType.startsWith("multipart/")
					|| innerType.contains("x-patch") || innerType.contains("x-diff")) {
				if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n')
					out.append('\n');
				out.append(inner.body());
			}
		}
		return out.toString();
	}

	private static Optional<String> value(List<Header> headers, String name) {
		return headers.stream().filter(h -> h.name().equalsIgnoreCase(name)).map(Header::value).findFirst();
	}

	private static Optional<String> parameter(String headerValue, String name) {
		Matcher m = PARAMETER.matcher(headerValue);
		while (m.find()) {
			if (m.group(1).equalsIgnoreCase(name))
				return Optional.of(m.group(3) != null ? m.group(3) : m.group(2));
		}
		return Optional.empty();
	}
}
