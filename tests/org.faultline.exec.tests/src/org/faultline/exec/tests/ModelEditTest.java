package org.faultline.exec.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.faultline.exec.ExecutableVersion;
import org.faultline.exec.FaultRun;
import org.faultline.exec.Finding.Kind;
import org.faultline.exec.NamedScenarios;
import org.faultline.exec.RunResult;
import org.junit.jupiter.api.Test;

/** Findings follow the code: editing the model source changes them as the edit implies. */
class ModelEditTest {

	private static final String PTE_ALLOC_UNDER_LOCK = "\tif (unlikely(pte_alloc(vma->vm_mm, pmd, address))) {\n"
			+ "\t\tret = VM_FAULT_OOM;\n\t\tgoto err;\n\t}\n";
	private static final String CALL_FAULT = "\tret = vma->vm_ops->fault(vma, &vmf);\n";

	private static RunResult run(String scenario, Map<String, String> files) throws Exception {
		ExecutableVersion v = ModelledSources.version("edited", files);
		return FaultRun.scenario(NamedScenarios.load(scenario)).version(v).call();
	}

	@Test
	void movingPteAllocBeforeFaultInTheBeforeImageRemovesBothFindings() throws Exception {
		Map<String, String> files = ModelledSources.editMemory(ModelledSources.beforeFiles(), PTE_ALLOC_UNDER_LOCK, "");
		files = ModelledSources.editMemory(files, CALL_FAULT,
				"\tif (unlikely(pte_alloc(vma->vm_mm, pmd, address)))\n\t\treturn VM_FAULT_OOM;\n" + CALL_FAULT);
		RunResult read = run("read-cached-pmd-none", files);
		assertFalse(read.has(Kind.ALLOCATION_UNDER_LOCK), read.report());
		RunResult dax = run("cow-dax-nopage-pmd-none", files);
		assertFalse(dax.has(Kind.PTE_MAPPED_WITHOUT_TABLE), dax.report());
		assertFalse(dax.has(Kind.REFAULT), dax.report());
	}

	@Test
	void removingPteAllocFromHandleMmFaultInTheAfterImageMakesAReadFaultRefault() throws Exception {
		Map<String, String> files = ModelledSources.editMemory(ModelledSources.afterFiles(),
				"\tif (unlikely(pte_alloc(mm, pmd, address)))\n\t\treturn VM_FAULT_OOM;\n", "");
		RunResult r = run("read-cached-pmd-none", files);
		assertTrue(r.has(Kind.REFAULT), r.report());
	}

	@Test
	void forgettingAPteUnmapIsFound() throws Exception {
		Map<String, String> files = ModelledSources.editMemory(ModelledSources.afterFiles(),
				"\tpte_unmap(page_table);\n\t/* The VMA was not fully populated", "\t/* The VMA was not fully populated");
		RunResult r = run("read-cached-pmd-none", files);
		assertTrue(r.has(Kind.PTE_MAP_UNBALANCED), r.report());
	}
}
