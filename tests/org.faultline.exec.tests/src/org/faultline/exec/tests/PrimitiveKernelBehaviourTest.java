package org.faultline.exec.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.faultline.exec.Finding;
import org.faultline.exec.RunResult;
import org.faultline.model.exec.FindingKind;
import org.junit.jupiter.api.Test;

/**
 * Primitives do what v4.6.2's functions do for the states the scenarios build: each test names the kernel
 * function whose behaviour it checks, and returns a VM_FAULT_ code only that behaviour gives.
 */
class PrimitiveKernelBehaviourTest {

	private static final String HEADERS = "#include <linux/swap.h>\n#include <linux/pagemap.h>\n#include <linux/rmap.h>\n";

	private static List<Finding> findings(RunResult r, FindingKind kind) {
		return r.findings().stream().filter(f -> f.kind() == kind).toList();
	}

	/** arch/x86 pte_modify keeps _PAGE_CHG_MASK (pfn, dirty, accessed, special) of the old value. */
	@Test
	void pteModifyKeepsDirtyAndSpecial() throws Exception {
		RunResult r = MiniProgram.run(HEADERS, """
					pte_t entry = pte_mkspecial(pte_mkdirty(pfn_pte(5, vma->vm_page_prot)));
					entry = pte_modify(entry, vma->vm_page_prot);
					return (pte_dirty(entry) ? VM_FAULT_WRITE : 0) | (pte_special(entry) ? VM_FAULT_MAJOR : 0)
							| (pte_pfn(entry) == 5 ? VM_FAULT_NOPAGE : 0);""");
		assertEquals("MAJOR|WRITE|NOPAGE", r.outcomeText(), r.report());
	}

	/** x86 pmd_present counts PSE: a huge pmd whose present bit is cleared while it is split is present. */
	@Test
	void aPmdWithOnlyPseIsPresent() throws Exception {
		RunResult r = MiniProgram.run(HEADERS, """
					pmd_t value;
					value.pmd = 0x80;
					return pmd_present(value) ? VM_FAULT_NOPAGE : VM_FAULT_SIGBUS;""");
		assertEquals("NOPAGE", r.outcomeText(), r.report());
	}

	/** x86 ptep_set_access_flags stores only for a write fault (dirty), and says whether the value differs. */
	@Test
	void ptepSetAccessFlagsLeavesAReadFaultsYoungBitToTheHardware() throws Exception {
		RunResult r = MiniProgram.run("""
				scenario old
				vma anon private start=0x7f0000000000 pages=512 flags=read,write,mayread,maywrite
				fault address=0x7f0000003000 flags=user
				pmd table
				pte index=3 present
				""", HEADERS, """
					spinlock_t *ptl;
					pte_t *pte = pte_offset_map_lock(mm, pmd_alloc(mm, pud_alloc(mm, pgd_offset(mm, address), address), address),
							address, &ptl);
					int ret = 0;
					if (ptep_set_access_flags(vma, address, pte, pte_mkyoung(*pte), 0))
						ret |= VM_FAULT_MAJOR;
					if (!pte_young(*pte))
						ret |= VM_FAULT_NOPAGE;
					if (ptep_set_access_flags(vma, address, pte, pte_mkyoung(*pte), 1) && pte_young(*pte))
						ret |= VM_FAULT_WRITE;
					pte_unmap_unlock(pte, ptl);
					return ret;""");
		assertEquals("MAJOR|WRITE|NOPAGE", r.outcomeText(), r.report());
	}

	/** huge_pmd_set_accessed: only a write fault stores, and only while the pmd still holds orig_pmd. */
	@Test
	void hugePmdSetAccessedStoresOnlyForAWriteOnAnUnchangedPmd() throws Exception {
		RunResult r = MiniProgram.run("""
				scenario huge
				vma anon private start=0x7f0000000000 pages=512 flags=read,write,mayread,maywrite
				fault address=0x7f0000003000 flags=user
				pmd huge
				""", HEADERS, """
					pmd_t *pmd = pmd_alloc(mm, pud_alloc(mm, pgd_offset(mm, address), address), address);
					pmd_t orig;
					int ret = 0;
					pmd->pmd &= ~0x20UL;
					orig = *pmd;
					huge_pmd_set_accessed(mm, vma, address, pmd, orig, 0);
					if (!(pmd_val(*pmd) & 0x20))
						ret |= VM_FAULT_NOPAGE;
					orig.pmd |= 0x40;
					huge_pmd_set_accessed(mm, vma, address, pmd, orig, 1);
					if (!(pmd_val(*pmd) & 0x20))
						ret |= VM_FAULT_MAJOR;
					orig = *pmd;
					huge_pmd_set_accessed(mm, vma, address, pmd, orig, 1);
					if (pmd_val(*pmd) & 0x20)
						ret |= VM_FAULT_WRITE;
					return ret;""");
		assertEquals("MAJOR|WRITE|NOPAGE", r.outcomeText(), r.report());
	}

