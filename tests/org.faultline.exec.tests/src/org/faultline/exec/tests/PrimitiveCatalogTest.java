package org.faultline.exec.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.faultline.exec.PrimitiveCatalog;
import org.junit.jupiter.api.Test;

/** Every primitive says what it leaves out of the kernel's function, and docs/primitives.md is the catalog. */
class PrimitiveCatalogTest {

	private static final Path DOC = Path.of("../../docs/primitives.md");

	@Test
	void everyPrimitiveSaysWhatItLeavesOut() {
		List<String> silent = PrimitiveCatalog.entries().stream()
				.filter(e -> !e.semantics().contains("Leaves out"))
				.map(PrimitiveCatalog.Entry::name).toList();
		assertEquals(List.of(), silent);
	}

	@Test
	void theDocumentIsTheCatalog() throws Exception {
		String catalog = PrimitiveCatalog.markdown();
		if (Boolean.getBoolean("faultline.writeDocs"))
			Files.writeString(DOC, catalog);
		assertEquals(catalog, Files.readString(DOC), "docs/primitives.md is out of date: run this test with"
				+ " -Dfaultline.writeDocs=true");
	}
}
