package org.faultline.patch.internal;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A mail date: RFC 2822 ({@code Sat, 16 Apr 2016 19:38:23 -0400 (EDT)}) or a web archive's form
 * ({@code Sat Apr 16 2016 - 19:38:23 EST}). The zone keeps the label the source gave it.
 *
 * @param local
 *            the wall-clock time as written
 * @param offset
 *            the zone's offset from UTC
 * @param zoneLabel
 *            the zone as written (EST, -0400, ...)
 */
public record MailDate(LocalDateTime local, ZoneOffset offset, String zoneLabel) {

	private static final Pattern RFC2822 = Pattern.compile(
			"(?:[A-Za-z]{3},\\s*)?(\\d{1,2})\\s+([A-Za-z]{3})\\s+(\\d{4})\\s+(\\d{1,2}:\\d{2}(?::\\d{2})?)\\s*([+-]\\d{4}|[A-Za-z]{1,5})?.*");

	private static final Pattern ARCHIVE = Pattern.compile(
			"(?:[A-Za-z]{3}\\s+)?([A-Za-z]{3})\\s+(\\d{1,2})\\s+(\\d{4})\\s*-?\\s*(\\d{1,2}:\\d{2}(?::\\d{2})?)\\s*([+-]\\d{4}|[A-Za-z]{1,5})?.*");

	/** North American and European labels as mail archives print them. */
	private static final Map<String, Integer> NAMED_ZONES = Map.ofEntries(Map.entry("UT", 0), Map.entry("UTC", 0),
			Map.entry("GMT", 0), Map.entry("Z", 0), Map.entry("EST", -5), Map.entry("EDT", -4), Map.entry("CST", -6),
			Map.entry("CDT", -5), Map.entry("MST", -7), Map.entry("MDT", -6), Map.entry("PST", -8),
			Map.entry("PDT", -7), Map.entry("CET", 1), Map.entry("CEST", 2), Map.entry("BST", 1),
			Map.entry("WET", 0), Map.entry("EET", 2), Map.entry("EEST", 3));

	private static final DateTimeFormatter TIME_PARTS = DateTimeFormatter.ofPattern("d MMM yyyy H:mm[:ss]",
			Locale.ROOT);

	/** The date, or empty when the text is no date this reader knows. */
	public static Optional<MailDate> parse(String text) {
		String value = text.strip();
		Matcher m = RFC2822.matcher(value);
		if (m.matches())
			return of(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5));
		m = ARCHIVE.matcher(value);
		if (m.matches())
			return of(m.group(2), m.group(1), m.group(3), m.group(4), m.group(5));
		return Optional.empty();
	}

	private static Optional<MailDate> of(String day, String month, String year, String time, String zone) {
		String label = zone == null ? "+0000" : zone;
		Optional<ZoneOffset> offset = offset(label);
		if (offset.isEmpty())
			return Optional.empty();
		String monthName = month.substring(0, 1).toUpperCase(Locale.ROOT) + month.substring(1).toLowerCase(Locale.ROOT);
		try {
			LocalDateTime local = LocalDateTime.parse(day + " " + monthName + " " + year + " " + time, TIME_PARTS);
			return Optional.of(new MailDate(local, offset.get(), label));
		} catch (DateTimeParseException e) {
			return Optional.empty();
		}
	}

	private static Optional<ZoneOffset> offset(String label) {
		if (label.matches("[+-]\\d{4}")) {
			int sign = label.charAt(0) == '-' ? -1 : 1;
			int hours = Integer.parseInt(label.substring(1, 3));
			int minutes = Integer.parseInt(label.substring(3, 5));
			// a zone beyond what any clock has (or a broken header) leaves the date unknown, as a bad time does
			return hours > 18 || minutes > 59 || hours == 18 && minutes > 0 ? Optional.empty()
					: Optional.of(ZoneOffset.ofTotalSeconds(sign * (hours * 3600 + minutes * 60)));
		}
		Integer hours = NAMED_ZONES.get(label.toUpperCase(Locale.ROOT));
		return hours == null ? Optional.empty() : Optional.of(ZoneOffset.ofHours(hours));
	}
}
