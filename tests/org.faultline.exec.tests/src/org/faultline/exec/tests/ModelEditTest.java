package org.faultline.exec.tests;

import org.faultline.model.exec.FindingKind;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.faultline.exec.ExecutableVersion;
import org.faultline.exec.FaultRun;
import org.faultline.exec.NamedScenarios;
import org.faultline.exec.RunResult;
import org.faultline.exec.Scenario;
import org.faultline.exec.ScenarioParser;
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
		assertFalse(read.has(FindingKind.ALLOCATION_UNDER_LOCK), read.report());
		RunResult dax = run("cow-dax-nopage-pmd-none", files);
		assertFalse(dax.has(FindingKind.PTE_MAPPED_WITHOUT_TABLE), dax.report());
		assertFalse(dax.has(FindingKind.REFAULT), dax.report());
	}

	@Test
	void removingPteAllocFromHandleMmFaultInTheAfterImageMakesAReadFaultRefault() throws Exception {
		Map<String, String> files = ModelledSources.editMemory(ModelledSources.afterFiles(),
				"\tif (unlikely(pte_alloc(mm, pmd, address)))\n\t\treturn VM_FAULT_OOM;\n", "");
		RunResult r = run("read-cached-pmd-none", files);
		assertTrue(r.has(FindingKind.REFAULT), r.report());
	}

	@Test
	void forgettingAPteUnmapIsFound() throws Exception {
		Map<String, String> files = ModelledSources.editMemory(ModelledSources.afterFiles(),
				"\tpte_unmap(page_table);\n\t/* The VMA was not fully populated", "\t/* The VMA was not fully populated");
		RunResult r = run("read-cached-pmd-none", files);
		assertTrue(r.has(FindingKind.PTE_MAP_UNBALANCED), r.report());
	}

	@Test
	void forgettingToUnlockTheFaultPageIsFound() throws Exception {
		Map<String, String> files = ModelledSources.editMemory(ModelledSources.afterFiles(),
				"\tdo_set_pte(vma, address, fault_page, pte, false, false);\n\tunlock_page(fault_page);\n",
				"\tdo_set_pte(vma, address, fault_page, pte, false, false);\n");
		RunResult r = run("read-cached-pmd-none", files);
		assertTrue(r.has(FindingKind.PAGE_LOCK_LEAKED), r.report());
	}

	@Test
	void anExtraPutOfTheCowSourceIsFound() throws Exception {
		Map<String, String> files = ModelledSources.editMemory(ModelledSources.afterFiles(),
				"\tif (fault_page) {\n\t\tunlock_page(fault_page);\n\t\tput_page(fault_page);\n\t} else {",
				"\tif (fault_page) {\n\t\tunlock_page(fault_page);\n\t\tput_page(fault_page);\n"
						+ "\t\tput_page(fault_page);\n\t} else {");
		Scenario s = ScenarioParser.parse("cow", """
				vma file private flags=read,write,mayread,maywrite
				fault address=0x7f0000003000 flags=user,write
				pmd table
				page index=3 uptodate
				ops fault=filemap
				""");
		RunResult r = FaultRun.scenario(s).version(ModelledSources.version("edited", files)).call();
		assertTrue(r.has(FindingKind.PAGE_REF_LEAKED), r.report());
	}

	@Test
	void leavingTheRcuReadSectionOpenIsFound() throws Exception {
		Map<String, String> files = ModelledSources.edit(ModelledSources.afterFiles(), "mm/filemap.c",
				"\trcu_read_unlock();\n", "");
		RunResult r = run("read-hot-faultaround", files);
		assertTrue(r.has(FindingKind.LOCK_HELD_AT_EXIT), r.report());
	}
}
