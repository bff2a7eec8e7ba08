package org.faultline.c;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.faultline.c.ast.Expression;
import org.faultline.c.ast.Statement;
import org.faultline.c.parse.Configuration;
import org.faultline.c.parse.Program;
import org.faultline.c.parse.SourceSet;
import org.junit.jupiter.api.Test;

/** Conditionals chosen as cpp reads the files: in include order, with the macros defined so far. */
class PreprocessingTest {

	private static final Map<String, String> TREE = Map.of(
			"include/linux/threads.h", """
					#define NR_CPUS CONFIG_NR_CPUS
					""",
			"include/linux/types.h", """
					#include <linux/threads.h>
					#define USE_SPLIT (NR_CPUS >= CONFIG_SPLIT_CPUS)
					#define USE_SPLIT_PMD (USE_SPLIT && IS_ENABLED(CONFIG_SPLIT_PMD))
					""",
			"arch/x86/include/asm/pgtable.h", """
					#define __HAVE_ARCH_SPECIAL
					""",
			"mm/memory.c", """
					#ifdef __HAVE_ARCH_SPECIAL
					#define HAVE_SPECIAL 1
					#endif
					#include <asm/pgtable.h>
					#include <linux/types.h>
					#ifdef __HAVE_ARCH_SPECIAL
					int special_known_here(void) { return 1; }
					#endif
					#if USE_SPLIT
					int split(void) { return 1; }
					#else
					int shared(void) { return 0; }
					#endif
					#if USE_SPLIT_PMD
					int split_pmd(void) { return 1; }
					#endif
					int f(int x)
					{
					#if USE_SPLIT
						return x;
					#else
						return 0;
					#endif
					}
					""");

	private static Program load(Configuration c) throws IOException {
		return SourceSet.from(SourceSet.of(TREE)).kernelIncludes().configuration(c).file("mm/memory.c").load();
	}

	@Test
	void aMacroCountsFromWhereItIsDefinedOn() throws IOException {
		Program p = load(Configuration.none());
		assertNull(p.objectMacro("HAVE_SPECIAL"), "tested before asm/pgtable.h was included");
		assertNotNull(p.function("special_known_here"));
		assertTrue(p.configuration().isDefined("__HAVE_ARCH_SPECIAL"));
	}

	@Test
	void conditionsExpandObjectMacrosDownToTheConfiguration() throws IOException {
		Configuration many = Configuration.parse("CONFIG_NR_CPUS=64\nCONFIG_SPLIT_CPUS=4\nCONFIG_SPLIT_PMD=y\n");
		Program split = load(many);
		assertNotNull(split.function("split"));
		assertNull(split.function("shared"));
		assertNotNull(split.function("split_pmd"));
		assertEquals("return x;", returned(split));

		Program uniprocessor = load(many.with("CONFIG_NR_CPUS", 1));
		assertNull(uniprocessor.function("split"));
		assertNotNull(uniprocessor.function("shared"));
		assertNull(uniprocessor.function("split_pmd"));
		assertEquals("return 0;", returned(uniprocessor));

		assertNull(load(many.without("CONFIG_SPLIT_PMD")).function("split_pmd"));
		assertNotNull(load(many.without("CONFIG_SPLIT_PMD").with("CONFIG_SPLIT_PMD_MODULE", 1)).function("split_pmd"),
				"IS_ENABLED counts a module");
	}

	@Test
	void conditionsExpandFunctionLikeMacrosWithTheirArguments() throws IOException {
		Map<String, String> tree = Map.of("include/linux/compiler.h", """
				#define GCC_VERSION (__GNUC__ * 10000 + __GNUC_MINOR__ * 100)
				#define VERSION_AT_LEAST(major, minor) (GCC_VERSION >= (major) * 10000 + (minor) * 100)
				#define TWICE(x) ((x) + (x))
				#define SELF(x) (SELF + (x))
				#define HAS(option) IS_ENABLED(option)
				""", "mm/memory.c", """
				#include <linux/compiler.h>
				#if VERSION_AT_LEAST(4, 9)
				int new_gcc(void) { return 1; }
				#endif
				#if VERSION_AT_LEAST(7, 0)
				int gcc7(void) { return 1; }
				#endif
				#if TWICE(TWICE(3)) == 12
				int nested(void) { return 1; }
				#endif
				#if SELF(1) == 1
				int not_expanded_inside_itself(void) { return 1; }
				#endif
				#if HAS(CONFIG_SWAP) && !HAS(CONFIG_HIGHPTE)
				int swap(void) { return 1; }
				#endif
				""");
		Program p = SourceSet.from(SourceSet.of(tree)).kernelIncludes()
				.configuration(Configuration.parse("__GNUC__=5\n__GNUC_MINOR__=4\nCONFIG_SWAP=y\n")).file("mm/memory.c")
				.load();
		assertNotNull(p.function("new_gcc"));
		assertNull(p.function("gcc7"));
		assertNotNull(p.function("nested"));
		assertNotNull(p.function("not_expanded_inside_itself"), "SELF inside SELF is an identifier, so 0");
		assertNotNull(p.function("swap"));
	}

