package org.faultline.c;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.faultline.c.ast.ExternalDeclaration;
import org.faultline.c.ast.ExternalDeclaration.FunctionDefinition;
import org.faultline.c.ast.TranslationUnit;
import org.faultline.c.parse.Configuration;
import org.faultline.c.parse.Program;
import org.faultline.c.parse.SourceSet;
import org.faultline.c.parse.internal.FrontEnd;
import org.faultline.c.parse.internal.LazyUnit;
import org.junit.jupiter.api.Test;

/** A header's declarations parsed one by one when asked for give what a parse of the whole file gives. */
class LazyHeaderTest {

	private static final String HEADER = """
			#ifndef _LINUX_THING_H
			#define _LINUX_THING_H
			#include <linux/types.h>
			#define THING_SHIFT	12
			#define THING_SIZE	(1UL << THING_SHIFT)
			#define thing_ok(t)	((t)->count > 0)
			#define for_each_thing(t, h) \\
				for (t = (h)->first; t; t = t->next)

			/* a counted thing */
			struct thing {
				int count;
			#ifdef CONFIG_THING_DEBUG
				const char *name;
			#endif
				struct thing *next;
			};

			typedef struct {
				unsigned long val;
			} thing_t;

			enum thing_state { THING_NEW, THING_USED = 4, THING_GONE };

			extern struct thing *thing_root;
			extern int (*thing_hook)(struct thing *t);
			int thing_count(struct thing *t);

			#ifdef CONFIG_THINGS
			static inline int thing_get(struct thing *t)
			{
			#ifdef CONFIG_THING_DEBUG
				if (!t->name)
					return 0;
			#endif
				return ++t->count;
			}
			#else /* !CONFIG_THINGS */
			static inline int thing_get(struct thing *t) { return 0; }
			#endif /* CONFIG_THINGS */
			static inline void thing_put(struct thing *t)
			{
				t->count--;
			}
			DECLARE_THING(thing_cache);
			#elif defined(OTHER)
			int other;
			#else
			int neither(void)
			{
				return 0;
			}
			#endif
			int after_guard; /* trailing */
			""";

	@Test
	void aHeaderParsedLazilyIsTheHeaderParsedWhole() {
		try (FrontEnd frontEnd = new FrontEnd()) {
			TranslationUnit whole = frontEnd.parse("include/linux/thing.h", HEADER);
			LazyUnit lazy = frontEnd.parseLazily("include/linux/thing.h", HEADER);
			assertTrue(lazy.chunks().size() >= 10, "declarations are parsed apart: " + lazy.chunks().size());
			TranslationUnit merged = lazy.unit();
			assertEquals(whole.declarations(), merged.declarations());
			assertEquals(new HashSet<>(whole.problems()), new HashSet<>(merged.problems()));
		}
	}

	@Test
	void aDirectiveInsideADeclarationMakesTheHeaderParseWhole() {
		String text = "extern int thing_op(int a\n#ifdef CONFIG_B\n, int b\n#endif\n);\nint x;\n";
		try (FrontEnd frontEnd = new FrontEnd()) {
			LazyUnit lazy = frontEnd.parseLazily("t.h", text);
			assertEquals(List.of(), lazy.chunks());
			assertEquals(frontEnd.parse("t.h", text), lazy.unit());
		}
	}

	@Test
	void whatFollowsADefineWithABlankBodyStaysWithItUpToTheNextDirective() {
		// tree-sitter takes the body of "#define X" followed by blanks from the next line (blanks of the source: an
		// annotation that is all of a body stays, PreprocessingTest.aDefineWhoseBodyIsAnAnnotationEndsAtItsLine)
		String text = "#define __jiffy_data  \t\n"
				+ "extern unsigned long __jiffy_data jiffies;\n" + "#define HZ 100\n"
				+ "extern unsigned long volatile jiffies_64;\n";
		assertOnlyChunkIs("extern unsigned long volatile jiffies_64;\n", text);
		// and a body of blanks on a line a backslash joins to the directive's (v6.12's kcsan-checks.h, annotations
		// blanked, before they were kept as the body)
		assertOnlyChunkIs("int b;\n", "#define __kcsan_cleanup_scoped \\\n\t  \nint a;\n#define Y 1\nint b;\n");
	}

	@Test
	void whatFollowsADirectiveGoingOnAfterACommentStaysWithIt() {
		String text = "#define VERIFY(p) (p) /* sign */ int z;\n" + "int x;\n" + "#include <linux/types.h>\n"
				+ "int y;\n";
		assertOnlyChunkIs("int y;\n", text);
	}