	/** handle_userfault: SIGBUS without ALLOW_RETRY, RETRY with mmap_sem kept under RETRY_NOWAIT. */
	@Test
	void handleUserfaultAnswersByTheFaultFlags() throws Exception {
		RunResult r = MiniProgram.run(HEADERS, """
					int ret = 0;
					if (handle_userfault(vma, address, 0, VM_UFFD_MISSING) == VM_FAULT_SIGBUS)
						ret |= VM_FAULT_MAJOR;
					if (handle_userfault(vma, address, FAULT_FLAG_ALLOW_RETRY | FAULT_FLAG_RETRY_NOWAIT,
							VM_UFFD_MISSING) == VM_FAULT_RETRY)
						ret |= VM_FAULT_NOPAGE;
					return ret;""");
		assertEquals("MAJOR|NOPAGE", r.outcomeText(), r.report());
	}

	/** get_page: VM_BUG_ON_PAGE(page_ref_count(page) <= 0) on a page that was freed. */
	@Test
	void getPageOfAFreedPageIsAVmBug() throws Exception {
		RunResult r = MiniProgram.run(HEADERS, """
					struct page *page = alloc_page_vma(GFP_HIGHUSER_MOVABLE, vma, address);
					put_page(page);
					get_page(page);
					return VM_FAULT_OOM;""");
		assertEquals(1, findings(r, FindingKind.VM_BUG).size(), r.report());
	}

	/**
	 * do_page_add_anon_rmap, page_move_anon_rmap, reuse_swap_page, try_to_free_swap and munlock_vma_page:
	 * VM_BUG_ON_PAGE(!PageLocked(page)).
	 */
	@Test
	void anonRmapAndSwapHelpersNeedThePageLock() throws Exception {
		RunResult r = MiniProgram.run(MiniProgram.SWAPPED, HEADERS, """
					swp_entry_t entry;
					struct page *page;
					entry.val = 7;
					page = lookup_swap_cache(entry);
					page_add_anon_rmap(page, vma, address, false);
					page_move_anon_rmap(page, vma, address);
					reuse_swap_page(page, NULL);
					try_to_free_swap(page);
					munlock_vma_page(page);
					lock_page(page);
					page_add_anon_rmap(page, vma, address, false);
					unlock_page(page);
					return VM_FAULT_OOM;""");
		assertEquals(5, findings(r, FindingKind.VM_BUG).size(), r.report());
	}

	/** try_to_free_swap: a locked swap-cache page whose entry has no user left leaves the swap cache dirty. */
	@Test
	void tryToFreeSwapTakesAnUnusedEntrysPageOutOfTheSwapCache() throws Exception {
		RunResult r = MiniProgram.run(MiniProgram.SWAPPED, HEADERS, """
					swp_entry_t entry;
					struct page *page;
					int ret = 0;
					entry.val = 7;
					page = lookup_swap_cache(entry);
					lock_page(page);
					if (!try_to_free_swap(page) && PageSwapCache(page))
						ret |= VM_FAULT_MAJOR;
					swap_free(entry);
					if (try_to_free_swap(page) && !PageSwapCache(page) && lookup_swap_cache(entry) == NULL)
						ret |= VM_FAULT_WRITE;
					unlock_page(page);
					put_page(page);
					return ret;""");
		assertEquals("MAJOR|WRITE", r.outcomeText(), r.report());
	}

