package org.faultline.c;

import org.faultline.model.c.CChangeStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.faultline.c.analysis.Resource;
import org.faultline.c.diff.SemanticDiff;
import org.faultline.c.diff.SemanticDiffFormatter;
import org.faultline.c.diff.SemanticDiffResult;
import org.faultline.c.diff.SemanticDiffResult.CallChange;
import org.faultline.c.diff.SemanticDiffResult.CodeMove;
import org.faultline.c.diff.SemanticDiffResult.ContractChange;
import org.faultline.c.diff.SemanticDiffResult.DecisionRow;
import org.faultline.c.diff.SemanticDiffResult.FunctionChange;
import org.faultline.c.diff.SemanticDiffResult.SignatureChange;
import org.faultline.c.parse.Program;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed's before/after images of the modelled tree, compared over the whole fault path. */
class SeedSemanticDiffTest {

	private static SemanticDiffResult diff;

	@BeforeAll
	static void diff() throws IOException {
		Program before = ModelImages.program(ModelImages.before());
		Program after = ModelImages.program(ModelImages.after());
		assertEquals(List.of(), before.problems());
		assertEquals(List.of(), after.problems());
		diff = SemanticDiff.between(before, after).call();
	}

	static String signature(FunctionChange f) {
		return f.signature().stream().map(s -> s.kind() + " " + s.parameter() + " " + (s.kind() == SignatureChange.Kind.REMOVED
				? s.beforeType() : s.afterType())).toList().toString();
	}

	@Test
	void signatures() {
		assertEquals("[ADDED pte pte_t *]", signature(diff.function("handle_pte_fault")));
		assertEquals("[ADDED page_table pte_t *]", signature(diff.function("do_anonymous_page")));
		assertEquals("[ADDED page_table pte_t *, ADDED orig_pte pte_t]", signature(diff.function("do_fault")));
		assertEquals("[REMOVED pmd pmd_t *]", signature(diff.function("__do_fault")));
		assertEquals(List.of("do_read_fault", "do_cow_fault", "do_shared_fault"),
				diff.function("__do_fault").signature().get(0).callersUpdated());
		assertEquals(List.of("__handle_mm_fault"), diff.function("handle_pte_fault").signature().get(0).callersUpdated());
		assertEquals(List.of(), diff.function("handle_pte_fault").signature().get(0).callersNotUpdated());
	}

	@Test
	void handlePteFaultContract() {
		List<ContractChange> contract = diff.function("handle_pte_fault").contract();
		assertEquals(List.of(
				new ContractChange(ContractChange.Moment.ENTRY, "pte", null, "pte mapped but not yet locked"),
				new ContractChange(ContractChange.Moment.RETURN, "pte", null, "pte unmapped and unlocked")), contract);
	}

	@Test
	void pteAllocationBlockMovedIntoHandleMmFault() {
		CodeMove move = diff.moves().stream().filter(m -> m.fromFunction().equals("do_anonymous_page")).findFirst()
				.orElseThrow();
		assertEquals("__handle_mm_fault", move.toFunction());
		assertEquals(2, move.statements().size());
		assertTrue(move.statements().get(0).contains("pte_alloc(mm, pmd, address)"), move.statements().toString());
		assertTrue(move.statements().get(1).contains("pmd_trans_unstable(pmd)"), move.statements().toString());
		assertTrue(diff.moves().stream().anyMatch(m -> m.fromFunction().equals("handle_pte_fault")
				&& m.toFunction().equals("__handle_mm_fault") && m.statements().get(0).contains("pte_offset_map")));
	}

	@Test
	void doReadFaultTriesFaultAroundFirst() {
		List<CallChange> reorders = diff.function("do_read_fault").calls().stream()
				.filter(c -> c.kind() == CallChange.Kind.REORDERED).toList();
		assertEquals(List.of(new CallChange(CallChange.Kind.REORDERED, "do_fault_around", "__do_fault", 1, 1)), reorders);
	}

	@Test
	void decisionTableReachesTheFourHandlersUnderNewConditions() {
		FunctionChange hpf = diff.function("handle_pte_fault");
		for (String callee : List.of("do_anonymous_page", "do_fault", "do_swap_page", "do_numa_page")) {
			DecisionRow row = hpf.decision(callee);
			assertNotNull(row.before(), callee);
			assertNotNull(row.after(), callee);
			assertEquals(CChangeStatus.CHANGED, row.status(), callee);
		}
		assertEquals("!pte_present(entry) && pte_none(entry) && vma_is_anonymous(vma)",
				hpf.decision("do_anonymous_page").after());
		assertEquals("!pte_present(entry) && pte_none(entry) && !vma_is_anonymous(vma)", hpf.decision("do_fault").after());
		assertEquals("!pte_present(entry) && !pte_none(entry)", hpf.decision("do_swap_page").after());
		assertEquals("pte_present(entry) && pte_protnone(entry)", hpf.decision("do_numa_page").after());
		String before = hpf.decision("do_anonymous_page").before();
		assertTrue(before.contains("pmd_none(pmdval)") && before.contains("vma_is_anonymous(vma)"), before);
	}

	@Test
	void pteOwnershipMovesToTheCaller() {
		FunctionChange hpf = diff.function("handle_pte_fault");
		var pteMap = hpf.ownership().stream().filter(o -> o.resource() == Resource.PTE_MAP).findFirst().orElseThrow();
		assertEquals("0 on every path", pteMap.before());
		assertEquals("-1 on every path", pteMap.after());
		var handlers = diff.handlers().stream().filter(h -> h.call().equals("pte_offset_map")).findFirst().orElseThrow();
		assertEquals(List.of("handle_pte_fault"), handlers.before());
		assertEquals(List.of("__handle_mm_fault"), handlers.after());
	}

	@Test
	void changesAreDescribedInAFewWords() {
		FunctionChange hpf = diff.function("handle_pte_fault");
		assertEquals("gains parameter pte_t * pte (position 4)", SemanticDiffFormatter.describe(hpf.signature().get(0)));
		assertEquals("callers updated: __handle_mm_fault", SemanticDiffFormatter.callers(hpf.signature().get(0)));
		assertTrue(hpf.contract().stream().map(SemanticDiffFormatter::describe).toList()
				.contains("contract on entry, pte: (not stated) -> \"pte mapped but not yet locked\""), hpf.contract()::toString);
		assertTrue(diff.function("do_read_fault").calls().stream().map(SemanticDiffFormatter::describe).toList()
				.contains("do_fault_around now before __do_fault (was after)"));
	}
}
