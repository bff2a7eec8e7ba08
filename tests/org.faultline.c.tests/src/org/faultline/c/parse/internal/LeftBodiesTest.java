package org.faultline.c.parse.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.faultline.c.ast.Problem;
import org.faultline.c.ast.TranslationUnit;
import org.junit.jupiter.api.Test;

/**
 * A file's function bodies are left in tree-sitter's tree and copied and converted when first read (ADR 0050); the
 * unit equals one converted at once, its problems too and in the same order, for each version of a file parsed
 * after the previous one, whenever the bodies are read.
 */
class LeftBodiesTest {

	/**
	 * A body with a problem of its own (a), one inside a conditional (b), one with a syntax error (put) and one
	 * defining a macro (c, a problem too), then a problem at file scope.
	 */
	private static final String FILE = """
			static int a(int x)
			{
				return _Generic(x, int: 1, default: 0);
			}

			#ifdef CONFIG_B
			static int b(int x)
			{
				return x * 2;
			}
			#endif

			static void put(void *p)
			{
				struct box *b = member_of(p, struct box, link);
			}

			static int c(int x)
			{
			#define TWICE(y) ((y) * 2)
				return TWICE(x);
			}

			int d = alignof(int);
			""";

	@Test
	void theBodiesLeftAreThoseWithoutAnErrorOrAMacroDefinition() {
		try (TreeSitterBridge bridge = new TreeSitterBridge()) {
			List<Integer> rows = bridge.parseFileLeavingBodies("f.c", FILE, FILE).leftBodies().keySet().stream()
					.map(SyntaxNode::startRow).sorted().toList();
			assertEquals(List.of(1, 7), rows);
		}
	}

	@Test
	void theUnitEqualsOneConvertedAtOnceProblemsInTheSameOrder() {
		TranslationUnit late;
		try (FrontEnd frontEnd = new FrontEnd()) {
			late = frontEnd.parse("f.c", FILE);
		}
		TranslationUnit early = convertedAtOnce(FILE);
		assertEquals(List.of("unsupported expression generic_expression", "unsupported statement preproc_function_def",
				"unsupported expression alignof_expression"), early.problems().stream().map(Problem::message).toList());
		assertEquals(early.problems(), late.problems());
		assertEquals(early, late);
	}

	/** The next version moves every body and changes one; its parse edits and frees the previous version's tree. */
	@Test
	void bodiesReadAfterTheNextVersionAndAfterTheParserIsClosedAreTheSame() {
		String next = "/* moved */\n" + FILE.replace("x * 2", "x * 3");
		TranslationUnit first, second;
		try (FrontEnd frontEnd = new FrontEnd()) {
			first = frontEnd.parse("f.c", FILE);
			second = frontEnd.parse("f.c", next);
			assertEquals(convertedAtOnce(next), second);
		}
		assertEquals(convertedAtOnce(FILE), first);
	}

	private static TranslationUnit convertedAtOnce(String text) {
		try (TreeSitterBridge bridge = new TreeSitterBridge()) {
			SyntaxNode root = bridge.parseFile("f.c", text, text);
			List<Problem> problems = new ArrayList<>();
			Converter converter = new Converter("f.c", text.getBytes(StandardCharsets.UTF_8), problems, bridge::parse);
			return new TranslationUnit("f.c", converter.translationUnit(root), problems);
		}
	}
}