	/** __read_swap_cache_async: an entry already in the swap cache gives its page and allocates nothing. */
	@Test
	void swapinReadaheadOfACachedEntryAllocatesNothing() throws Exception {
		RunResult r = MiniProgram.run(MiniProgram.SWAPPED + "fail swapin_readahead\n", HEADERS, """
					swp_entry_t entry;
					struct page *page, *cached;
					entry.val = 7;
					cached = lookup_swap_cache(entry);
					lock_page(cached);
					page = swapin_readahead(entry, GFP_HIGHUSER_MOVABLE, vma, address);
					unlock_page(cached);
					if (page != cached)
						return VM_FAULT_OOM;
					put_page(page);
					put_page(cached);
					return VM_FAULT_NOPAGE;""");
		assertEquals("NOPAGE", r.outcomeText(), r.report());
		assertEquals(List.of(), findings(r, FindingKind.ALLOCATION_UNDER_LOCK), r.report());
	}

	/** swapin_readahead and __page_cache_alloc allocate with the caller's gfp mask: no reclaim without it. */
	@Test
	void swapinAndPageCacheAllocationsReclaimOnlyWhenTheirMaskAllows() throws Exception {
		RunResult r = MiniProgram.run(MiniProgram.SWAPPED, HEADERS, """
					swp_entry_t entry;
					struct page *locked = alloc_page_vma(GFP_HIGHUSER_MOVABLE, vma, address), *page;
					lock_page(locked);
					entry.val = 9;
					page = swapin_readahead(entry, 0, vma, address);
					put_page(page);
					page = __page_cache_alloc(0);
					put_page(page);
					page = __page_cache_alloc(GFP_HIGHUSER_MOVABLE);
					put_page(page);
					unlock_page(locked);
					put_page(locked);
					return VM_FAULT_OOM;""");
		List<Finding> underLock = findings(r, FindingKind.ALLOCATION_UNDER_LOCK);
		assertEquals(1, underLock.size(), r.report());
		assertTrue(underLock.get(0).message().startsWith("__page_cache_alloc()"), r.report());
	}

	/**
	 * Whether a mask reclaims is read with the version's own bit (___GFP_DIRECT_RECLAIM is 0x400 on v6.12, 0x400000
	 * on v4.6), and a mapping's mask is the version's GFP_HIGHUSER_MOVABLE (here v6.12.19's).
	 */
	@Test
	void aMaskReclaimsByTheVersionsOwnDirectReclaimBit() throws Exception {
		RunResult r = MiniProgram.runWithHeader(HEADERS + "#define ___GFP_DIRECT_RECLAIM 0x400u\n", """
					struct page *locked = alloc_page_vma(GFP_HIGHUSER_MOVABLE, vma, address), *page;
					lock_page(locked);
					page = alloc_page_vma(0x400000, vma, address);
					put_page(page);
					page = __page_cache_alloc(mapping_gfp_mask(NULL));
					put_page(page);
					unlock_page(locked);
					put_page(locked);
					return VM_FAULT_OOM;""", mmH -> mmH.replace("0x24200ca", "0x100cca"));
		List<Finding> underLock = findings(r, FindingKind.ALLOCATION_UNDER_LOCK);
		assertEquals(1, underLock.size(), r.report());
		assertTrue(underLock.get(0).message().startsWith("__page_cache_alloc()"), r.report());
	}

	/** v6.12.19 vma_thp_gfp_mask under the default defrag setting: direct reclaim only where madvised. */
	@Test
	void aHugeFolioMaskReclaimsOnlyForAMadvisedVma() throws Exception {
		RunResult r = MiniProgram.runWithHeader("#define GFP_TRANSHUGE_LIGHT 0x10a0cau\n", """
					unsigned long light = vma_thp_gfp_mask(vma);
					vma->vm_flags |= VM_HUGEPAGE;
					if (light == GFP_TRANSHUGE_LIGHT
							&& vma_thp_gfp_mask(vma) == (GFP_TRANSHUGE_LIGHT | ___GFP_DIRECT_RECLAIM))
						return VM_FAULT_NOPAGE;
					return VM_FAULT_SIGBUS;""");
		assertEquals("NOPAGE", r.outcomeText(), r.report());
		assertTrue(!r.incomplete(), r.report());
	}

	/** cond_resched(): a preemption point that may sleep, its __FILE__ and __LINE__ those of its use. */
	@Test
	void condReschedMaySleepAndKnowsWhereItIsUsed() throws Exception {
		RunResult r = MiniProgram.runWithHeader("""
				#define cond_resched() ({ __might_resched(__FILE__, __LINE__, 0); __cond_resched(); })
				static inline void __might_resched(const char *file, int line, unsigned int offsets) { }
				#define HERE() __LINE__
				""", """
					int line = __LINE__;
					int next = HERE();
					spin_lock(&mm->page_table_lock);
					cond_resched();
					spin_unlock(&mm->page_table_lock);
					return __FILE__ && next == line + 1 ? VM_FAULT_NOPAGE : VM_FAULT_SIGBUS;""");
		assertEquals("NOPAGE", r.outcomeText(), r.report());
		assertTrue(!r.incomplete(), r.report());
		assertEquals(1, findings(r, FindingKind.SLEEP_IN_ATOMIC).size(), r.report());
	}

