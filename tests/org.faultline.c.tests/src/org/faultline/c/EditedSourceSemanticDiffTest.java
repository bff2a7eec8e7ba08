package org.faultline.c;

import org.faultline.model.c.CChangeStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.faultline.c.diff.SemanticDiff;
import org.faultline.c.diff.SemanticDiffResult;
import org.faultline.c.diff.SemanticDiffResult.CallChange;
import org.faultline.c.diff.SemanticDiffResult.ContractChange;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The after image edited in ways the seed did not: the answers must follow the code, not the seed. */
class EditedSourceSemanticDiffTest {

	private static Map<String, String> before;
	private static Map<String, String> after;

	@BeforeAll
	static void images() throws IOException {
		before = ModelImages.before();
		after = ModelImages.after();
	}

	private static SemanticDiffResult diff(Map<String, String> edited, String function) throws IOException {
		return SemanticDiff.between(ModelImages.program(before), ModelImages.program(edited)).function(function).call();
	}

	private static Map<String, String> edit(Map<String, String> image, String path, String old, String replacement) {
		String text = image.get(path);
		assertEquals(text.indexOf(old), text.lastIndexOf(old), "edit must be unambiguous: " + old);
		assertTrue(text.contains(old), old);
		Map<String, String> copy = new HashMap<>(image);
		copy.put(path, text.replace(old, replacement));
		return copy;
	}

	@Test
	void invertedAnonymousTestChangesTheDecisionTable() throws IOException {
		var edited = edit(after, "mm/memory.c", "if (vma_is_anonymous(vma))\n\t\t\t\treturn do_anonymous_page",
				"if (!vma_is_anonymous(vma))\n\t\t\t\treturn do_anonymous_page");
		var hpf = diff(edited, "handle_pte_fault").function("handle_pte_fault");
		assertEquals("!pte_present(entry) && pte_none(entry) && !vma_is_anonymous(vma)",
				hpf.decision("do_anonymous_page").after());
		assertEquals("!pte_present(entry) && pte_none(entry) && vma_is_anonymous(vma)", hpf.decision("do_fault").after());
	}

	@Test
	void faultAroundLeftAfterTheFaultIsNoReorder() throws IOException {
		String text = after.get("mm/memory.c");
		int start = text.indexOf("\tif (vma->vm_ops->map_pages && fault_around_bytes");
		int end = text.indexOf("\tret = __do_fault(vma, address, pgoff, flags, NULL, &fault_page);");
		var edited = edit(after, "mm/memory.c", text.substring(start, end), "");
		edited = edit(edited, "mm/memory.c", "\tdo_set_pte(vma, address, fault_page, pte, false, false);\n\tunlock_page(fault_page);\nunlock_out:",
				"\tdo_set_pte(vma, address, fault_page, pte, false, false);\n\tunlock_page(fault_page);\n"
						+ "\tdo_fault_around(vma, address, pte, pgoff, flags);\nunlock_out:");
		var calls = diff(edited, "do_read_fault").function("do_read_fault").calls();
		assertTrue(calls.stream().noneMatch(c -> c.kind() == CallChange.Kind.REORDERED), calls.toString());
	}

	@Test
	void aDifferentContractIsReportedAsWritten() throws IOException {
		var edited = edit(after, "mm/memory.c", " * We return with pte unmapped and unlocked.\n",
				" * We return with pte still mapped and locked.\n");
		var contract = diff(edited, "handle_pte_fault").function("handle_pte_fault").contract();
		assertTrue(contract.contains(new ContractChange(ContractChange.Moment.RETURN, "pte", null,
				"pte still mapped and locked")), contract.toString());
	}

	@Test
	void aBlockMovedElsewhereIsReportedWhereItWent() throws IOException {
		String block = "\tif (unlikely(pte_alloc(mm, pmd, address)))\n\t\treturn VM_FAULT_OOM;\n";
		var edited = edit(after, "mm/memory.c", block, "");
		edited = edit(edited, "mm/memory.c", "\tentry = *pte;\n\tbarrier();\n\tif (!pte_present(entry)) {",
				block + "\tentry = *pte;\n\tbarrier();\n\tif (!pte_present(entry)) {");
		var moves = SemanticDiff.between(ModelImages.program(before), ModelImages.program(edited)).call().moves();
		assertTrue(moves.stream().anyMatch(m -> m.fromFunction().equals("do_anonymous_page")
				&& m.toFunction().equals("handle_pte_fault") && m.statements().get(0).contains("pte_alloc")),
				moves.toString());
		assertTrue(moves.stream().noneMatch(m -> m.toFunction().equals("__handle_mm_fault")
				&& m.statements().get(0).contains("pte_alloc")), moves.toString());
	}

	@Test
	void anUnchangedFunctionHasNoFindings() throws IOException {
		var f = diff(after, "do_wp_page").function("do_wp_page");
		assertEquals(CChangeStatus.UNCHANGED, f.status());
		assertEquals(List.of(), f.signature());
		assertNotEquals(List.of(), f.decisions());
	}
}
