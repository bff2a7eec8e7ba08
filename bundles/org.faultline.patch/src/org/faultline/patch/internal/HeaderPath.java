package org.faultline.patch.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A path as a diff header writes it: git puts a path with control characters, quotes, backslashes or (by
 * default) bytes beyond ASCII in double quotes, with C escapes ({@code \t}, {@code \"}, {@code \303\251}). A
 * path that holds a tab or a {@linkplain HiddenCharacters hidden character} is refused: nothing in a kernel tree is
 * named so, and a reviewer could not see which file is changed.
 */
final class HeaderPath {

	private HeaderPath() {
	}

	/** The path a quoted header path stands for; one that is not quoted as a whole is taken as it is. */
	static String unquote(String path) {
		if (path.length() < 2 || !path.startsWith("\"") || !path.endsWith("\""))
			return path;
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		for (int i = 1; i < path.length() - 1; i++) {
			char c = path.charAt(i);
			if (c != '\\' || i + 1 == path.length() - 1) {
				bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
				continue;
			}
			char e = path.charAt(++i);
			int octal = 0;
			int digits = 0;
			while (digits < 3 && i + digits < path.length() - 1 && path.charAt(i + digits) >= '0'
					&& path.charAt(i + digits) <= '7')
				octal = octal * 8 + path.charAt(i + digits++) - '0';
			if (digits > 0) {
				bytes.write(octal);
				i += digits - 1;
				continue;
			}
			bytes.write(switch (e) {
				case 'a' -> 7;
				case 'b' -> '\b';
				case 't' -> '\t';
				case 'n' -> '\n';
				case 'v' -> 11;
				case 'f' -> '\f';
				case 'r' -> '\r';
				default -> e; // \" and \\
			});
		}
		return new String(bytes.toByteArray(), StandardCharsets.UTF_8);
	}

	/**
	 * @param line
	 *            the 1-based patch line the path is on
	 * @throws PatchInputException
	 *             {@code bad-path} naming the first such character, a tab included, and the path with it escaped
	 */
	static void check(String path, int line) throws PatchInputException {
		if (path == null)
			return;
		int bad = path.indexOf('\t') >= 0 ? '\t' : HiddenCharacters.first(path);
		if (bad >= 0)
			throw new PatchInputException(Problem.error("bad-path", String.format("path has the %s character U+%04X: '%s'",
					Character.getType(bad) == Character.CONTROL ? "control" : "invisible", bad,
					HiddenCharacters.escaped(path)), null, -1, line));
	}
}