	/** anon_vma_prepare allocates only for a vma without an anon_vma, which the first call gives it. */
	@Test
	void anonVmaPrepareAllocatesOnce() throws Exception {
		RunResult r = MiniProgram.run(HEADERS, """
					struct page *page = alloc_page_vma(GFP_HIGHUSER_MOVABLE, vma, address);
					lock_page(page);
					anon_vma_prepare(vma);
					anon_vma_prepare(vma);
					unlock_page(page);
					put_page(page);
					return VM_FAULT_OOM;""");
		assertEquals(1, findings(r, FindingKind.ALLOCATION_UNDER_LOCK).size(), r.report());
	}

	/** A vma with anonymous pages has its anon_vma: anon_vma_prepare cannot fail there. */
	@Test
	void aVmaWithAnonymousPagesHasItsAnonVma() throws Exception {
		RunResult r = MiniProgram.run(MiniProgram.SWAPPED + "fail anon_vma_prepare\n", HEADERS, """
					return anon_vma_prepare(vma) ? VM_FAULT_OOM : VM_FAULT_NOPAGE;""");
		assertEquals("NOPAGE", r.outcomeText(), r.report());
	}

	/** kmap_atomic disables preemption: sleeping before kunmap_atomic is scheduling while atomic. */
	@Test
	void sleepingInsideKmapAtomicIsReported() throws Exception {
		RunResult r = MiniProgram.run(HEADERS, """
					struct page *page = alloc_page_vma(GFP_HIGHUSER_MOVABLE, vma, address);
					void *kaddr = kmap_atomic(page);
					lock_page(page);
					kunmap_atomic(kaddr);
					unlock_page(page);
					put_page(page);
					return VM_FAULT_OOM;""");
		assertEquals(1, findings(r, FindingKind.SLEEP_IN_ATOMIC).size(), r.report());
	}

	/** __lock_page_or_retry: might_sleep, and after waiting with mmap_sem dropped the page is unlocked. */
	@Test
	void lockPageOrRetryMaySleepAndWaitsForTheHolder() throws Exception {
		String scenario = """
				scenario cached
				vma file private start=0x7f0000000000 pages=512 flags=read,mayread size=2097152
				fault address=0x7f0000003000 flags=user,allow-retry
				pmd table
				page index=3 uptodate locked
				ops fault=none map_pages=no page_mkwrite=no
				""";
		RunResult r = MiniProgram.run(scenario, HEADERS, """
					struct page *page = find_get_page(vma->vm_file->f_mapping, 3);
					int ret = 0;
					spin_lock(&mm->page_table_lock);
					if (!lock_page_or_retry(page, mm, flags) && !PageLocked(page))
						ret |= VM_FAULT_RETRY;
					spin_unlock(&mm->page_table_lock);
					if (lock_page_or_retry(page, mm, flags))
						ret |= VM_FAULT_LOCKED;
					unlock_page(page);
					put_page(page);
					return ret;""");
		assertEquals("LOCKED|RETRY", r.outcomeText(), r.report());
		assertEquals(1, findings(r, FindingKind.SLEEP_IN_ATOMIC).size(), r.report());
	}

	/** page_cache_async_readahead clears PG_readahead and reads the next window: it may enter reclaim. */
	@Test
	void asyncReadaheadOfAReadaheadPageMayEnterReclaim() throws Exception {
		String scenario = """
				scenario readahead
				vma file private start=0x7f0000000000 pages=512 flags=read,mayread size=2097152
				fault address=0x7f0000003000 flags=user
				pmd table
				page index=3 uptodate readahead
				page index=4 uptodate
				ops fault=none map_pages=no page_mkwrite=no
				""";
		RunResult r = MiniProgram.run(scenario, HEADERS, """
					struct file *file = vma->vm_file;
					struct page *page = find_get_page(file->f_mapping, 3), *other = find_get_page(file->f_mapping, 4);
					lock_page(other);
					do_async_mmap_readahead(vma, &file->f_ra, file, page, 3);
					unlock_page(other);
					put_page(other);
					if (PageReadahead(page))
						return VM_FAULT_SIGBUS;
					put_page(page);
					return VM_FAULT_NOPAGE;""");
		assertEquals("NOPAGE", r.outcomeText(), r.report());
		assertEquals(1, findings(r, FindingKind.ALLOCATION_UNDER_LOCK).size(), r.report());
	}

