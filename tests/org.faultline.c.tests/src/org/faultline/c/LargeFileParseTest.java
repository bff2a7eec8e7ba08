package org.faultline.c;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.faultline.c.ast.ExternalDeclaration.FunctionDefinition;
import org.faultline.c.ast.TranslationUnit;
import org.faultline.c.cfg.ControlFlowGraph;
import org.faultline.c.parse.CParser;
import org.faultline.c.parse.Configuration;
import org.junit.jupiter.api.Test;

/** A generated kernel-style file of real size: every function must come out, at the right line. */
class LargeFileParseTest {

	private static final int FUNCTIONS = 320;

	/** Writes function {@code i} in one of several shapes, recording the line its definition starts on. */
	private static String generate(List<Integer> startLines) {
		StringBuilder s = new StringBuilder("#include <linux/mm.h>\n#define LIMIT 64\n\n");
		for (int i = 0; i < FUNCTIONS; i++) {
			if (i % 5 == 0)
				s.append("#ifdef CONFIG_OPTION_").append(i).append('\n');
			s.append("/*\n * Helper number ").append(i).append(": does step ").append(i % 7).append(".\n */\n");
			startLines.add(lineCount(s) + 1);
			switch (i % 4) {
				case 0 -> s.append("static int __init fn_").append(i).append("(struct page *page, unsigned long addr)\n{\n"
						+ "\tint ret = 0;\n\n\tif (unlikely(!page))\n\t\treturn -ENOMEM;\n"
						+ "\tfor (ret = 0; ret < LIMIT; ret++) {\n\t\tif (addr & (1UL << ret))\n\t\t\tbreak;\n\t}\n"
						+ "\tswitch (ret) {\n\tcase 0:\n\t\tret = 1;\n\t\tbreak;\n\tdefault:\n\t\tret--;\n\t}\n"
						+ "\treturn ret;\n}\n");
				case 1 -> s.append("static void fn_").append(i).append("(struct vm_area_struct *vma, void __user *buf)\n"
						+ "\t__releases(ptl)\n{\n\tstruct radix_tree_iter iter;\n\tvoid **slot;\n\n"
						+ "\tradix_tree_for_each_slot(slot, &vma->tree, &iter, 0) {\n"
						+ "\t\tif (iter.index > 10)\n\t\t\tbreak;\n\t\tif (!*slot)\n\t\t\tcontinue;\n\t\tput_page(*slot);\n\t}\n"
						+ "\tspin_unlock(vma->ptl);\n}\n");
				case 2 -> s.append("unsigned long fn_").append(i).append("(pte_t *pte, pmd_t *pmd)\n{\n"
						+ "\tunsigned long x = pte ? pte_val(*pte) : 0;\n\n\tdo {\n\t\tx >>= 1;\n\t} while (x > 7);\n"
						+ "\tif (pmd_none(*pmd))\n\t\tgoto out;\n\tx |= pmd_val(*pmd) & ~0xfffUL;\nout:\n\treturn x;\n}\n");
				default -> s.append("static inline bool fn_").append(i).append("(const char *name, int n)\n{\n"
						+ "\tstruct vm_fault vmf = { .flags = n, .pgoff = 0 };\n\tchar c = name[n];\n\n"
						+ "\twhile (n-- > 0)\n\t\tif (c == '\\n' || name[n] == 'x')\n\t\t\treturn sizeof(struct page) > 8;\n"
						+ "\treturn vmf.flags != 0 && strcmp(name, \"a\\tb\") == 0;\n}\n");
			}
			if (i % 5 == 0)
				s.append("#else\nstatic int fn_").append(i).append("_stub(void) { return 0; }\n#endif\n");
			s.append("EXPORT_SYMBOL(fn_").append(i).append(");\n\n");
		}
		return s.toString();
	}

	private static int lineCount(StringBuilder s) {
		int n = 0;
		for (int i = 0; i < s.length(); i++)
			if (s.charAt(i) == '\n')
				n++;
		return n;
	}

	@Test
	void everyFunctionOfAGeneratedFileIsFound() {
		List<Integer> lines = new ArrayList<>();
		String source = generate(lines);
		assertTrue(source.lines().count() > 5000, "lines: " + source.lines().count());
		TranslationUnit unit;
		try (CParser parser = new CParser()) {
			unit = parser.parse("generated.c", source);
		}
		assertEquals(List.of(), unit.problems());
		List<FunctionDefinition> all = unit.allFunctions();
		List<FunctionDefinition> main = all.stream().filter(f -> !f.name().endsWith("_stub")).toList();
		assertEquals(FUNCTIONS, main.size());
		assertEquals(FUNCTIONS / 5, all.size() - main.size());
		for (int i = 0; i < FUNCTIONS; i++) {
			assertEquals("fn_" + i, main.get(i).name());
			assertEquals(lines.get(i), main.get(i).range().line(), "fn_" + i);
			assertTrue(main.get(i).leadingComment().contains("Helper number " + i + ":"));
			ControlFlowGraph cfg = ControlFlowGraph.of(main.get(i), Configuration.none());
			assertTrue(cfg.forwardOrder().contains(cfg.exit()), "exit reachable in fn_" + i);
		}
	}
}
