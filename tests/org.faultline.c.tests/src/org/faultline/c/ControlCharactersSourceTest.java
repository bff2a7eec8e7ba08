package org.faultline.c;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.faultline.c.ast.Problem;
import org.faultline.c.ast.TranslationUnit;
import org.faultline.c.parse.CParser;
import org.faultline.c.parse.Configuration;
import org.faultline.c.parse.Program;
import org.faultline.c.parse.SourceSet;
import org.junit.jupiter.api.Test;

/**
 * Control characters other than NUL in C source. Form feed and vertical tab are white space to gcc (kernel files
 * have a form feed alone on a line between sections, {@code ^L}); any other control character, a line separator
 * or a bidi override outside a comment or string is a stray character gcc rejects: the front end records a problem
 * on its line and reads the rest; inside a comment or string it is text.
 */
class ControlCharactersSourceTest {

	private static final String TWO = "int f(void)\n{\n\treturn 0;\n}\n%s\nint g(int a)\n{\n\tif (a)%s\n\t\treturn 1;\n"
			+ "\treturn 2;\n}\n";

	@Test
	void formFeedAndVerticalTabAreWhiteSpaceAsGccReadsThem() throws Exception {
		for (String blank : List.of("\f", "\u000b")) {
			// alone on a line as in the kernel, inside a function, and ending a macro's body (gcc -pedantic warns of it)
			String text = String.format(TWO, blank, blank + " ") + blank + "\n#define X 1" + blank + "\n";
			try (CParser parser = new CParser()) {
				TranslationUnit unit = parser.parse("mm/ff.c", text);
				assertEquals(List.of("f", "g"), unit.allFunctions().stream().map(f -> f.name()).toList());
				assertEquals(List.of(), unit.problems(), String.format("U+%04X", (int) blank.charAt(0)));
			}
			Program program = SourceSet.from(SourceSet.of(Map.of("mm/ff.c",
					text + "#if X == 1\nint h(void) { return X; }\n#endif\n"))).file("mm/ff.c")
					.configuration(Configuration.none()).load();
			assertEquals(Set.of("f", "g", "h"), program.functions().stream().map(f -> f.name()).collect(Collectors.toSet()),
					"the directive after a form feed is read");
		}
	}

	@Test
	void anyOtherControlOrBidiCharacterIsAProblemOnItsLineAndTheRestIsRead() {
		for (char c : List.of('\u0007', '\u001b', '\u007f', '\u009b', '\u2028', '\u202e')) {
			String what = String.format("U+%04X", (int) c);
			try (CParser parser = new CParser()) {
				// line 5 between the functions, line 8 inside g's condition
				TranslationUnit unit = parser.parse("mm/c.c", String.format(TWO, c, " " + c));
				assertEquals(List.of("f", "g"), unit.allFunctions().stream().map(f -> f.name()).toList(), what);
				Set<Integer> lines = unit.problems().stream().map(p -> p.range().line()).collect(Collectors.toSet());
				assertEquals(Set.of(5, 8), lines, what + ": " + unit.problems());
				// in a comment or a string it is text
				TranslationUnit quoted = parser.parse("mm/q.c", "/* " + c + " */\nchar *s = \"" + c + "\";\nint f(void)\n{\n"
						+ "\treturn 0; // " + c + "\n}\n");
				assertEquals(List.<Problem>of(), quoted.problems(), what);
				assertEquals("f", quoted.allFunctions().getFirst().name());
			}
		}
	}
}
