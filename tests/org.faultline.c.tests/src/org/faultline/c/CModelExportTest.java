package org.faultline.c;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.faultline.c.diff.SemanticDiff;
import org.faultline.c.emf.CModelExport;
import org.faultline.c.parse.CParser;
import org.faultline.c.parse.Configuration;
import org.faultline.model.c.CChangeStatus;
import org.faultline.model.c.CFunction;
import org.faultline.model.c.CFunctionDiff;
import org.faultline.model.c.CSemanticDiff;
import org.faultline.model.c.CTranslationUnit;
import org.junit.jupiter.api.Test;

class CModelExportTest {

	@Test
	void translationUnitCarriesFunctionsOutlinesAndGraphs() throws IOException {
		CTranslationUnit unit;
		try (CParser parser = new CParser()) {
			unit = CModelExport.translationUnit(parser.parse("mm/memory.c", MmTree.read("mm/memory.c")),
					Configuration.none());
		}
		assertTrue(unit.getProblems().isEmpty());
		CFunction hpf = unit.getFunctions().stream().filter(f -> f.getName().equals("handle_pte_fault")).findFirst()
				.orElseThrow();
		assertEquals(6, hpf.getParameters().size());
		assertEquals("pte_t *", hpf.getParameters().get(3).getType());
		assertEquals("unlock", hpf.getLabels().get(0).getName());
		assertEquals("unlock", hpf.getGotos().get(0).getLabel());
		assertTrue(hpf.getCalls().stream().anyMatch(c -> c.getCallee().equals("do_anonymous_page")));
		assertEquals("ENTRY", hpf.getCfgNodes().get(0).getKind());
		assertTrue(hpf.getCfgEdges().stream().allMatch(e -> e.getSource() != null && e.getTarget() != null));
		assertTrue(hpf.getStatements().stream().anyMatch(s -> s.getKind().equals("if") && s.getDepth() == 0));
	}

	@Test
	void semanticDiffBecomesModelObjects() throws IOException {
		var result = SemanticDiff.between(ModelImages.program(ModelImages.before()),
				ModelImages.program(ModelImages.after())).call();
		CSemanticDiff diff = CModelExport.semanticDiff(result);
		CFunctionDiff hpf = diff.getFunctions().stream().filter(f -> f.getName().equals("handle_pte_fault")).findFirst()
				.orElseThrow();
		assertEquals(CChangeStatus.CHANGED, hpf.getStatus());
		assertEquals("pte", hpf.getSignatureChanges().get(0).getParameter());
		assertEquals(2, hpf.getContractChanges().size());
		assertTrue(diff.getMoves().stream().anyMatch(m -> m.getToFunction().equals("__handle_mm_fault")));
		assertEquals(result.functions().size(), diff.getFunctions().size());
	}
}
