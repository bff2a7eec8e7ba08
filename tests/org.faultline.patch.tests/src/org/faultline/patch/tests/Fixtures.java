package org.faultline.patch.tests;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The test fixtures in JGit's style ({@code X.patch}, {@code X_PreImage}, {@code X_PostImage}) and the damage
 * that mail clients and web archives do to patches, applied to a clean patch's text.
 */
final class Fixtures {

	private Fixtures() {
	}

	static byte[] bytes(String name) {
		try (InputStream in = Fixtures.class.getResourceAsStream("/resources/" + name)) {
			if (in != null)
				return in.readAllBytes();
			return Files.readAllBytes(Path.of("resources", name));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static String text(String name) {
		return new String(bytes(name), StandardCharsets.UTF_8);
	}

	/** The kinds of damage, each a function from a clean patch text to a damaged one. */
	enum Damage implements UnaryOperator<String> {
		NONE {
			@Override
			public String apply(String patch) {
				return patch;
			}
		},
		/** Every tab is gone. */
		TABS_STRIPPED {
			@Override
			public String apply(String patch) {
				return mapDiffLines(patch, line -> line.replace("\t", ""));
			}
		},
		/** As a web archive shows it: leading whitespace gone (context markers too), runs collapsed. */
		LEADING_WHITESPACE_STRIPPED {
			@Override
			public String apply(String patch) {
				return mapDiffLines(patch, line -> {
					String marker = line.startsWith("+") || line.startsWith("-") ? line.substring(0, 1) : "";
					String rest = line.substring(marker.length()).replaceAll("\\s+", " ");
					return marker + (marker.isEmpty() ? rest.strip() : rest.stripTrailing());
				});
			}
		},
		CRLF {
			@Override
			public String apply(String patch) {
				return patch.replace("\r\n", "\n").replace("\n", "\r\n");
			}
		},
		/** A mail client wrapped the first long hunk line at a space before column 72. */
		WRAPPED {
			@Override
			public String apply(String patch) {
				List<String> lines = new ArrayList<>(List.of(patch.split("\n", -1)));
				int hunks = 0;
				for (int i = 0; i < lines.size(); i++) {
					String line = lines.get(i);
					hunks += line.startsWith("@@") ? 1 : 0;
					if (hunks > 0 && !line.startsWith("@@") && line.length() > 72) {
						int cut = line.lastIndexOf(' ', 70);
						lines.set(i, line.substring(0, cut));
						lines.add(i + 1, line.substring(cut + 1));
						return String.join("\n", lines);
					}
				}
				throw new IllegalArgumentException("no long line to wrap");
			}
		},
		/** The tree moved on: every hunk header names lines 7 later than the file has them. */
		SHIFTED {
			@Override
			public String apply(String patch) {
				Matcher m = Pattern.compile("(?m)^@@ -(\\d+),(\\d+) \\+(\\d+),(\\d+) @@").matcher(patch);
				StringBuilder out = new StringBuilder();
				while (m.find()) {
					m.appendReplacement(out, "@@ -" + (Integer.parseInt(m.group(1)) + 7) + "," + m.group(2) + " +"
							+ (Integer.parseInt(m.group(3)) + 7) + "," + m.group(4) + " @@");
				}
				m.appendTail(out);
				return out.toString();
			}
		};

		/** Applies a change to the lines of the hunks only: mail headers and file headers stay. */
		private static String mapDiffLines(String patch, UnaryOperator<String> change) {
			StringBuilder out = new StringBuilder();
			boolean inHunk = false;
			for (String line : patch.split("\n", -1)) {
				if (line.startsWith("@@")) {
					inHunk = true;
				} else if (line.startsWith("diff --git") || line.equals("-- ")) {
					inHunk = false;
				} else if (inHunk) {
					line = change.apply(line);
				}
				out.append(line).append('\n');
			}
			return out.substring(0, out.length() - 1);
		}
	}
}
