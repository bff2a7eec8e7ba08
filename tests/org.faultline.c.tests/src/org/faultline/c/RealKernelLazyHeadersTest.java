package org.faultline.c;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.faultline.c.ast.TranslationUnit;
import org.faultline.c.parse.Configuration;
import org.faultline.c.parse.Program;
import org.faultline.c.parse.SourceSet;
import org.faultline.c.parse.internal.FrontEnd;
import org.faultline.c.parse.internal.LazyUnit;
import org.junit.jupiter.api.Test;

/**
 * Opt-in ({@code -Dfaultline.kernel=DIR}): every file the fault path of a real tree includes, parsed lazily,
 * gives the declarations and problems a parse of the whole file gives: a file whose skeleton or a chunk has an
 * error is read whole (ADR 0049), so this holds whatever tree-sitter's recovery does.
 */
class RealKernelLazyHeadersTest {

	@Test
	void everyIncludedFileParsesLazilyAsWhole() throws IOException {
		var root = RealKernel.tree();
		Program program = SourceSet.from(SourceSet.directory(root)).kernelIncludes()
				.configuration(Configuration.x86_64()).file("mm/memory.c").file("mm/filemap.c").load();
		List<String> differ = new ArrayList<>();
		int split = 0, readWhole = 0;
		try (FrontEnd frontEnd = new FrontEnd()) {
			for (TranslationUnit unit : program.units()) {
				String text = Files.readString(root.resolve(unit.path()));
				TranslationUnit whole = frontEnd.parse(unit.path(), text);
				LazyUnit lazy = frontEnd.parseLazily(unit.path(), text);
				boolean splits = !lazy.chunks().isEmpty();
				TranslationUnit merged = lazy.unit();
				if (splits && lazy.chunks().isEmpty()) {
					readWhole++;
					System.out.println("lazy headers: " + unit.path() + " read whole for a chunk with an error");
				} else if (splits)
					split++;
				boolean same = whole.declarations().equals(merged.declarations())
						&& new HashSet<>(whole.problems()).equals(new HashSet<>(merged.problems()));
				if (!same)
					differ.add(unit.path());
			}
		}
		System.out.println("lazy headers: " + split + " of " + program.units().size() + " files split, " + readWhole
				+ " more split but read whole for a chunk with an error");
		assertTrue(split > program.units().size() / 2, split + " of " + program.units().size());
		assertEquals(List.of(), differ);
	}
}