	@Test
	void aSkeletonWithAnErrorMakesTheHeaderParseWhole() {
		// tree-sitter reads the line after the comment as code with an error, which may be recovered otherwise
		// in the skeleton than in the file (ADR 0049)
		String text = "#define VERIFY(p) \\\n\t(BUILD_BUG_ON((p) < 0) /* sign */ \\\n\t + (p))\n"
				+ "int x;\n" + "#include <linux/types.h>\n" + "int y;\n";
		try (FrontEnd frontEnd = new FrontEnd()) {
			LazyUnit lazy = frontEnd.parseLazily("t.h", text);
			assertEquals(List.of(), lazy.chunks());
			assertEquals(frontEnd.parse("t.h", text), lazy.unit());
		}
	}

	@Test
	void aChunkWithAnErrorMakesTheHeaderParseWholeInAProgramToo() throws IOException {
		// the function's block ends in a label and its default has no colon: parsed whole, tree-sitter's recovery
		// takes the #define and the struct after the function into its body; the skeleton holds the #define
		String header = "int f1(void)\n{\n\t{\n\tout:\n\t}\n\tdefault\n}\n#define M 1\nstruct s0 { int a; };\n";
		Program program = SourceSet.from(SourceSet.of(Map.of("mm/s.c", "#include <linux/s.h>\n",
				"include/linux/s.h", header))).includeDirectory("include").configuration(Configuration.none())
				.file("mm/s.c").load();
		assertNotNull(program.function("f1"));
		assertNull(program.objectMacro("M"), "the whole parse has no #define at file scope");
		assertNull(program.struct("s0"), "nor a struct");
		try (FrontEnd frontEnd = new FrontEnd()) {
			assertEquals(frontEnd.parse("include/linux/s.h", header), program.units().stream()
					.filter(u -> u.path().equals("include/linux/s.h")).findFirst().orElseThrow());
		}
	}

	private static void assertOnlyChunkIs(String chunk, String text) {
		try (FrontEnd frontEnd = new FrontEnd()) {
			LazyUnit lazy = frontEnd.parseLazily("t.h", text);
			assertEquals(List.of(text.indexOf(chunk)), lazy.chunks().stream().map(LazyUnit.Chunk::startByte).toList());
			assertEquals(frontEnd.parse("t.h", text), lazy.unit());
		}
	}

	@Test
	void aProgramFindsInLazyHeadersWhatTheConfigurationKeeps() throws IOException {
		String c = """
				#include <linux/thing.h>
				int thing_count(struct thing *t)
				{
					return thing_get(t) + thing_put_count;
				}
				""";
		Program program = SourceSet.from(SourceSet.of(Map.of("mm/thing.c", c, "include/linux/thing.h", HEADER)))
				.includeDirectory("include").configuration(Configuration.none().with("CONFIG_THINGS", 1))
				.file("mm/thing.c").load();
		FunctionDefinition get = program.function("thing_get");
		assertNotNull(get);
		assertEquals(30, get.range().line(), "the #ifdef CONFIG_THINGS branch");
		assertNotNull(program.function("thing_put"));
		assertNull(program.function("neither"), "in a branch not taken");
		assertNotNull(program.struct("thing").field("next"));
		assertNotNull(program.typedef("thing_t"));
		assertEquals(4, program.enumerator("THING_USED").ordinal());
		assertEquals(5, program.enumerator("THING_GONE").ordinal());
		assertNotNull(program.global("thing_root"));
		assertNotNull(program.global("thing_hook"));
		assertNotNull(program.global("after_guard"));
		assertNotNull(program.prototype("thing_count"));
		assertEquals("mm/thing.c", program.function("thing_count").range().file());
		assertEquals("(1UL << THING_SHIFT)", program.objectMacro("THING_SIZE").body());
		assertNotNull(program.functionMacro("for_each_thing").loop());
		assertEquals(List.of("thing_count", "thing_get", "thing_put"),
				program.functions().stream().map(FunctionDefinition::name).toList());
		// those that write the name, in a file parsed whole (thing_count does not) as in headers (ADR 0050)
		assertEquals(List.of("thing_get"),
				program.functionsMentioning("name").stream().map(FunctionDefinition::name).toList());
		assertEquals(List.of("include/linux/thing.h", "mm/thing.c"),
				program.units().stream().map(TranslationUnit::path).sorted().toList());
	}

	@Test
	void theBranchesChosenDuringTheLoadStayChosenInTheParsedHeader() throws IOException {
		// once loaded, _LINUX_THING_H is defined: a guard evaluated afresh would drop the whole header
		Program program = SourceSet.from(SourceSet.of(Map.of("mm/thing.c", "#include <linux/thing.h>\n",
				"include/linux/thing.h", HEADER))).includeDirectory("include")
				.configuration(Configuration.none().with("CONFIG_THINGS", 1)).file("mm/thing.c").load();
		TranslationUnit header = program.units().stream().filter(u -> u.path().equals("include/linux/thing.h"))
				.findFirst().orElseThrow();
		List<String> invoked = program.configuration().active(header.declarations()).stream()
				.map(d -> d instanceof ExternalDeclaration.MacroInvocation m ? m.call().calleeName() : null)
				.filter(Objects::nonNull).toList();
		assertEquals(List.of("DECLARE_THING"), invoked);
	}
}
