package org.faultline.c;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;


import org.faultline.c.diff.SemanticDiff;
import org.faultline.c.emf.CModelExport;
import org.faultline.model.c.CChangeStatus;
import org.faultline.model.c.CFunctionDiff;
import org.faultline.model.c.CSemanticDiff;
import org.junit.jupiter.api.Test;

class CModelExportTest {

	@Test
	void semanticDiffBecomesModelObjects() throws Exception {
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
