package org.faultline.c;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.faultline.c.ast.Problem;
import org.faultline.c.parse.Configuration;
import org.faultline.c.parse.Program;
import org.faultline.c.parse.SourceSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile C for the front end (issue 15's corpus, docs/reliability.md): includes that try to read outside the tree,
 * and nesting deep enough to overflow any recursion. Each ends in a problem naming file and line, never in a file
 * read from outside the tree or a thrown error.
 */
class HostileSourceTest {

	@TempDir
	Path dir;

	@Test
	void includesAreReadOnlyInsideTheTree() throws Exception {
		Path outside = Files.createDirectories(dir.resolve("outside"));
		Files.writeString(outside.resolve("secret.h"), "int stolen(void) { return 1; }\n");
		Path tree = Files.createDirectories(dir.resolve("tree"));
		Path linux = Files.createDirectories(tree.resolve("include/linux"));
		Files.writeString(linux.resolve("plain.h"), "int plain(void) { return 2; }\n");
		Files.createDirectories(tree.resolve("mm"));
		Files.writeString(tree.resolve("mm/real.h"), "int inside(void) { return 3; }\n");
		Files.createSymbolicLink(linux.resolve("evil.h"), Path.of("../../../outside/secret.h"));
		Files.createSymbolicLink(tree.resolve("include/out"), Path.of("../../outside"));
		Files.createSymbolicLink(linux.resolve("fine.h"), Path.of("../../mm/real.h"));
		Files.writeString(tree.resolve("mm/a.c"), String.join("\n",
				"#include \"../../outside/secret.h\"",
				"#include <../../outside/secret.h>",
				"#include \"" + outside.resolve("secret.h").toAbsolutePath() + "\"",
				"#include <linux/evil.h>",
				"#include <out/secret.h>",
				"#include <linux/fine.h>",
				"#include \"../include/linux/plain.h\"",
				"#include \".\"",
				"#include \"../mm\"",
				"int f(void) { return 0; }", ""));

		Program program = SourceSet.from(SourceSet.directory(tree)).includeDirectory("include").file("mm/a.c").load();

		Set<String> functions = program.functions().stream().map(f -> f.name()).collect(Collectors.toSet());
		assertEquals(Set.of("f", "inside", "plain"), functions, "nothing from outside the tree: " + program.problems());
		Map<Integer, String> byLine = program.problems().stream()
				.peek(p -> assertEquals("mm/a.c", p.range().file(), p.toString()))
				.collect(Collectors.toMap(p -> p.range().line(), Problem::message));
		assertEquals(Set.of(1, 2, 3, 4, 5, 8, 9), byLine.keySet(), byLine.toString());
		for (int line : List.of(1, 2, 3))
			assertTrue(byLine.get(line).contains("is outside the tree"), byLine.get(line));
		for (int line : List.of(4, 5))
			assertTrue(byLine.get(line).contains("a symbolic link leads outside the tree"), byLine.get(line));
		assertTrue(byLine.get(8).startsWith("include not found"), byLine.get(8));
		assertTrue(byLine.get(9).startsWith("include not found"), byLine.get(9));

		assertThrows(AccessDeniedException.class,
				() -> SourceSet.from(SourceSet.directory(tree)).file("../outside/secret.h").load());
		assertThrows(AccessDeniedException.class,
				() -> SourceSet.from(SourceSet.directory(tree)).file("include/linux/evil.h").load());
	}

	@Test
	void nestingTenThousandDeepEndsInProblemsNotAStackOverflow() throws Exception {
		int n = 10_000;
		Map<String, String> bodies = Map.of(
				"blocks", "{".repeat(n) + "x++;" + "}".repeat(n) + "\n",
				"ifs", "if (x) {\n".repeat(n) + "x++;\n" + "}\n".repeat(n),
				"parentheses", "return " + "(".repeat(n) + "x" + ")".repeat(n) + ";\n",
				"conditionals", "#if X > 0\n".repeat(n) + "x++;\n" + "#endif\n".repeat(n),
				"a sum", "return x" + " + x".repeat(n) + ";\n");
		for (var body : bodies.entrySet()) {
			String text = "int f(int x)\n{\n" + body.getValue() + "return 0;\n}\nint g(void) { return 1; }\n";
			Program program = SourceSet.from(SourceSet.of(Map.of("f.c", text))).file("f.c")
					.configuration(Configuration.none().with("X", 1)).load();
			assertTrue(program.functions().stream().anyMatch(f -> f.name().equals("g")), body.getKey());
			assertTrue(program.problems().stream().anyMatch(p -> p.message().contains("nested deeper than")),
					body.getKey() + ": " + program.problems());
			int lines = text.split("\n", -1).length;
			for (Problem p : program.problems())
				assertTrue(p.range().file().equals("f.c") && p.range().line() >= 1 && p.range().line() <= lines,
						body.getKey() + ": " + p);
		}
	}

	@Test
	void aFileOfAHundredThousandLinesLosesNoFunction() throws Exception {
		StringBuilder text = new StringBuilder();
		int functions = 0;
		for (int lines = 0; lines < 100_000; lines += 6, functions++)
			text.append("static int fn_").append(functions).append("(struct page *page)\n{\n\tif (PageLocked(page))\n")
					.append("\t\treturn -EBUSY;\n\treturn 0;\n}\n");
		Program program = SourceSet.from(SourceSet.of(Map.of("mm/huge.c", text.toString()))).file("mm/huge.c").load();
		assertEquals(functions, program.functions().size());
		assertEquals("fn_" + (functions - 1), program.functions().getLast().name());
		assertEquals(List.of(), program.problems());
	}
}
