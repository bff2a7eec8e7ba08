package org.faultline.c.parse.internal;

import java.util.Arrays;

/** The source's bytes, and byte offsets to 0-based rows as tree-sitter counts them. */
final class LineTable {
	private final byte[] text;
	private final int[] starts;
	private final int count;

	LineTable(byte[] text) {
		this.text = text;
		int[] s = new int[64];
		int n = 1;
		for (int i = 0; i < text.length; i++)
			if (text[i] == '\n') {
				if (n == s.length)
					s = Arrays.copyOf(s, n * 2);
				s[n++] = i + 1;
			}
		starts = s;
		count = n;
	}

	int row(int offset) {
		int r = Arrays.binarySearch(starts, 0, count, offset);
		return r >= 0 ? r : -r - 2;
	}

	int start(int row) {
		return starts[row];
	}

	/** @return whether a {@code #define} directive starts between {@code from} and {@code to} */
	boolean definesMacro(int from, int to) {
		for (int i = from; i < to; i++) {
			if (text[i] != '#')
				continue;
			int k = i + 1;
			while (k < to && (text[k] == ' ' || text[k] == '\t'))
				k++;
			if (k + 6 <= to && textAt(k, "define"))
				return true;
		}
		return false;
	}

	/** @return whether the ASCII {@code token} is written at {@code offset}. */
	boolean textAt(int offset, String token) {
		if (token.isEmpty() || offset + token.length() > text.length)
			return false;
		for (int i = 0; i < token.length(); i++)
			if (text[offset + i] != token.charAt(i))
				return false;
		return true;
	}
}
