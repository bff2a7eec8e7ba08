package org.faultline.c;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.faultline.c.ast.TranslationUnit;
import org.faultline.c.parse.CParser;
import org.junit.jupiter.api.Test;

/** Each version of a file, parsed after the previous one by the same parser, equals a fresh parse of it. */
class IncrementalParseTest {

	private static final String BASE = """
			#include <linux/mm.h>

			static int __init a(void)
			{
				return 1;
			}

			static int b;
			/* c doubles */
			int c(int x)
			{
				return x * 2;
			}
			""";

	/** Lines added before, inside and after declarations, one removed, a line widened, no final newline. */
	private static final List<String> VERSIONS = List.of(
			"/* new first line */\n" + BASE,
			BASE.replace("static int b;\n", "static int b;\nstatic long d = 3;\n\n"),
			BASE.replace("\treturn 1;\n", "\tif (b)\n\t\treturn 2;\n\treturn 1;\n"),
			BASE.replace("static int b;\n", ""),
			BASE.replace("x * 2", "x * 2 + b - a()"),
			BASE.strip() + "\nint e(void) { return c(1); }",
			"int only(void) { return 0; }\n",
			BASE);

	@Test
	void everyVersionParsesToWhatAFreshParserGives() {
		try (CParser incremental = new CParser()) {
			incremental.parse("f.c", BASE);
			for (String version : VERSIONS) {
				TranslationUnit fresh;
				try (CParser other = new CParser()) {
					fresh = other.parse("f.c", version);
				}
				assertEquals(fresh, incremental.parse("f.c", version), version);
			}
		}
	}
}
