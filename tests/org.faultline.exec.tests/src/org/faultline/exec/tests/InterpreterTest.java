package org.faultline.exec.tests;

import org.faultline.model.exec.FindingKind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;

import org.faultline.exec.RunResult;
import org.junit.jupiter.api.Test;

/** The C the interpreter runs: conversions, control flow, pointers, and the step budget. */
class InterpreterTest {

	@Test
	void aLoopThatNeverEndsSpendsTheBudgetAndReturns() throws Exception {
		RunResult r = MiniProgram.run("", "\tunsigned long n = 0;\n\twhile (address)\n\t\tn++;\n\treturn 0;");
		assertFalse(r.completed());
		assertTrue(r.has(FindingKind.STEP_BUDGET), r.report());
	}

	@Test
	void aGotoEntersTheMiddleOfANestedBranchAndALoopBody() throws Exception {
		// the shape of real filemap_fault: "goto retry_find" from after an if/else into its else branch
		RunResult r = MiniProgram.run("", """
					int tries = 0, ret = 0, n = 0;
					if (tries == 0) {
						ret |= VM_FAULT_MAJOR;
					} else {
						ret |= VM_FAULT_NOPAGE;
				retry_find:
						tries++;
					}
					if (tries < 2)
						goto retry_find;
					if (tries == 2)
						goto inside;
					while (n < 10) {
						n = 10;
				inside:
						n++;
					}
					if (n == 11 && tries == 2)
						ret |= VM_FAULT_WRITE;
					return ret;""");
		assertTrue(r.completed(), r.report());
		assertEquals("MAJOR|WRITE", r.outcomeText(), r.report());
	}

	@Test
	void aLoopThatAllocatesPagesEndsWithAFindingLongBeforeTheHeapFills() throws Exception {
		// with the largest budget a scenario may give, the allocations are what stops it
		RunResult r = MiniProgram.run(MiniProgram.SCENARIO + "budget 1000000\n", "",
				"\twhile (address)\n\t\talloc_page_vma(0, vma, address);\n\treturn 0;");
		assertFalse(r.completed());
		assertTrue(r.findings().stream().anyMatch(f -> f.kind() == FindingKind.STEP_BUDGET
				&& f.message().equals("the run allocated more than 64 MB of pages, page tables and structs")), r.report());
		assertTrue(r.steps() < 1_000_000, "stopped by the allocations, after " + r.steps() + " steps");
	}

	@Test
	void structsMadeInALoopCountToo() throws Exception {
		// eight compound literals a call: the structs, not the steps, reach their bound first
		String literals = String.join(", ", Collections.nCopies(8, "(struct vm_fault){ .pgoff = 1 }"));
		RunResult r = MiniProgram.run(MiniProgram.SCENARIO + "budget 1000000\n",
				"static int eat(struct vm_fault a, struct vm_fault b, struct vm_fault c, "
						+ "struct vm_fault d, struct vm_fault e, struct vm_fault f, struct vm_fault g, struct vm_fault h)\n"
						+ "{\n\treturn 0;\n}\n",
				"\twhile (address)\n\t\teat(" + literals + ");\n\treturn 0;");
		assertTrue(r.findings().stream().anyMatch(f -> f.message().startsWith("the run allocated more than")), r.report());
	}

	@Test
	void unboundedRecursionIsStoppedToo() throws Exception {
		RunResult r = MiniProgram.run("static int down(int n) { return down(n + 1); }", "\treturn down(0);");
		assertTrue(r.has(FindingKind.STEP_BUDGET), r.report());
	}

	@Test
	void unsignedLongComparisonFollowsTheUsualArithmeticConversions() throws Exception {
		RunResult r = MiniProgram.run("", """
					unsigned long big = -1;
					long small = 1;
					loff_t size = -4096;
					int ret = 0;
					if (big > small)
						ret |= VM_FAULT_MAJOR;
					if (address >= size)
						ret |= VM_FAULT_WRITE;
					if ((int)big < 0)
						ret |= VM_FAULT_NOPAGE;
					if ((unsigned int)big == 0xffffffff)
						ret |= VM_FAULT_LOCKED;
					return ret;
				""");
		assertEquals("MAJOR|NOPAGE|LOCKED", r.outcomeText(), r.report());
	}

