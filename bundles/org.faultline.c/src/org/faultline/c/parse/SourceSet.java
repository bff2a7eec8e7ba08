package org.faultline.c.parse;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.faultline.c.ast.ExternalDeclaration;
import org.faultline.c.ast.Problem;
import org.faultline.c.ast.SourceRange;
import org.faultline.c.parse.internal.LazyUnit;

/**
 * Loads a {@link Program}: the given files plus every header they include that is found in the include
 * directories (quoted includes first next to the including file), parsed once each, under a
 * {@link Configuration} as cpp reads them (see there). Usage:
 *
 * <pre>
 * Program p = SourceSet.from(SourceSet.directory(tree)).includeDirectory("include")
 * 		.file("mm/memory.c").file("mm/filemap.c").load();
 * </pre>
 *
 * Includes that are not found are recorded as problems, not errors: kernel files include far more than a
 * review needs. So are includes that lead outside the tree ({@code "../../x"}, an absolute path, a symbolic link
 * out of it): they are never read.
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
	private final List<String> preIncludes = new ArrayList<>();
	private final List<String> optionalPreIncludes = new ArrayList<>();
	/** Whether {@code <asm/X.h>} not found is read as {@code <asm-generic/X.h>}, as kbuild's generated wrappers do. */
	private boolean genericAsm;
	private Configuration configuration = Configuration.none();
	private CParser parser;

	private SourceSet(Reader reader) {
		this.reader = reader;
	}

	public static SourceSet from(Reader reader) {
		return new SourceSet(reader);
	}

	/**
	 * @return a reader of the files under {@code root}, and of nothing else: a path that leads out of it, also
	 *         through a symbolic link, is refused with an {@link AccessDeniedException}; a path that is not a
	 *         regular file reads as none
	 */
	public static Reader directory(Path root) {
		Path base = root.toAbsolutePath().normalize();
		return path -> {
			Path file;
			try {
				file = base.resolve(path).normalize();
			} catch (InvalidPathException e) {
				return null; // a NUL in an include's name, say: no such file
			}
			if (!file.startsWith(base))
				throw new AccessDeniedException(path, null, "outside the tree " + base);
			if (!Files.isRegularFile(file))
				return null;
			Path real = file.toRealPath();
			if (!real.startsWith(base.toRealPath()))
				throw new AccessDeniedException(path, real.toString(), "a symbolic link leads outside the tree " + base);
			return Files.readString(real);
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

	/**
	 * Adds the include directories of an x86 kernel build, in the order its Makefile gives them to cpp
	 * (architecture first), and the headers it reads before every file ({@code -include
	 * include/linux/kconfig.h}, and include/linux/compiler_types.h where the tree has it), for a reader of a
	 * kernel checkout.
	 */
	public SourceSet kernelIncludes() {
		for (String d : List.of("arch/x86/include", "arch/x86/include/generated/uapi", "arch/x86/include/generated",
				"include", "arch/x86/include/uapi", "include/uapi", "include/generated/uapi"))
			includeDirectory(d);
		preInclude("include/linux/kconfig.h");
		// kbuild has pre-included it since 4.17; older trees have no such header
		optionalPreIncludes.add("include/linux/compiler_types.h");
		// kbuild generates arch/x86/include/generated/(uapi/)asm/X.h, "#include <asm-generic/X.h>", for each
		// header of asm-generic the architecture does not provide; a checkout has no generated files
		genericAsm = true;
		return this;
	}

	/**
	 * Reads {@code path} (relative to the tree) before the files, as cpp's {@code -include} does; a tree
	 * without it gets a problem, not an error.
	 */
	public SourceSet preInclude(String path) {
		preIncludes.add(path);
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
		Load load = new Load(p);
		for (String f : files) {
			String text = reader.read(f);
			if (text == null)
				throw new NoSuchFileException(f, null, "source file not found in the tree");
			load.units.put(f, LazyUnit.whole(p.parse(f, text), text));
		}
		List<String> pre = new ArrayList<>(preIncludes);
		pre.addAll(optionalPreIncludes);
		for (String path : pre) {
			String text = reader.read(path);
			if (text != null)
				load.walk(load.units.computeIfAbsent(path, k -> p.header(k, text)));
			else if (!optionalPreIncludes.contains(path))
				load.problems.add(new Problem(new SourceRange(path, 0, 0, 0, 0, 0, 0), "pre-included header not found"));
		}
		for (String f : files)
			load.walk(load.units.get(f));
		return new Program(load.configuration, new ArrayList<>(load.units.values()), load.problems);
	}

	/**
	 * One load: reads the files as cpp does, in order, entering each header where it is included (once: the
	 * kernel's headers are guarded) and only the branches the configuration, with the macros defined so
	 * far, takes. The given files are parsed whole; a header's declarations other than directives are parsed
	 * when the program first looks for a name they may define ({@link CParser#header}).
	 */
	private final class Load {
		private final CParser parser;
		private final Macros macros = new Macros();
		private final Configuration configuration = SourceSet.this.configuration.withMacros(macros);
		private final Map<String, LazyUnit> units = new LinkedHashMap<>();
		private final Set<String> walked = new HashSet<>();
		private final Map<String, String> texts = new HashMap<>();
		private final List<Problem> problems = new ArrayList<>();

		Load(CParser parser) {
			this.parser = parser;
		}

		/**
		 * @return the path an include resolves to, its text cached in {@link #texts}; null when it is not found,
		 *         or leads outside the tree, which a problem then says
		 */
		private String locate(String from, ExternalDeclaration.Include include) throws IOException {
			List<String> candidates = new ArrayList<>();
			if (include.path().startsWith("/"))
				candidates.add(include.path()); // cpp opens only that
			else {
				if (!include.system()) {
					int slash = from.lastIndexOf('/');
					candidates.add(slash < 0 ? include.path() : from.substring(0, slash + 1) + include.path());
				}
				for (String dir : includeDirectories)
					candidates.add(dir.isEmpty() ? include.path() : dir + "/" + include.path());
				if (genericAsm && include.system() && include.path().startsWith("asm/"))
					for (String dir : includeDirectories)
						candidates.add(dir + "/asm-generic/" + include.path().substring("asm/".length()));
			}
			String refused = null;
			for (String candidate : candidates) {
				String c = inTree(candidate);
				if (c == null) {
					refused = refused != null ? refused : candidate + " is outside the tree";
					continue;
				}
				if (units.containsKey(c) || texts.containsKey(c))
					return c;
				try {
					String text = reader.read(c);
					if (text != null) {
						texts.put(c, text);
						return c;
					}
				} catch (AccessDeniedException e) {
					refused = refused != null ? refused : e.getMessage();
				}
			}
			problems.add(new Problem(include.range(), refused == null ? "include not found: " + include.path()
					: "include \"" + include.path() + "\" not read: " + refused));
			return null;
		}

		void walk(LazyUnit unit) throws IOException {
			if (walked.add(unit.path()))
				walk(unit.path(), unit.skeleton().declarations());
		}

		private void walk(String path, List<ExternalDeclaration> declarations) throws IOException {
			for (ExternalDeclaration d : declarations) {
				switch (d) {
					case ExternalDeclaration.Include include -> {
						String found = locate(path, include);
						if (found == null)
							continue;
						if (!units.containsKey(found))
							units.put(found, parser.header(found, texts.get(found)));
						walk(units.get(found));
					}
					case ExternalDeclaration.ObjectMacro m -> macros.define(m);
					case ExternalDeclaration.FunctionMacro m -> macros.define(m);
					case ExternalDeclaration.Undef u -> macros.undefine(u.name());
					case ExternalDeclaration.Conditional c -> {
						int chosen = configuration.choose(c.branches());
						macros.chose(c.branches(), chosen);
						if (chosen >= 0)
							walk(path, c.branches().get(chosen).items());
					}
					default -> {
						// declarations are indexed by the Program
					}
				}
			}
		}
	}

	/**
	 * A path of the tree with {@code .} and {@code ..} taken away, as cpp would open it; null when it is absolute or
	 * climbs above the tree's root.
	 */
	static String inTree(String path) {
		if (path.startsWith("/"))
			return null;
		List<String> parts = new ArrayList<>();
		for (String part : path.split("/"))
			switch (part) {
				case "", "." -> {
					// "a//b" and "a/./b" are "a/b"
				}
				case ".." -> {
					if (parts.isEmpty())
						return null;
					parts.removeLast();
				}
				default -> parts.add(part);
			}
		return String.join("/", parts);
	}
}
