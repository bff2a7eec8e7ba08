package org.faultline.c;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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
}