	@Test
	void gotoJumpsBackwardsAndIntoALoopBodyFromInside() throws Exception {
		RunResult r = MiniProgram.run("", """
					int i, n = 0, tries = 0;
				again:
					for (i = 0; i < 5; i++) {
						if (i == 1)
							goto skip;
						n++;
				skip:
						if (i == 3)
							break;
					}
					if (++tries < 2)
						goto again;
					return n;
				""");
		assertEquals(6, r.outcome(), r.report());
	}

	@Test
	void switchFallsThroughAndBreaks() throws Exception {
		RunResult r = MiniProgram.run("", """
					int ret = 0;
					switch (flags & 3) {
					case 0:
						ret = 1;
					case 1:
						ret += 2;
						break;
					default:
						ret = 10;
					}
					return ret;
				""");
		assertEquals(3, r.outcome(), r.report());
	}

	@Test
	void aNullDereferenceIsACrashFinding() throws Exception {
		RunResult r = MiniProgram.run("", "\tstruct page *page = NULL;\n\treturn page->index;");
		assertTrue(r.has(FindingKind.CRASH), r.report());
	}

	@Test
	void anUnknownFunctionOrNameMakesTheRunIncompleteWithTheirNamesNotAFinding() throws Exception {
		RunResult r = MiniProgram.run("", "\treturn frobnicate(address) + 1 + (flags & FAULT_FLAG_FROB);");
		assertTrue(r.completed(), r.report());
		assertEquals(List.of("FAULT_FLAG_FROB", "frobnicate()"), r.unknown(), r.report());
		assertTrue(r.incomplete());
		assertEquals(List.of(), r.findings(), r.report());
		assertEquals(1, r.outcome());
		assertTrue(r.report().contains("INCOMPLETE: reached FAULT_FLAG_FROB, frobnicate()"), r.report());
		assertFalse(r.report().contains("findings: none\n"), r.report());
	}

	@Test
	void aRunThatReachesNothingUnknownIsComplete() throws Exception {
		RunResult r = MiniProgram.run("", "\tif (0)\n\t\tfrobnicate();\n\treturn VM_FAULT_SIGBUS;");
		assertFalse(r.incomplete(), r.report());
		assertTrue(r.report().contains("findings: none\n"), r.report());
	}

	@Test
	void aPteStoreWithoutItsLockIsFound() throws Exception {
		RunResult r = MiniProgram.run("", """
					pmd_t *pmd = pmd_alloc(mm, pud_alloc(mm, pgd_offset(mm, address), address), address);
					pte_t *pte = pte_offset_map(pmd, address);

					set_pte_at(mm, address, pte, pfn_pte(my_zero_pfn(address), vma->vm_page_prot));
					pte_unmap(pte);
					return 0;
				""");
		assertTrue(r.has(FindingKind.PTE_WRITE_WITHOUT_PTL), r.report());
		assertFalse(r.has(FindingKind.REFAULT), r.report());
	}

	@Test
	void helpersThatRealKernelSourcesUseAsMacrosRun() throws Exception {
		RunResult r = MiniProgram.run("static unsigned long window = 65536;\n#define WINDOW_PAGES (window >> 12)\n", """
					unsigned long nr = READ_ONCE(window) >> PAGE_SHIFT;
					unsigned long end = ({ unsigned long e = min3(nr, 8UL, 100UL); e + 1; });
					inc_mm_counter_fast(mm, MM_ANONPAGES);
					if (max(end, 2UL) != 9 || round_up(5, 4) != 8 || WINDOW_PAGES != 16)
						return VM_FAULT_SIGBUS;
					return end;
				""");
		assertEquals(9, r.outcome(), r.report());
		assertEquals(List.of(), r.unknown(), r.report());
	}

	@Test
	void structAssignmentCopiesAndPtePointersCompareWithinTheirTable() throws Exception {
		RunResult r = MiniProgram.run("", """
					struct vm_fault a, b;
					pmd_t *pmd = pmd_alloc(mm, pud_alloc(mm, pgd_offset(mm, address), address), address);
					pte_t *first = pte_offset_map(pmd, address), *last = first + 4;
					int ret = 0;

					a.pgoff = 1;
					b = a;
					b.pgoff = 2;
					if (a.pgoff == 1 && b.pgoff == 2)
						ret |= VM_FAULT_MAJOR;
					if (first < last && last - first == 4)
						ret |= VM_FAULT_LOCKED;
					pte_unmap(first);
					return ret;
				""");
		assertEquals("MAJOR|LOCKED", r.outcomeText(), r.report());
	}
}
