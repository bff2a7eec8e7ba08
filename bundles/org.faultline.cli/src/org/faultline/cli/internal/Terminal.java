package org.faultline.cli.internal;

import java.util.List;
import java.util.Map;

/**
 * What the command line knows about where its output goes. A JVM cannot tell whether stdout or stderr is a
 * terminal (System.console() speaks for stdin and stdout together, and on newer JDKs not even that), so the
 * {@code faultline} script tests each stream and says so in {@value #PROPERTY} ({@code out}, {@code err} or
 * both, comma-separated) and the width in {@code COLUMNS}. Without it, as in-process and under Equinox,
 * neither stream is a terminal.
 *
 * @param out whether stdout is a terminal
 * @param err whether stderr is a terminal
 * @param columns the width to lay out for
 */
record Terminal(boolean out, boolean err, int columns) {

	static final String PROPERTY = "faultline.terminal";

	/** Wide enough for two conditions side by side; a pipe or file gets this width. */
	static final int DEFAULT_COLUMNS = 120;

	static Terminal detect() {
		return of(System.getProperty(PROPERTY, ""), System.getenv());
	}

	static Terminal of(String streams, Map<String, String> environment) {
		List<String> terminals = List.of(streams.split(","));
		int columns = DEFAULT_COLUMNS;
		try {
			columns = Integer.parseInt(environment.getOrDefault("COLUMNS", ""));
		} catch (NumberFormatException e) {
			// no width given: the default
		}
		return new Terminal(terminals.contains("out"), terminals.contains("err"), Math.max(80, columns));
	}

	/**
	 * Colour on stdout: {@code always}, {@code never}, or {@code auto} (on a terminal, unless {@code NO_COLOR}
	 * is set to anything non-empty, as no-color.org asks).
	 */
	boolean colour(String when, Map<String, String> environment) {
		return switch (when) {
		case "always" -> true;
		case "never" -> false;
		default -> out && environment.getOrDefault("NO_COLOR", "").isEmpty();
		};
	}
}
