package org.faultline.c;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.faultline.c.ast.Deferred;
import org.faultline.c.ast.Expression;
import org.faultline.c.ast.ExternalDeclaration;
import org.faultline.c.ast.Problem;
import org.faultline.c.ast.TranslationUnit;
import org.faultline.c.parse.Configuration;
import org.faultline.c.parse.Program;
import org.faultline.c.parse.SourceSet;
import org.faultline.c.parse.internal.FrontEnd;
import org.faultline.c.parse.internal.LazyUnit;
import org.junit.jupiter.api.Test;

/** A header's {@code #define} bodies are parsed when a value is first read, into what a parse at once gives (0043). */
class LazyMacroBodyTest {

	private static final String HEADER = """
			#ifndef _LINUX_PAGE_BITS_H
			#define _LINUX_PAGE_BITS_H
			#define PAGE_SHIFT	12
			#define PAGE_SIZE	(1UL << PAGE_SHIFT)
			#define LONG_ALIGN	__alignof__(long)
			#define page_bits(p)	((p)->flags >> PAGE_SHIFT)
			#define for_each_bit(b, w) \\
				for (b = 0; b < (w); b++)
			#define STRINGIFY(x)	#x
			#define NOTHING
			#if PAGE_SHIFT > 12
			int big_pages;
			#endif
			struct page_bits {
				unsigned long flags;
			};
			#endif
			""";

	/** A header whose declaration holds a directive parses whole (ADR 0030); its bodies are still deferred. */
	private static final String WHOLE = """
			#define ORDER_BAD	__alignof__(int)
			#define ORDER_MAX	(11 + 0)
			extern int order_op(int a
			#ifdef CONFIG_B
			, int b
			#endif
			);
			""";

	@Test
	void aDeferredPartIsMadeOnceWhenFirstRead() {
		AtomicInteger made = new AtomicInteger();
		Deferred<String> deferred = Deferred.later(() -> "v" + made.incrementAndGet());
		assertEquals(0, made.get());
		assertEquals("v1", deferred.get());
		assertEquals("v1", deferred.get());
		assertEquals(1, made.get());
		assertEquals(Deferred.of("v1"), deferred);
		assertNotEquals(Deferred.of("v2"), deferred);
		assertEquals(Deferred.of(null), Deferred.later(() -> null));
	}

	@Test
	void bodiesReadLaterAreTheBodiesParsedAtOnce() {
		try (FrontEnd frontEnd = new FrontEnd()) {
			for (String text : List.of(HEADER, WHOLE)) {
				TranslationUnit eager = frontEnd.parse("include/linux/page-bits.h", text);
				LazyUnit lazy = frontEnd.parseLazily("include/linux/page-bits.h", text);
				TranslationUnit read = lazy.unit();
				assertEquals(eager.declarations(), read.declarations());
				assertEquals(new HashSet<>(eager.problems()), new HashSet<>(read.problems()));
			}
		}
	}

	@Test
	void whatABodyParsesToIsKeptByKind() {
		try (FrontEnd frontEnd = new FrontEnd()) {
			Map<String, ExternalDeclaration> macros = macros(frontEnd.parseLazily("page-bits.h", HEADER).unit());
			Expression size = ((ExternalDeclaration.ObjectMacro) macros.get("PAGE_SIZE")).value();
			assertInstanceOf(Expression.Parenthesized.class, size);
			assertEquals(4, size.range().line());
			var bits = (ExternalDeclaration.FunctionMacro) macros.get("page_bits");
			assertInstanceOf(Expression.Parenthesized.class, bits.value());
			assertNull(bits.loop());
			var loop = (ExternalDeclaration.FunctionMacro) macros.get("for_each_bit");
			assertNull(loop.value());
			assertEquals(8, loop.loop().range().line());
			assertNull(((ExternalDeclaration.FunctionMacro) macros.get("STRINGIFY")).value());
			assertNull(((ExternalDeclaration.ObjectMacro) macros.get("NOTHING")).value());
		}
	}

	@Test
	void aBadBodyReportsItsProblemWithItsLineOnceParsed() {
		try (FrontEnd frontEnd = new FrontEnd()) {
			for (String text : List.of(HEADER, WHOLE)) {
				LazyUnit lazy = frontEnd.parseLazily("include/linux/page-bits.h", text);
				int line = text.lines().toList().indexOf(text.lines().filter(l -> l.contains("__alignof__"))
						.findFirst().orElseThrow()) + 1;
				assertFalse(lazy.skeleton().problems().stream().anyMatch(p -> p.range().line() == line),
						"not parsed yet: " + lazy.skeleton().problems());
				List<Problem> problems = lazy.problems();
				assertTrue(problems.stream().anyMatch(p -> p.range().file().equals("include/linux/page-bits.h")
						&& p.range().line() == line && p.message().contains("alignof")), problems.toString());
			}
		}
	}

	@Test
	void aProgramReadsTheBodiesItsConditionsAndLookupsNeed() throws IOException {
		Program program = SourceSet
				.from(SourceSet.of(Map.of("include/linux/page-bits.h", HEADER, "mm/bits.c",
						"#include <linux/page-bits.h>\nint f(struct page_bits *p) { return page_bits(p); }\n")))
				.includeDirectory("include").file("mm/bits.c").configuration(Configuration.x86_64()).load();
		assertNull(program.global("big_pages"), "PAGE_SHIFT > 12 is false");
		assertInstanceOf(Expression.Binary.class,
				((Expression.Parenthesized) program.objectMacro("PAGE_SIZE").value()).inner());
		assertTrue(program.problems().stream().anyMatch(p -> p.message().contains("alignof")), "all read now");
	}

	private static Map<String, ExternalDeclaration> macros(TranslationUnit unit) {
		Map<String, ExternalDeclaration> out = new HashMap<>();
		collect(unit.declarations(), out);
		return out;
	}

	private static void collect(List<ExternalDeclaration> items, Map<String, ExternalDeclaration> out) {
		for (ExternalDeclaration d : items)
			switch (d) {
				case ExternalDeclaration.ObjectMacro m -> out.put(m.name(), m);
				case ExternalDeclaration.FunctionMacro m -> out.put(m.name(), m);
				case ExternalDeclaration.Conditional c -> c.branches().forEach(b -> collect(b.items(), out));
				default -> {
					// not a macro
				}
			}
	}
}