	/** page_add_new_anon_rmap sets the mapcount of a new page to one (atomic_set), it does not add one. */
	@Test
	void aNewAnonymousPageIsMappedOnce() throws Exception {
		RunResult r = MiniProgram.run(HEADERS, """
					struct page *page = alloc_page_vma(GFP_HIGHUSER_MOVABLE, vma, address);
					page_add_new_anon_rmap(page, vma, address, false);
					page_add_new_anon_rmap(page, vma, address, false);
					return page_mapcount(page) == 1 && PageAnon(page) ? VM_FAULT_NOPAGE : VM_FAULT_SIGBUS;""");
		assertEquals("NOPAGE", r.outcomeText(), r.report());
	}

	/** __add_to_page_cache_locked charges the page before it looks at the index: a failed charge wins. */
	@Test
	void addToPageCacheChargesBeforeItFindsTheIndexTaken() throws Exception {
		RunResult r = MiniProgram.run("""
				scenario cached
				vma file private start=0x7f0000000000 pages=512 flags=read,mayread size=2097152
				fault address=0x7f0000003000 flags=user
				pmd table
				page index=3 uptodate
				ops fault=none map_pages=no page_mkwrite=no
				fail add_to_page_cache_lru
				""", HEADERS, """
					struct page *page = __page_cache_alloc(0);
					int err = add_to_page_cache_lru(page, vma->vm_file->f_mapping, 3, GFP_KERNEL);
					put_page(page);
					return err == -ENOMEM ? VM_FAULT_OOM : VM_FAULT_SIGBUS;""");
		assertEquals("OOM", r.outcomeText(), r.report());
	}

	/** x86 arch_set_bit & co. and test_bit: bit nr of a bitmap is in its word nr / 64 (BIT_WORD), not the first. */
	@Test
	void bitOperationsReachTheWordOfTheBit() throws Exception {
		RunResult r = MiniProgram.run(HEADERS, """
					unsigned long map[2] = { 0, 0 };
					int ret = 0;
					arch_set_bit(70, map);
					if (map[0] == 0 && map[1] == 64)
						ret |= VM_FAULT_MAJOR;
					if (test_bit(70, map) && !test_bit(6, map))
						ret |= VM_FAULT_WRITE;
					if (arch___test_and_clear_bit(70, map) && map[1] == 0)
						ret |= VM_FAULT_NOPAGE;
					return ret;""");
		assertEquals("MAJOR|WRITE|NOPAGE", r.outcomeText(), r.report());
	}

	/**
	 * v6.12.19 folio_mark_dirty and set_page_dirty: a page with a mapping loses PG_reclaim, the bit
	 * PG_readahead is, before its mapping dirties it.
	 */
	@Test
	void dirtyingAFilePageClearsReadahead() throws Exception {
		RunResult r = MiniProgram.run("""
				scenario readahead
				vma file private start=0x7f0000000000 pages=512 flags=read,mayread size=2097152
				fault address=0x7f0000003000 flags=user
				pmd table
				page index=3 uptodate readahead
				page index=4 uptodate readahead
				ops fault=none map_pages=no page_mkwrite=no
				""", HEADERS, """
					struct address_space *mapping = vma->vm_file->f_mapping;
					struct page *page = find_get_page(mapping, 3), *other = find_get_page(mapping, 4);
					int ret = 0;
					if (folio_mark_dirty(page) && folio_test_dirty(page) && !PageReadahead(page))
						ret |= VM_FAULT_MAJOR;
					if (set_page_dirty(other) && !PageReadahead(other))
						ret |= VM_FAULT_WRITE;
					put_page(page);
					put_page(other);
					return ret;""");
		assertEquals("MAJOR|WRITE", r.outcomeText(), r.report());
	}

