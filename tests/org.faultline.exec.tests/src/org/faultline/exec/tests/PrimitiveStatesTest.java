package org.faultline.exec.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.faultline.exec.Finding;
import org.faultline.exec.RunResult;
import org.faultline.model.exec.FindingKind;
import org.junit.jupiter.api.Test;

/** Helpers behave as the kernel's for the states scenarios build: the swap cache, page_private, gfp masks. */
class PrimitiveStatesTest {

	private static final String HEADERS = "#include <linux/swap.h>\n#include <linux/pagemap.h>\n";

	@Test
	void aSwapCachePageKnowsItsEntryUntilReuseTakesItOutOfTheCache() throws Exception {
		RunResult r = MiniProgram.run(MiniProgram.SWAPPED, HEADERS, """
					swp_entry_t entry;
					struct page *page;
					int ret = 0;
					entry.val = 7;
					page = lookup_swap_cache(entry);
					if (PageSwapCache(page) && page_private(page) == entry.val)
						ret |= VM_FAULT_MAJOR;
					lock_page(page);
					if (reuse_swap_page(page, NULL) && !PageSwapCache(page) && page_private(page) == 0)
						ret |= VM_FAULT_WRITE;
					unlock_page(page);
					put_page(page);
					return ret;""");
		assertEquals("MAJOR|WRITE", r.outcomeText(), r.report());
		assertTrue(r.findings().stream().noneMatch(f -> f.kind() == FindingKind.PAGE_REF_LEAKED), r.report());
	}

	@Test
	void aSwappedInPageIsInTheSwapCacheWithItsOwnReference() throws Exception {
		RunResult r = MiniProgram.run(MiniProgram.SWAPPED, HEADERS, """
					swp_entry_t entry;
					struct page *page;
					entry.val = 9;
					page = swapin_readahead(entry, GFP_HIGHUSER_MOVABLE, vma, address);
					if (!PageSwapCache(page) || page_private(page) != 9 || lookup_swap_cache(entry) != page)
						return VM_FAULT_SIGBUS;
					put_page(page);
					put_page(page);
					return VM_FAULT_NOPAGE;""");
		assertEquals("NOPAGE", r.outcomeText(), r.report());
		assertTrue(r.findings().stream().noneMatch(f -> f.kind() == FindingKind.PAGE_REF_LEAKED), r.report());
	}

	/**
	 * A page allocation under a page lock the fault took is found only when its gfp mask allows direct reclaim; a
	 * memcg charge under it is not, as in v4.6 (do_swap_page charges with the page locked): memcg reclaim only
	 * trylocks pages and its OOM waits for the end of the fault.
	 */
	@Test
	void reclaimUnderAPageLockDependsOnTheGfpMaskAndIsNoDangerForAMemcgCharge() throws Exception {
		RunResult r = MiniProgram.run(HEADERS, """
					struct mem_cgroup *memcg;
					struct page *page = alloc_page_vma(GFP_HIGHUSER_MOVABLE, vma, address), *other;
					lock_page(page);
					other = alloc_page_vma(0, vma, address);
					put_page(other);
					mem_cgroup_try_charge(page, mm, GFP_KERNEL, &memcg, false);
					mem_cgroup_cancel_charge(page, memcg, false);
					other = alloc_page_vma(GFP_HIGHUSER_MOVABLE, vma, address);
					put_page(other);
					unlock_page(page);
					put_page(page);
					return VM_FAULT_SIGBUS;""");
		List<Finding> underLock = r.findings().stream().filter(f -> f.kind() == FindingKind.ALLOCATION_UNDER_LOCK)
				.toList();
		assertEquals(1, underLock.size(), r.report());
		assertTrue(underLock.get(0).message().startsWith("alloc_page_vma()"), r.report());
	}
}
