package org.faultline.explore.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Predicate;

import org.faultline.exec.ExecutableVersion;
import org.faultline.explore.DifferenceGroup;
import org.faultline.explore.Exploration;
import org.faultline.explore.ExplorationReport;
import org.faultline.explore.ExplorationResult;
import org.faultline.explore.ScenarioSpace;
import org.junit.jupiter.api.Test;

/**
 * Each of the seed's three problems, put back into the new code by a model edit, makes its group appear when
 * the edited code is explored against the new code; the unedited new code against itself has no group.
 */
class MutationTest {

	private static final String ALLOC_IN_HANDLE_MM_FAULT = "\tif (unlikely(pte_alloc(mm, pmd, address)))\n"
			+ "\t\treturn VM_FAULT_OOM;\n";
	/** Without the allocation, a none pmd must go on to the pte level, as in the old code. */
	private static final String[] NO_ALLOC_BEFORE_FAULT = { ALLOC_IN_HANDLE_MM_FAULT, "",
			"\tif (unlikely(pmd_trans_unstable(pmd) || pmd_devmap(*pmd)))",
			"\tif (unlikely(pmd_trans_huge(*pmd) || pmd_devmap(*pmd)))" };
	private static final String READ_FAULT_GOT_PAGE = "\tret = __do_fault(vma, address, pgoff, flags, NULL, &fault_page);\n"
			+ "\tif (unlikely(ret & (VM_FAULT_ERROR | VM_FAULT_NOPAGE | VM_FAULT_RETRY)))\n\t\treturn ret;\n\n"
			+ "\tpte = pte_offset_map_lock(mm, pmd, address, &ptl);\n\tif (unlikely(!pte_same(*pte, orig_pte))) {\n"
			+ "\t\tpte_unmap_unlock(pte, ptl);\n\t\tunlock_page(fault_page);\n\t\tput_page(fault_page);\n\t\treturn ret;\n\t}\n";
	private static final String FAULT_AROUND_FIRST = "\tif (vma->vm_ops->map_pages && fault_around_bytes >> PAGE_SHIFT > 1) {\n"
			+ "\t\tpte = pte_offset_map_lock(mm, pmd, address, &ptl);\n"
			+ "\t\tdo_fault_around(vma, address, pte, pgoff, flags);\n"
			+ "\t\tif (!pte_same(*pte, orig_pte))\n\t\t\tgoto unlock_out;\n\t\tpte_unmap_unlock(pte, ptl);\n\t}\n";
	private static final String SET_READ_PTE = "\tdo_set_pte(vma, address, fault_page, pte, false, false);\n"
			+ "\tunlock_page(fault_page);\nunlock_out:\n";

	private static ExplorationResult exploreAgainstNew(ExecutableVersion edited) throws Exception {
		return Exploration.between(edited, Seed.after()).setSpace(ScenarioSpace.full().withVariants(false)).call();
	}

	private static void assertGroup(ExplorationResult r, Predicate<DifferenceGroup> group) {
		assertTrue(r.groups().stream().anyMatch(group), ExplorationReport.text(r, false));
	}

	@Test
	void theNewCodeAgainstItselfHasNoneOfTheGroups() throws Exception {
		ExplorationResult r = exploreAgainstNew(Seed.after());
		assertTrue(r.groups().isEmpty(), ExplorationReport.text(r, false));
	}

	@Test
	void allocatingThePteTableAfterFaultPutsBackTheAllocationUnderThePageLock() throws Exception {
		ExecutableVersion edited = Seed.editedAfter(NO_ALLOC_BEFORE_FAULT[0], NO_ALLOC_BEFORE_FAULT[1],
				NO_ALLOC_BEFORE_FAULT[2], NO_ALLOC_BEFORE_FAULT[3], READ_FAULT_GOT_PAGE,
				READ_FAULT_GOT_PAGE.replace("\tpte = pte_offset_map_lock", "\tif (unlikely(pte_alloc(mm, pmd, address))) {\n"
						+ "\t\tunlock_page(fault_page);\n\t\tput_page(fault_page);\n\t\treturn VM_FAULT_OOM;\n\t}\n"
						+ "\tpte = pte_offset_map_lock"));
		assertGroup(exploreAgainstNew(edited), Seed.ALLOCATION_UNDER_LOCK);
	}

	@Test
	void notAllocatingThePteTableBeforeFaultPutsBackTheEndlessRefault() throws Exception {
		assertGroup(exploreAgainstNew(Seed.editedAfter(NO_ALLOC_BEFORE_FAULT)), Seed.PTE_WITHOUT_TABLE);
	}

	@Test
	void faultAroundAfterFaultPutsBackTheExtraFaultOnAHotCache() throws Exception {
		ExecutableVersion edited = Seed.editedAfter(FAULT_AROUND_FIRST, "", SET_READ_PTE,
				"\tdo_set_pte(vma, address, fault_page, pte, false, false);\n\tunlock_page(fault_page);\n"
						+ "\tif (vma->vm_ops->map_pages && fault_around_bytes >> PAGE_SHIFT > 1)\n"
						+ "\t\tdo_fault_around(vma, address, pte, pgoff, flags);\n");
		assertGroup(exploreAgainstNew(edited), Seed.MAP_PAGES_WITHOUT_FAULT);
	}
}
