package org.faultline.c;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.faultline.c.ast.CPrinter;
import org.faultline.c.ast.Problem;
import org.faultline.c.ast.TranslationUnit;
import org.faultline.c.parse.CParser;
import org.faultline.c.parse.Configuration;
import org.faultline.c.parse.Program;
import org.faultline.c.parse.SourceSet;
import org.junit.jupiter.api.Test;

/** Opt-in: the front end on a whole real kernel tree ({@code -Dfaultline.kernel=DIR}). */
class RealKernelParseTest {

	/** What the fault path includes, and the rest of mm and of the generic headers around it. */
	private static final List<String> DIRECTORIES = List.of("mm", "include/linux", "include/asm-generic",
			"include/uapi", "arch/x86/include");

	@Test
	void everyFileOfTheFaultPathDirectoriesIsReadWithProblemsInPlaceOfCrashes() throws IOException {
		Path root = RealKernel.tree();
		List<String> failures = new ArrayList<>();
		int files = 0;
		try (CParser parser = new CParser()) {
			for (Path file : sources(root)) {
				String path = root.relativize(file).toString();
				files++;
				try {
					TranslationUnit unit = parser.parse(path, Files.readString(file, StandardCharsets.ISO_8859_1));
					for (Problem p : unit.problems())
						if (!path.equals(p.range().file()) || p.range().line() < 1)
							failures.add(path + ": problem without its place: " + p);
				} catch (RuntimeException e) {
					failures.add(path + ": " + e);
				}
			}
		}
		assertTrue(files > 1000, "only " + files + " files under " + DIRECTORIES);
		assertEquals(List.of(), failures);
	}

	@Test
	void theFaultPathLoadsAsAnX8664BuildReadsIt() throws IOException {
		Program program = SourceSet.from(SourceSet.directory(RealKernel.tree())).kernelIncludes()
				.configuration(Configuration.x86_64()).file("mm/memory.c").file("mm/filemap.c").load();
		for (String f : List.of("__handle_mm_fault", "handle_pte_fault", "__do_fault", "do_fault_around",
				"filemap_fault", "filemap_map_pages", "vm_normal_page", "pte_special"))
			assertNotNull(program.function(f), f);
		assertNotNull(program.struct("vm_area_struct"), "include/linux/mm_types.h read");
		assertNotNull(program.struct("address_space"), "include/linux/fs.h read");
		// 4-level page tables: neither the pud nor the pmd level is folded, so both allocators are compiled
		assertNotNull(program.function("__pud_alloc"));
		assertNotNull(program.function("__pmd_alloc"));
		// x86 marks special ptes: up to v4.17 its __HAVE_ARCH_PTE_SPECIAL made memory.c's HAVE_PTE_SPECIAL, since
		// then arch/x86/Kconfig selects ARCH_HAS_PTE_SPECIAL, which vm_normal_page and mm.h test
		String special = Files.readString(RealKernel.tree().resolve("include/linux/mm.h"), StandardCharsets.ISO_8859_1)
				.contains("CONFIG_ARCH_HAS_PTE_SPECIAL") ? "CONFIG_ARCH_HAS_PTE_SPECIAL" : "HAVE_PTE_SPECIAL";
		assertTrue(program.configuration().isDefined(special), "x86 has special ptes: " + special);
		// 64 CPUs >= CONFIG_SPLIT_PTLOCK_CPUS (since v6.12 CONFIG_SPLIT_PTE_PTLOCKS): the pte lock is the page
		// table's own, not mm->page_table_lock
		String lockptr = CPrinter.print(program.function("pte_lockptr").body());
		assertTrue(lockptr.contains("ptlock_ptr"), lockptr);
	}

	private static List<Path> sources(Path root) throws IOException {
		List<Path> out = new ArrayList<>();
		for (String d : DIRECTORIES)
			try (Stream<Path> walk = Files.walk(root.resolve(d))) {
				walk.filter(p -> p.toString().endsWith(".c") || p.toString().endsWith(".h")).sorted().forEach(out::add);
			}
		return out;
	}
}