	@Test
	void anUndefEndsAMacroAndLetsItBeDefinedAgain() throws IOException {
		Map<String, String> tree = Map.of("mm/memory.c", """
				#define HAVE_A 1
				#define LEVELS 4
				#undef HAVE_A
				#undef LEVELS
				#define LEVELS 5
				#ifdef HAVE_A
				int a(void) { return 1; }
				#endif
				#if LEVELS == 5
				int five(void) { return 1; }
				#endif
				#define STEP(x) (x)
				#undef STEP
				#if STEP(1)
				int step(void) { return 1; }
				#endif
				""");
		Program p = SourceSet.from(SourceSet.of(tree)).file("mm/memory.c").load();
		assertNull(p.function("a"));
		assertNotNull(p.function("five"), "the definition after the #undef counts");
		assertNull(p.function("step"), "an undefined function-like macro is an unknown call, false");
		assertFalse(p.configuration().isDefined("HAVE_A"));
	}

	@Test
	void aDotConfigReadsLikeAutoconf() {
		Configuration c = Configuration.parse("""
				# CONFIG_DEBUG_VM is not set
				CONFIG_MMU=y
				CONFIG_EXT4_FS=m
				CONFIG_NR_CPUS=64
				CONFIG_PHYSICAL_START=0x1000000
				CONFIG_LOCALVERSION="-x"
				""");
		assertEquals(Map.of("CONFIG_MMU", 1L, "CONFIG_EXT4_FS_MODULE", 1L, "CONFIG_NR_CPUS", 64L,
				"CONFIG_PHYSICAL_START", 0x1000000L), c.symbols());
	}

	@Test
	void theDefaultIsAnX8664KernelBuild() {
		Configuration c = Configuration.x86_64();
		for (String on : new String[] { "__KERNEL__", "CONFIG_MMU", "CONFIG_X86_64", "CONFIG_SMP",
				"CONFIG_TRANSPARENT_HUGEPAGE", "CONFIG_NUMA_BALANCING", "CONFIG_MEMCG", "CONFIG_SWAP" })
			assertTrue(c.isDefined(on), on);
		assertEquals(4L, c.symbols().get("CONFIG_PGTABLE_LEVELS"));
		assertFalse(c.isDefined("CONFIG_DEBUG_VM"));
		assertFalse(c.isDefined("CONFIG_HIGHPTE"));
	}

	private static String returned(Program p) {
		var body = p.function("f").body().items();
		var active = p.configuration().activeStatements(body);
		assertEquals(1, active.size());
		Statement.Return r = (Statement.Return) active.get(0);
		return "return " + (r.value() instanceof Expression.Identifier id ? id.name() : "0") + ";";
	}

	/** kbuild's generated arch/x86/include/generated/(uapi/)asm/X.h wrappers: {@code <asm/X.h>} reads asm-generic. */
	@Test
	void anAsmHeaderTheArchitectureLacksIsItsAsmGenericOne() throws IOException {
		Map<String, String> tree = Map.of("include/asm-generic/rwonce.h", """
				#define FROM_GENERIC 1
				""", "include/uapi/asm-generic/errno.h", """
				#define EHWPOISON 133
				""", "arch/x86/include/asm/pgtable.h", """
				#define FROM_ARCH 1
				""", "include/asm-generic/pgtable.h", """
				#define NOT_READ 1
				""", "mm/memory.c", """
				#include <asm/rwonce.h>
				#include <asm/errno.h>
				#include <asm/pgtable.h>
				#include <asm/missing.h>
				""");
		Program p = SourceSet.from(SourceSet.of(tree)).kernelIncludes().file("mm/memory.c").load();
		assertNotNull(p.objectMacro("FROM_GENERIC"));
		assertNotNull(p.objectMacro("EHWPOISON"));
		assertNotNull(p.objectMacro("FROM_ARCH"));
		assertNull(p.objectMacro("NOT_READ"), "the architecture's own header wins");
		assertEquals(1, p.problems().stream().filter(q -> q.toString().contains("asm/missing.h")).count(),
				p.problems().toString());
	}

	/**
	 * v6.12's asm/mem_encrypt.h defines {@code __bss_decrypted} as a {@code __section(...)} right before its
	 * {@code #else}: with the annotation blanked, tree-sitter took the {@code #else} for the macro's body, the
	 * {@code #else} branch joined the {@code #ifdef} one, and {@code sme_me_mask} (0 in it) was never defined.
	 */
	@Test
	void aDefineWhoseBodyIsAnAnnotationEndsAtItsLine() throws IOException {
		String header = """
				#ifdef CONFIG_AMD_MEM_ENCRYPT
				#define __cold() __attribute__((__cold__))  /* why */
				#define __bss_decrypted __section(".bss..decrypted")

				#else	/* !CONFIG_AMD_MEM_ENCRYPT */
				#define sme_me_mask 0ULL
				#endif
				""";
		for (Map<String, String> files : List.of(Map.of("mm/f.c", header), Map.of("include/linux/f.h", header,
				"mm/f.c", "#include <linux/f.h>\n"))) {
			Program program = SourceSet.from(SourceSet.of(files)).includeDirectory("include").file("mm/f.c")
					.configuration(Configuration.none()).load();
			assertNotNull(program.objectMacro("sme_me_mask"), files.keySet().toString());
			assertNull(program.objectMacro("__bss_decrypted"));
		}
	}
}