	/**
	 * v6.12.19 __pte_offset_map: a pte it maps is read under rcu_read_lock until pte_unmap, so sleeping in
	 * between is reported; a pmd that is no pte table maps nothing and leaves no RCU read section.
	 */
	@Test
	void aPteFrom__pte_offset_mapHoldsRcuUntilItIsUnmapped() throws Exception {
		RunResult r = MiniProgram.run(HEADERS, """
					unsigned long next = address + 0x200000;
					pmd_t pmdval;
					pmd_t *pmd = pmd_alloc(mm, pud_alloc(mm, pgd_offset(mm, address), address), address);
					pmd_t *none = pmd_alloc(mm, pud_alloc(mm, pgd_offset(mm, next), next), next);
					pte_t *pte = __pte_offset_map(pmd, address, &pmdval);
					might_sleep();
					pte_unmap(pte);
					might_sleep();
					return pte && !__pte_offset_map(none, next, &pmdval) ? VM_FAULT_NOPAGE : VM_FAULT_SIGBUS;""");
		assertEquals("NOPAGE", r.outcomeText(), r.report());
		assertEquals(1, findings(r, FindingKind.SLEEP_IN_ATOMIC).size(), r.report());
		assertEquals(List.of(), findings(r, FindingKind.LOCK_HELD_AT_EXIT), r.report());
	}

	/**
	 * v6.12.19 takes the pte lock in mm.h's inline pte_offset_map_lock: a lock left held names the line of the
	 * fault path that called the helper, which a reviewer reads, and the helper's.
	 */
	@Test
	void aLockTakenInAHeadersInlineHelperNamesItsCallerInTheFaultPath() throws Exception {
		RunResult r = MiniProgram.runWithHeader("""
				static inline pte_t *map_lock(struct mm_struct *mm, pmd_t *pmd, unsigned long address,
						spinlock_t **ptlp)
				{
					return pte_offset_map_lock(mm, pmd, address, ptlp);
				}
				""", """
					spinlock_t *ptl;
					pte_t *pte = map_lock(mm, pmd_alloc(mm, pud_alloc(mm, pgd_offset(mm, address), address), address),
							address, &ptl);
					return 0;""");
		List<Finding> held = findings(r, FindingKind.PTL_HELD_AT_EXIT);
		assertEquals(1, held.size(), r.report());
		assertTrue(held.get(0).message().contains("__handle_mm_fault:8 via map_lock:5"), held.get(0).message());
	}

	/**
	 * v6.12.19 folio_wait_bit_common: a SHARED wait ends with the holder's unlock, an EXCLUSIVE one on a folio
	 * this fault holds is a deadlock.
	 */
	@Test
	void waitingOnAFolioBitEndsWithTheHolder() throws Exception {
		RunResult r = MiniProgram.run("""
				scenario locked
				vma file private start=0x7f0000000000 pages=512 flags=read,mayread size=2097152
				fault address=0x7f0000003000 flags=user
				pmd table
				page index=3 uptodate locked
				ops fault=none map_pages=no page_mkwrite=no
				""", HEADERS, """
					struct page *page = find_get_page(vma->vm_file->f_mapping, 3);
					int ret = 0;
					folio_wait_bit_common(page, 0, 2, 1);
					if (!PageLocked(page) && folio_trylock(page))
						ret |= VM_FAULT_MAJOR;
					folio_wait_bit_common(page, 0, 2, 0);
					unlock_page(page);
					put_page(page);
					return ret;""");
		assertEquals("MAJOR", r.outcomeText(), r.report());
		assertEquals(1, findings(r, FindingKind.LOCK_MISUSE).size(), r.report());
	}

	/** v6.12.19 get_swap_device: the fault holds the swap device until put_swap_device, or swapoff waits forever. */
	@Test
	void aSwapDeviceHeldAtTheEndIsReported() throws Exception {
		RunResult r = MiniProgram.run(MiniProgram.SWAPPED, HEADERS, """
					swp_entry_t entry;
					struct swap_info_struct *si;
					struct page *page;
					entry.val = 7;
					si = get_swap_device(entry);
					page = swap_cache_get_folio(entry, vma, address);
					put_swap_device(si);
					get_swap_device(entry);
					put_page(page);
					return page ? VM_FAULT_NOPAGE : VM_FAULT_SIGBUS;""");
		assertEquals("NOPAGE", r.outcomeText(), r.report());
		assertEquals(1, findings(r, FindingKind.LOCK_HELD_AT_EXIT).size(), r.report());
	}
}
