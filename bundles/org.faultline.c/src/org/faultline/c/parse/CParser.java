package org.faultline.c.parse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.faultline.c.ast.TranslationUnit;
import org.faultline.c.parse.internal.FrontEnd;
import org.faultline.c.parse.internal.LazyUnit;

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

	private record Parsed<T>(String source, T unit) {
	}

	private final FrontEnd frontEnd = new FrontEnd();

	private final Map<String, Parsed<TranslationUnit>> units = kept();

	private final Map<String, Parsed<LazyUnit>> headers = kept();

	private static <T> Map<String, Parsed<T>> kept() {
		return new LinkedHashMap<>(64, 0.75f, true) {
			private static final long serialVersionUID = 1L;

			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Parsed<T>> eldest) {
				return size() > KEPT_UNITS;
			}
		};
	}

	/**
	 * @param path the file name recorded in every source range
	 * @param source the file's text
	 */
	public TranslationUnit parse(String path, String source) {
		Objects.requireNonNull(path, "path");
		Objects.requireNonNull(source, "source");
		Parsed<TranslationUnit> last = units.get(path);
		if (last != null && last.source().equals(source))
			return last.unit();
		TranslationUnit unit = frontEnd.parse(path, source);
		units.put(path, new Parsed<>(source, unit));
		return unit;
	}

	/**
	 * Parses an included file's directives now and its other declarations when a {@link Program} first looks
	 * for a name they may define: a review reaches few of the declarations of the hundreds of headers a kernel
	 * file includes. Remembered like {@link #parse(String, String)}, with what was parsed of it since.
	 */
	LazyUnit header(String path, String source) {
		Objects.requireNonNull(path, "path");
		Objects.requireNonNull(source, "source");
		Parsed<LazyUnit> last = headers.get(path);
		if (last != null && last.source().equals(source))
			return last.unit();
		LazyUnit unit = frontEnd.parseLazily(path, source);
		headers.put(path, new Parsed<>(source, unit));
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
