package org.faultline.c;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.Map;

import org.faultline.c.ast.Expression;
import org.faultline.c.ast.Type;
import org.faultline.c.parse.Program;
import org.faultline.c.parse.SourceSet;
import org.junit.jupiter.api.Test;

class ProgramTest {

	static Program modelledTree() throws IOException {
		return SourceSet.from(SourceSet.directory(MmTree.tree())).includeDirectory("include").file("mm/memory.c")
				.file("mm/filemap.c").load();
	}

	@Test
	void loadsTheFilesAndTheHeadersTheyInclude() throws IOException {
		Program program = modelledTree();
		assertEquals(List.of(), program.problems());
		List<String> paths = program.units().stream().map(u -> u.path()).toList();
		assertEquals(List.of("mm/memory.c", "mm/filemap.c"), paths.subList(0, 2));
		assertTrue(paths.contains("include/linux/mm.h"), paths.toString());
		assertNotNull(program.function("filemap_map_pages"));
		assertNotNull(program.function("__handle_mm_fault"));
	}

	@Test
	void looksUpStructsTypedefsMacrosAndPrototypes() throws IOException {
		Program program = modelledTree();
		var vmFault = program.struct("vm_fault");
		assertNotNull(vmFault.field("pte"));
		assertEquals("pte_t *", vmFault.field("pte").type().spelling());
		assertNotNull(program.structOf(new Type.Named("pte_t")), "typedef of an anonymous struct");
		var oom = program.objectMacro("VM_FAULT_OOM");
		assertInstanceOf(Expression.IntegerLiteral.class, oom.value());
		assertEquals(BigInteger.ONE, ((Expression.IntegerLiteral) oom.value()).value());
		assertNotNull(program.functionMacro("unlikely"));
		assertTrue(program.prototype("pte_offset_map_lock").isPrototype());
		assertNotNull(program.global("fault_around_bytes"));
	}

	@Test
	void aMissingFileIsNamed() {
		var e = assertThrows(NoSuchFileException.class,
				() -> SourceSet.from(SourceSet.of(Map.of())).file("mm/nowhere.c").load());
		assertTrue(e.getMessage().contains("mm/nowhere.c"));
	}

	/** A function of a file parsed whole is listed only where its text writes the name, so no body is read. */
	@Test
	void theFunctionsMentioningANameAreThoseThatWriteIt() throws IOException {
		Program program = SourceSet.from(SourceSet.of(Map.of("mm/f.c", """
				static int g(int x) { return x; }
				static int f(int x) { return g(x) + 1; }
				static int h(int x) { return x - 1; }
				static int gg(int x) { return x * 2; }
				"""))).file("mm/f.c").load();
		assertEquals(List.of("g", "f"),
				program.functionsMentioning("g").stream().map(f -> f.name()).toList());
	}
}
