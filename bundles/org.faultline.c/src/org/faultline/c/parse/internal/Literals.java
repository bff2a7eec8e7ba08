package org.faultline.c.parse.internal;

import java.math.BigInteger;
import java.util.Locale;

/** Values of C literals as the compiler computes them. */
final class Literals {

	record IntegerValue(BigInteger value, boolean unsigned, int longs) {
	}

	private Literals() {
	}

	/** @return the value of an integer constant, or null if {@code text} is not one. */
	static IntegerValue integerValue(String text) {
		String t = text.replace("'", "");
		int end = t.length();
		while (end > 0 && "uUlL".indexOf(t.charAt(end - 1)) >= 0)
			end--;
		String suffix = t.substring(end).toLowerCase(Locale.ROOT);
		String digits = t.substring(0, end);
		int radix = 10;
		if (digits.startsWith("0x") || digits.startsWith("0X")) {
			radix = 16;
			digits = digits.substring(2);
		} else if (digits.startsWith("0b") || digits.startsWith("0B")) {
			radix = 2;
			digits = digits.substring(2);
		} else if (digits.length() > 1 && digits.startsWith("0")) {
			radix = 8;
			digits = digits.substring(1);
		}
		if (digits.isEmpty())
			return null;
		try {
			return new IntegerValue(new BigInteger(digits, radix), suffix.contains("u"),
					suffix.length() - suffix.replace("l", "").length());
		} catch (NumberFormatException e) {
			return null;
		}
	}

	static Double floatValue(String text) {
		try {
			return Double.valueOf(text.replaceAll("[fFlL]$", ""));
		} catch (NumberFormatException e) {
			return null;
		}
	}

	/** @return the value of a character constant such as {@code 'a'} or {@code '\n'}. */
	static int charValue(String text) {
		int open = text.indexOf('\'');
		String body = text.substring(open + 1, text.length() - 1);
		String value = unescape(body);
		return value.isEmpty() ? 0 : value.charAt(0);
	}

	/** @return the characters of a string literal (with its prefix and quotes) after escapes. */
	static String stringValue(String text) {
		int open = text.indexOf('"');
		return unescape(text.substring(open + 1, text.length() - 1));
	}

	private static String unescape(String s) {
		StringBuilder out = new StringBuilder(s.length());
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c != '\\' || i + 1 == s.length()) {
				out.append(c);
				continue;
			}
			char e = s.charAt(++i);
			switch (e) {
				case 'n' -> out.append('\n');
				case 't' -> out.append('\t');
				case 'r' -> out.append('\r');
				case 'a' -> out.append('\u0007');
				case 'b' -> out.append('\b');
				case 'f' -> out.append('\f');
				case 'v' -> out.append('\u000b');
				case 'e' -> out.append('\u001b');
				case 'x' -> {
					int j = i + 1;
					while (j < s.length() && Character.digit(s.charAt(j), 16) >= 0)
						j++;
					out.append((char) Integer.parseInt(s.substring(i + 1, j), 16));
					i = j - 1;
				}
				case '0', '1', '2', '3', '4', '5', '6', '7' -> {
					int j = i;
					while (j < s.length() && j < i + 3 && s.charAt(j) >= '0' && s.charAt(j) <= '7')
						j++;
					out.append((char) Integer.parseInt(s.substring(i, j), 8));
					i = j - 1;
				}
				default -> out.append(e);
			}
		}
		return out.toString();
	}
}
