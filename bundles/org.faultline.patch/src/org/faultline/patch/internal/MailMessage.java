package org.faultline.patch.internal;

import java.util.List;
import java.util.Optional;

/**
 * One mail after transfer decoding: its unfolded, RFC 2047-decoded headers and its text body with LF line
 * ends.
 *
 * @param headers
 *            in the order written
 * @param body
 *            the text the patch is read from (the plain text parts and patch attachments, joined)
 * @param bodyLine
 *            1-based line of the source where the body starts (approximate for encoded bodies)
 */
public record MailMessage(List<Header> headers, String body, int bodyLine) {

	/** One header field. */
	public record Header(String name, String value) {
	}

	/** The first value of a header, case-insensitively. */
	public Optional<String> header(String name) {
		return headers.stream().filter(h -> h.name().equalsIgnoreCase(name)).map(Header::value).findFirst();
	}
}
