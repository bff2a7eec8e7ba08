package org.faultline.patch.tests;

import java.util.ArrayList;
import java.util.List;

/**
 * Damages a diff the way a web archive page does when its text is copied: HTML collapses every run of
 * whitespace to one space and the copy keeps no whitespace at a line's start or end. A context line thus loses
 * its marker, an added line {@code +<tab><tab>x} becomes {@code + x}, a blank context line becomes empty.
 */
final class WebArchiveDamage {

	private WebArchiveDamage() {
	}

	static List<String> damage(List<String> diff) {
		List<String> out = new ArrayList<>(diff.size());
		for (String line : diff) {
			out.add(collapse(line).strip());
		}
		return out;
	}

	static String collapse(String line) {
		StringBuilder out = new StringBuilder(line.length());
		boolean inRun = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			boolean blank = c == ' ' || c == '\t';
			if (!blank || !inRun) {
				out.append(blank ? ' ' : c);
			}
			inRun = blank;
		}
		return out.toString();
	}
}
