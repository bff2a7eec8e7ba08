package org.faultline.c.parse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.faultline.c.ast.ExternalDeclaration;
import org.faultline.c.ast.Problem;
import org.faultline.c.ast.TranslationUnit;

/**
 * Loads a {@link Program}: the given files plus every header they include that is found in the include
 * directories (quoted includes first next to the including file), parsed once each. Usage:
 *
 * <pre>
 * Program p = SourceSet.from(SourceSet.directory(tree)).includeDirectory("include")
 * 		.file("mm/memory.c").file("mm/filemap.c").load();
 * </pre>
 *
 * Includes that are not found are recorded as problems, not errors: kernel files include far more than a
 * review needs.
 */
public final class SourceSet {

	/** Reads a file by its path relative to the tree; returns null when there is no such file. */
	@FunctionalInterface
	public interface Reader {
		String read(String path) throws IOException;
	}

	private final Reader reader;
	private final List<String> includeDirectories = new ArrayList<>();
	private final List<String> files = new ArrayList<>();
	private Configuration configuration = Configuration.none();
	private CParser parser;

	private SourceSet(Reader reader) {
		this.reader = reader;
	}

	public static SourceSet from(Reader reader) {
		return new SourceSet(reader);
	}

	/** @return a reader of the files under {@code root}. */
	public static Reader directory(Path root) {
		return path -> {
			try {
				return Files.readString(root.resolve(path));
			} catch (NoSuchFileException e) {
				return null;
			}
		};
	}

	/** @return a reader of in-memory files, e.g. an image produced by applying a patch. */
	public static Reader of(Map<String, String> files) {
		Map<String, String> copy = Map.copyOf(files);
		return copy::get;
	}

	public SourceSet includeDirectory(String directory) {
		includeDirectories.add(directory);
		return this;
	}

	public SourceSet file(String path) {
		files.add(path);
		return this;
	}

	public SourceSet configuration(Configuration c) {
		this.configuration = c;
		return this;
	}

	/** Uses an existing parser (not closed here) instead of creating one per load. */
	public SourceSet parser(CParser p) {
		this.parser = p;
		return this;
	}

	/**
	 * @throws IOException when a given file cannot be read or does not exist (named in the message)
	 */
	public Program load() throws IOException {
		if (parser != null)
			return load(parser);
		try (CParser own = new CParser()) {
			return load(own);
		}
	}

	private Program load(CParser p) throws IOException {
		Map<String, TranslationUnit> units = new LinkedHashMap<>();
		List<Problem> problems = new ArrayList<>();
		Deque<String> pending = new ArrayDeque<>();
		Map<String, String> texts = new LinkedHashMap<>();
		for (String f : files) {
			String text = reader.read(f);
			if (text == null)
				throw new NoSuchFileException(f, null, "source file not found in the tree");
			units.put(f, p.parse(f, text));
		}
		pending.addAll(units.keySet());
		while (!pending.isEmpty()) {
			TranslationUnit unit = units.get(pending.pop());
			for (ExternalDeclaration.Include include : includes(configuration.active(unit.declarations()))) {
				String found = locate(unit.path(), include, units, texts);
				if (found == null) {
					problems.add(new Problem(include.range(), "include not found: " + include.path()));
				} else if (!units.containsKey(found)) {
					units.put(found, p.parse(found, texts.get(found)));
					pending.add(found);
				}
			}
		}
		return new Program(new ArrayList<>(units.values()), configuration, problems);
	}

	private static List<ExternalDeclaration.Include> includes(List<ExternalDeclaration> declarations) {
		return declarations.stream().filter(ExternalDeclaration.Include.class::isInstance)
				.map(ExternalDeclaration.Include.class::cast).toList();
	}

	/** @return the path an include resolves to, its text cached in {@code texts}; null if not found. */
	private String locate(String from, ExternalDeclaration.Include include, Map<String, TranslationUnit> known,
			Map<String, String> texts) throws IOException {
		List<String> candidates = new ArrayList<>();
		if (!include.system()) {
			int slash = from.lastIndexOf('/');
			candidates.add(slash < 0 ? include.path() : from.substring(0, slash + 1) + include.path());
		}
		for (String dir : includeDirectories)
			candidates.add(dir.isEmpty() ? include.path() : dir + "/" + include.path());
		for (String c : candidates) {
			if (known.containsKey(c) || texts.containsKey(c))
				return c;
			String text = reader.read(c);
			if (text != null) {
				texts.put(c, text);
				return c;
			}
		}
		return null;
	}
}
