package org.faultline.cli.internal;

/** The few ANSI styles the report uses; {@link #PLAIN} adds nothing. */
enum Style {
	PLAIN(""), BOLD("1"), DIM("2"), RED("31"), GREEN("32"), YELLOW("33"), CYAN("36");

	private final String code;

	Style(String code) {
		this.code = code;
	}

	/** {@code text} in this style when colour is on. */
	String apply(String text, boolean colour) {
		return !colour || code.isEmpty() || text.isEmpty() ? text : "\u001b[" + code + "m" + text + "\u001b[0m";
	}
}
