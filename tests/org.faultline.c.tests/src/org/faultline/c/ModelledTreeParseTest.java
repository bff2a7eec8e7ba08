package org.faultline.c;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.faultline.c.ast.ExternalDeclaration.FunctionDefinition;
import org.faultline.c.ast.TranslationUnit;
import org.faultline.c.parse.CParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ModelledTreeParseTest {

	private static CParser parser;

	@BeforeAll
	static void open() {
		parser = new CParser();
	}

	@AfterAll
	static void close() {
		parser.close();
	}

	/** Kernel style puts a function body's opening brace alone in column 0: an oracle independent of the parser. */
	private static long bracesInColumnZero(String text) {
		return text.lines().filter(l -> l.equals("{")).count();
	}

	@Test
	void everyFileOfTheTreeParsesWithoutProblemsAndLosesNoFunction() throws IOException {
		List<Path> files;
		try (Stream<Path> walk = Files.walk(MmTree.tree())) {
			files = walk.filter(p -> p.toString().endsWith(".c") || p.toString().endsWith(".h")).sorted().toList();
		}
		assertTrue(files.size() >= 10, "tree files: " + files);
		for (Path f : files) {
			String text = Files.readString(f);
			TranslationUnit unit = parser.parse(MmTree.tree().relativize(f).toString(), text);
			assertEquals(List.of(), unit.problems(), f.toString());
			assertEquals(bracesInColumnZero(text), unit.allFunctions().size(), f.toString());
		}
	}

	@Test
	void memoryCHasTheFaultPathWithNamesRangesAndComments() throws IOException {
		TranslationUnit unit = parser.parse("mm/memory.c", MmTree.read("mm/memory.c"));
		for (String name : List.of("__handle_mm_fault", "handle_mm_fault", "__pud_alloc", "__pmd_alloc",
				"__pte_alloc", "create_huge_pmd", "wp_huge_pmd", "handle_pte_fault", "do_anonymous_page",
				"check_stack_guard_page", "do_fault", "do_read_fault", "do_cow_fault", "do_shared_fault", "__do_fault",
				"__get_fault_gfp_mask", "do_fault_around", "do_set_pte", "do_wp_page", "wp_page_copy", "wp_page_reuse",
				"wp_page_shared", "wp_pfn_shared", "do_page_mkwrite", "cow_user_page", "vm_normal_page", "do_swap_page",
				"do_numa_page", "numa_migrate_prep"))
			assertNotNull(function(unit, name), name);
		FunctionDefinition hpf = function(unit, "handle_pte_fault");
		assertEquals(List.of("mm", "vma", "address", "pte", "pmd", "flags"),
				hpf.parameters().stream().map(p -> p.name()).toList());
		assertEquals("pte_t *", hpf.parameter("pte").type().spelling());
		assertTrue(hpf.leadingComment().contains("pte mapped but not yet locked"), hpf.leadingComment());
		String text = MmTree.read("mm/memory.c");
		String header = text.lines().skip(hpf.range().line() - 1).findFirst().orElseThrow();
		assertTrue(header.contains("handle_pte_fault"), header);
		assertEquals('}', text.charAt(hpf.range().endByte() - 1));
	}

	@Test
	void anotherVersionOfAFileParsesToWhatAFreshParserGives() throws IOException {
		String before = ModelImages.before().get("mm/memory.c");
		String after = ModelImages.after().get("mm/memory.c");
		TranslationUnit fresh;
		try (CParser other = new CParser()) {
			fresh = other.parse("mm/memory.c", after);
		}
		parser.parse("mm/memory.c", before);
		TranslationUnit reused = parser.parse("mm/memory.c", after);
		assertEquals(fresh, reused);
		assertEquals(fresh, parser.parse("mm/memory.c", after), "parsed again unchanged");
	}

	private static FunctionDefinition function(TranslationUnit unit, String name) {
		return unit.allFunctions().stream().filter(f -> f.name().equals(name)).findFirst().orElse(null);
	}
}
