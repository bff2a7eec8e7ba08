package org.faultline.mmtree.internal;

import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;

import org.eclipse.jgit.lib.PersonIdent;

/**
 * The embedded "huge tmpfs (model)" patch: a git format-patch file of Faultline's own, whose header
 * gives the commit's date and message. It is read strictly; it is not a general mail reader (that is
 * org.faultline.patch's job) and fails loudly if the embedded file is ever malformed.
 */
record ModelPatch(PersonIdent author, String message, byte[] diff) {

	static final String MODEL_AUTHOR = "Faultline model";

	static final String MODEL_ADDRESS = "model@faultline.invalid";

	static ModelPatch parse(byte[] bytes) {
		String text = new String(bytes, StandardCharsets.UTF_8);
		int headerEnd = text.indexOf("\n\n");
		int bodyEnd = text.indexOf("\n---\n");
		int diffStart = text.indexOf("\ndiff --git ");
		if (headerEnd < 0 || bodyEnd < headerEnd || diffStart < bodyEnd)
			throw new IllegalStateException(ModelledTreeBuilder.MODEL_PATCH + " is not a format-patch file");
		String header = text.substring(0, headerEnd);
		String subject = field(header, "Subject: ").replaceFirst("^\\[PATCH[^\\]]*\\]\\s*", "");
		ZonedDateTime date = ZonedDateTime.parse(field(header, "Date: "), DateTimeFormatter.RFC_1123_DATE_TIME);
		PersonIdent author = new PersonIdent(MODEL_AUTHOR, MODEL_ADDRESS, date.toInstant(), date.getZone());
		String body = text.substring(headerEnd + 2, bodyEnd + 1);
		byte[] diff = Arrays.copyOfRange(bytes, text.substring(0, diffStart + 1).getBytes(StandardCharsets.UTF_8).length,
				bytes.length);
		return new ModelPatch(author, subject + "\n\n" + body, diff);
	}

	private static String field(String header, String name) {
		return header.lines()
				.filter(line -> line.startsWith(name))
				.map(line -> line.substring(name.length()).trim())
				.findFirst()
				.orElseThrow(() -> new IllegalStateException(ModelledTreeBuilder.MODEL_PATCH + " has no " + name.trim()));
	}
}
