package org.faultline.c.parse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

import org.faultline.c.ast.TranslationUnit;
import org.faultline.c.parse.internal.FrontEnd;

/**
 * Parses kernel C into the {@link org.faultline.c.ast} model. One instance holds a native parser: reuse it
 * for many files, use it from one thread at a time, and close it. It remembers the syntax trees and top-level
 * declarations of the files it parsed (by path), so that parsing another version of a file reparses and
 * copies only what changed.
 */
public final class CParser implements AutoCloseable {

	private final FrontEnd frontEnd = new FrontEnd();

	/**
	 * @param path the file name recorded in every source range
	 * @param source the file's text
	 */
	public TranslationUnit parse(String path, String source) {
		return frontEnd.parse(Objects.requireNonNull(path, "path"), Objects.requireNonNull(source, "source"));
	}

	public TranslationUnit parse(Path file) throws IOException {
		return parse(file.toString(), Files.readString(file));
	}

	@Override
	public void close() {
		frontEnd.close();
	}
}
