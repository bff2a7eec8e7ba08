package org.faultline.c.parse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.faultline.c.ast.TranslationUnit;
import org.faultline.c.parse.internal.FrontEnd;

/**
 * Parses kernel C into the {@link org.faultline.c.ast} model. One instance holds a native parser: reuse it
 * for many files, use it from one thread at a time, and close it. It remembers the syntax trees and top-level
 * declarations of the files it parsed (by path), so that parsing another version of a file reparses and
 * copies only what changed; and the unit it made of each file, so that a file read again unchanged (the
 * hundreds of headers two versions of a kernel tree share) costs nothing.
 */
public final class CParser implements AutoCloseable {

	/**
	 * How many files' units are kept: more than the headers one kernel's fault path includes (about 450 for
	 * x86_64 v4.6), so that building its second version finds all of them.
	 */
	private static final int KEPT_UNITS = 2048;

	private record Parsed(String source, TranslationUnit unit) {
	}

	private final FrontEnd frontEnd = new FrontEnd();

	private final Map<String, Parsed> units = new LinkedHashMap<>(64, 0.75f, true) {
		private static final long serialVersionUID = 1L;

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Parsed> eldest) {
			return size() > KEPT_UNITS;
		}
	};

	/**
	 * @param path the file name recorded in every source range
	 * @param source the file's text
	 */
	public TranslationUnit parse(String path, String source) {
		Objects.requireNonNull(path, "path");
		Objects.requireNonNull(source, "source");
		Parsed last = units.get(path);
		if (last != null && last.source().equals(source))
			return last.unit();
		TranslationUnit unit = frontEnd.parse(path, source);
		units.put(path, new Parsed(source, unit));
		return unit;
	}

	public TranslationUnit parse(Path file) throws IOException {
		return parse(file.toString(), Files.readString(file));
	}

	@Override
	public void close() {
		frontEnd.close();
	}
}
