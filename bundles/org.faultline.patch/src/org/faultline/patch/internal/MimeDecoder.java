package org.faultline.patch.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The MIME decodings a patch mail needs: transfer encodings, charsets and RFC 2047 encoded words. */
final class MimeDecoder {

	private static final Pattern ENCODED_WORD = Pattern.compile("=\\?([^?]+)\\?([bBqQ])\\?([^?]*)\\?=");

	/** Whitespace between two adjacent encoded words is not part of the text (RFC 2047 section 6.2). */
	private static final Pattern BETWEEN_WORDS = Pattern.compile("(\\?=)\\s+(=\\?)");

	private MimeDecoder() {
	}

	static String decodeHeader(String value) {
		String joined = BETWEEN_WORDS.matcher(value).replaceAll("$1$2");
		Matcher m = ENCODED_WORD.matcher(joined);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			Charset charset = charset(m.group(1), StandardCharsets.UTF_8);
			byte[] bytes = m.group(2).equalsIgnoreCase("b") ? base64(m.group(3))
					: quotedPrintable(m.group(3).replace('_', ' '), false);
			m.appendReplacement(out, Matcher.quoteReplacement(new String(bytes, charset)));
		}
		m.appendTail(out);
		return out.toString();
	}

	static byte[] decodeTransfer(String encoding, byte[] raw) {
		String text = new String(raw, StandardCharsets.ISO_8859_1);
		return switch (encoding == null ? "" : encoding.trim().toLowerCase(Locale.ROOT)) {
			case "quoted-printable" -> quotedPrintable(text, true);
			case "base64" -> base64(text);
			default -> raw;
		};
	}

	/** A charset by its MIME name; unknown or missing names fall back, since mails often mislabel. */
	static Charset charset(String name, Charset fallback) {
		if (name == null || name.isBlank())
			return fallback;
		try {
			return Charset.forName(name.trim().replace("\"", ""));
		} catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
			return fallback;
		}
	}

	/** @throws IllegalArgumentException on data that is no base64 */
	private static byte[] base64(String text) {
		try {
			return Base64.getMimeDecoder().decode(text.replaceAll("[^A-Za-z0-9+/=]", ""));
		} catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("bad base64 data: " + e.getMessage(), e);
		}
	}

	private static byte[] quotedPrintable(String text, boolean softBreaks) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c != '=') {
				out.write(c);
			} else if (softBreaks && text.startsWith("\r\n", i + 1)) {
				i += 2;
			} else if (softBreaks && text.startsWith("\n", i + 1)) {
				i += 1;
			} else if (isHex(text, i + 1) && isHex(text, i + 2)) {
				out.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
				i += 2;
			} else {
				out.write(c);
			}
		}
		return out.toByteArray();
	}

	private static boolean isHex(String text, int index) {
		return index < text.length() && Character.digit(text.charAt(index), 16) >= 0;
	}
}
