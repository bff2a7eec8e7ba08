package org.faultline.review.tests;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.faultline.model.review.Annotation;
import org.faultline.model.review.LineTarget;
import org.faultline.review.internal.ReplyMarks;

/** Files of resources/, and annotations described for comparing. */
final class Fixtures {

	private Fixtures() {
	}

	static String text(String name) throws IOException {
		try (InputStream in = Fixtures.class.getResourceAsStream("/resources/" + name)) {
			if (in == null)
				throw new IOException("no fixture resources/" + name);
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	/** Each annotation and reply as "author | anchor | excerpt | text", depth-first. */
	static List<String> describe(List<Annotation> annotations) {
		List<String> out = new ArrayList<>();
		for (Annotation a : annotations) {
			String excerpt = a.getTarget() instanceof LineTarget t ? t.getExcerpt() : "";
			out.add(a.getAuthor() + " | " + ReplyMarks.reference(a.getTarget()) + " | " + excerpt + " | " + a.getText());
			out.addAll(describe(a.getReplies()).stream().map(r -> "  " + r).toList());
		}
		return out;
	}

	/**
	 * The 1-based number of the first of {@code lines} in {@code text}, compared without whitespace, where they
	 * stand one under the other; they must do so exactly once.
	 */
	static int lineOf(String text, String... lines) {
		String[] file = text.split("\n", -1);
		int found = 0;
		for (int i = 0; i + lines.length <= file.length; i++) {
			boolean here = true;
			for (int j = 0; j < lines.length && here; j++)
				here = squash(file[i + j]).equals(squash(lines[j]));
			if (here && found != 0)
				throw new AssertionError("'" + lines[0] + "' is there twice");
			if (here)
				found = i + 1;
		}
		if (found == 0)
			throw new AssertionError("'" + lines[0] + "' is not there");
		return found;
	}

	private static String squash(String line) {
		return line.replaceAll("\\s+", "");
	}
}
