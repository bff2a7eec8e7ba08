package org.faultline.exec.internal.prim;

import org.faultline.model.exec.FindingKind;
import org.faultline.model.exec.TraceEventKind;

import static org.faultline.exec.internal.prim.Args.ONE;
import static org.faultline.exec.internal.prim.Args.ZERO;
import static org.faultline.exec.internal.prim.Args.bool;
import static org.faultline.exec.internal.prim.Args.num;
import static org.faultline.exec.internal.prim.Args.page;

import org.faultline.exec.internal.interp.Obj;
import org.faultline.exec.internal.interp.Pointer;
import org.faultline.exec.internal.interp.PrimitiveTable;
import org.faultline.exec.internal.interp.Run;
import org.faultline.exec.internal.interp.Values;
import org.faultline.exec.internal.machine.Page;

/**
 * include/linux/mm.h, page-flags.h, rmap.h, memcontrol.h, highmem.h, gfp.h, swap.h, ksm.h: page references
 * and flags, reverse mapping, rss counters, memcg charges, page allocation (which may enter reclaim), data
 * copies and the swap cache. A put that drops the last reference frees the page; a put below zero, or a free
 * of a page that ptes still map, is reported at once.
 */
final class PagePrimitives {

	private static final String MM_H = "include/linux/mm.h";
	private static final String FLAGS_H = "include/linux/page-flags.h";
	private static final String RMAP = "mm/rmap.c";
	private static final String MEMCG = "mm/memcontrol.c";
	private static final String HIGHMEM = "include/linux/highmem.h";

	private PagePrimitives() {
	}

	static void register(PrimitiveTable t) {
		t.add("get_page", MM_H, "get_page: one more reference; taking one on a page with none (freed) is the"
				+ " kernel's VM_BUG_ON_PAGE. Leaves out compound pages and ZONE_DEVICE", (run, a) -> {
					Page p = page(a[0], "get_page");
					if (p.refcount <= 0 || p.freed)
						run.finding(FindingKind.VM_BUG, "get_page(" + p.label() + ") of a page with no reference");
					p.refcount++;
					return null;
				});
		t.add("put_page", MM_H, "put_page: drops a reference; the last one frees the page, which is reported if"
				+ " ptes still map it, the page cache still holds it, or it is locked; a put of a freed page is"
				+ " reported. Leaves out compound pages and the LRU", (run, a) -> {
					put(run, page(a[0], "put_page"));
					return null;
				});
		t.alias("page_cache_release", "put_page");
		t.add("compound_head", FLAGS_H, "the head page: the page itself. Leaves out compound pages",
				(run, a) -> a[0]);
		t.add("PageAnon", FLAGS_H, "PageAnon: page->mapping has PAGE_MAPPING_ANON (the machine's anon flag)."
				+ " Leaves out nothing", (run, a) -> bool(page(a[0], "PageAnon").anon));
		t.add("PageLocked", FLAGS_H, "PG_locked, whoever holds it. Leaves out nothing",
				(run, a) -> bool(page(a[0], "PageLocked").locked));
		t.add("PageUptodate", FLAGS_H, "PG_uptodate. Leaves out the read barrier after it",
				(run, a) -> bool(page(a[0], "PageUptodate").uptodate));
		t.add("PageReadahead", FLAGS_H, "PG_readahead. Leaves out nothing",
				(run, a) -> bool(page(a[0], "PageReadahead").readahead));
		t.add("PageHWPoison", FLAGS_H, "PG_hwpoison. Leaves out nothing",
				(run, a) -> bool(page(a[0], "PageHWPoison").hwpoison));
		t.add("PageKsm", "include/linux/ksm.h", "PageKsm: a page merged by KSM. Leaves out nothing",
				(run, a) -> bool(page(a[0], "PageKsm").ksm));
		t.add("PageMlocked", FLAGS_H, "PG_mlocked: always clear. Leaves out mlocked pages", (run, a) -> ZERO);
		t.add("PageSwapCache", FLAGS_H, "PageSwapCache: PG_swapcache of a swap-backed page, i.e. the page is in"
				+ " the machine's swap cache. Leaves out nothing", (run, a) -> {
					Page p = page(a[0], "PageSwapCache");
					return bool(p.swapBacked && p.swapEntry != 0);
				});
		t.add("page_private", MM_H, "page_private: page->private, which the model uses only for the swap entry"
				+ " of a swap-cache page (0 otherwise). Leaves out buffer heads",
				(run, a) -> Values.box(page(a[0], "page_private").swapEntry));
		t.add("__SetPageUptodate", FLAGS_H, "sets PG_uptodate on a page no one else sees yet. Leaves out the"
				+ " write barrier before it", (run, a) -> {
					page(a[0], "__SetPageUptodate").uptodate = true;
					return null;
				});
		t.alias("SetPageUptodate", "__SetPageUptodate");
		t.add("ClearPageError", FLAGS_H, "clears PG_error. Leaves out nothing", (run, a) -> {
			page(a[0], "ClearPageError").error = false;
			return null;
		});
		t.add("set_page_dirty", "mm/page-writeback.c", "set_page_dirty: sets PG_dirty; 1 if it was clean, as"
				+ " __set_page_dirty_nobuffers and the anonymous case answer; a page with a mapping (page_mapping:"
				+ " a file page, or one in the swap cache) loses PG_reclaim, which is PG_readahead. Leaves out the"
				+ " mapping's ->set_page_dirty (buffer heads), dirty accounting and the radix-tree tag",
				(run, a) -> bool(markDirty(page(a[0], "set_page_dirty"))));
		t.add("page_to_nid", MM_H, "the page's node: 0. Leaves out NUMA", (run, a) -> ZERO);
		t.add("page_rmapping", "mm/util.c", "page->mapping without its flag bits. Leaves out anon_vma (an"
				+ " anonymous page's mapping is what the scenario gave)",
				(run, a) -> page(a[0], "page_rmapping").get("mapping"));
		t.add("page_mapcount", MM_H, "page_mapcount: how many ptes map the page. Leaves out compound mapcounts",
				(run, a) -> Values.box(page(a[0], "page_mapcount").mapcount));
		t.add("page_cpupid_xchg_last", MM_H, "NUMA balancing's last cpupid, replaced; answers 0. Leaves out NUMA"
				+ " balancing", (run, a) -> ZERO);
		t.addReclaiming("alloc_page_vma", "include/linux/gfp.h", "alloc_page_vma: a new page with one reference;"
				+ " may enter reclaim when its gfp mask has __GFP_DIRECT_RECLAIM; NULL if the scenario makes it"
				+ " fail. Leaves out NUMA placement and the page's contents", 0,
				(run, a) -> allocate(run, "alloc_page_vma"));
		t.addReclaiming("alloc_zeroed_user_highpage_movable", HIGHMEM, "alloc_zeroed_user_highpage_movable:"
				+ " alloc_page_vma(GFP_HIGHUSER_MOVABLE) and clear_user_highpage, so it may always enter reclaim;"
				+ " NULL if the scenario makes it fail. Leaves out the contents",
				(run, a) -> allocate(run, "alloc_zeroed_user_highpage_movable"));
		t.addSleeping("balance_dirty_pages_ratelimited", "mm/page-writeback.c", "dirty throttling: may sleep."
				+ " Leaves out the throttling itself", null);
		t.add("wait_for_stable_page", "mm/page-writeback.c", "waits for writeback where the device needs stable"
				+ " pages: may sleep. Leaves out writeback, which the model has not", (run, a) -> {
					run.checkMaySleep("wait_for_stable_page", false);
					return null;
				});
		t.add("inc_mm_counter", MM_H, "rss counter + 1. Leaves out nothing", (run, a) -> {
			run.machine.rss[(int) num(a[1])]++;
			return null;
		});
		t.add("dec_mm_counter", MM_H, "rss counter - 1. Leaves out nothing", (run, a) -> {
			run.machine.rss[(int) num(a[1])]--;
			return null;
		});
		t.alias("inc_mm_counter_fast", "inc_mm_counter");
		t.alias("dec_mm_counter_fast", "dec_mm_counter");
		t.add("mm_counter_file", MM_H, "mm_counter_file: MM_SHMEMPAGES for a swap-backed page, else MM_FILEPAGES."
				+ " Leaves out nothing", (run, a) -> Values.box(page(a[0], "mm_counter_file").swapBacked ? 3 : 0));
		t.addCharging("mem_cgroup_try_charge", MEMCG, "mem_cgroup_try_charge: reserves a charge and stores the"
				+ " memcg through the 4th argument; may enter the memcg's reclaim when its gfp mask allows direct"
				+ " reclaim (which takes i_mmap_rwsem but only trylocks pages; its OOM waits for the end of the"
				+ " fault); -ENOMEM when the scenario makes it fail. Leaves out the memcg hierarchy and limits, and"
				+ " the early return (memcg NULL) for a swap-cache page already charged", 2,
				(run, a) -> {
					Page p = page(a[0], "mem_cgroup_try_charge");
					if (run.allocationFails("mem_cgroup_try_charge"))
						return Values.box(-Linux46.ENOMEM);
					p.charge = "pending";
					Args.storeThrough(a[3], run.machine.mm, "mem_cgroup_try_charge");
					return ZERO;
				});
		t.add("mem_cgroup_commit_charge", MEMCG, "binds the reserved charge to the page; a page with no charge"
				+ " pending is reported. Leaves out the LRU fix-up (lrucare)", (run, a) -> {
					charge(run, page(a[0], "mem_cgroup_commit_charge"), "committed");
					return null;
				});
		t.add("mem_cgroup_cancel_charge", MEMCG, "returns the reserved charge; a page with no charge pending is"
				+ " reported. Leaves out nothing", (run, a) -> {
					charge(run, page(a[0], "mem_cgroup_cancel_charge"), "none");
					return null;
				});
		t.add("mem_cgroup_count_vm_event", "include/linux/memcontrol.h", "memcg event counter: nothing. Leaves"
				+ " out the statistics", (run, a) -> null);
		t.add("count_vm_event", "include/linux/vmstat.h", "event counter: nothing. Leaves out the statistics",
				(run, a) -> null);
		t.addReclaimingByState("anon_vma_prepare", RMAP, "anon_vma_prepare: may sleep; a vma that has an"
				+ " anon_vma (the machine gives one to a vma with anonymous pages) needs nothing (0); otherwise it"
				+ " allocates one (GFP_KERNEL: may enter reclaim) and links it, or answers -ENOMEM when the"
				+ " scenario makes that fail. Leaves out anon_vma merging with neighbours and its locks",
				(run, a) -> {
					Obj vma = Args.obj(a[0], "anon_vma_prepare");
					boolean has = vma.get("anon_vma") != null;
					run.checkMaySleep("anon_vma_prepare", !has);
					if (has)
						return ZERO;
					if (run.allocationFails("anon_vma_prepare"))
						return Values.box(-Linux46.ENOMEM);
					vma.set("anon_vma", new Obj(run.program.types().struct("anon_vma")));
					return ZERO;
				});
		t.add("page_add_new_anon_rmap", RMAP, "page_add_new_anon_rmap: first mapping of a new anonymous page:"
				+ " swap-backed, anonymous, mapcount 1. Leaves out the anon_vma link and compound pages",
				(run, a) -> {
					Page p = page(a[0], "page_add_new_anon_rmap");
					p.anon = true;
					p.swapBacked = true;
					p.mapcount = 1;
					return null;
				});
		t.add("page_add_anon_rmap", RMAP, "page_add_anon_rmap -> do_page_add_anon_rmap: one more pte maps an"
				+ " anonymous page, which (unless KSM) must be locked: VM_BUG_ON_PAGE otherwise. Leaves out the"
				+ " anon_vma link and compound pages", (run, a) -> {
					Page p = page(a[0], "page_add_anon_rmap");
					p.mapcount++;
					if (!p.ksm)
						requireLocked(run, p, "page_add_anon_rmap");
					return null;
				});
		t.alias("do_page_add_anon_rmap", "page_add_anon_rmap");
		t.add("page_add_file_rmap", RMAP, "page_add_file_rmap: one more pte maps a file page. Leaves out"
				+ " NR_FILE_MAPPED and the memcg lock", (run, a) -> {
					page(a[0], "page_add_file_rmap").mapcount++;
					return null;
				});
		t.add("page_remove_rmap", RMAP, "page_remove_rmap: one pte less maps the page; below zero is reported."
				+ " Leaves out statistics and mlock", (run, a) -> {
					Page p = page(a[0], "page_remove_rmap");
					if (--p.mapcount < 0)
						run.finding(FindingKind.PAGE_REF_LEAKED, "mapcount of " + p.label() + " below zero");
					return null;
				});
		t.add("page_move_anon_rmap", RMAP, "page_move_anon_rmap: re-points an exclusively owned anonymous page at"
				+ " this vma's anon_vma; the page must be locked (VM_BUG_ON_PAGE). Leaves out the anon_vma itself",
				(run, a) -> {
					requireLocked(run, page(a[0], "page_move_anon_rmap"), "page_move_anon_rmap");
					return null;
				});
		t.add("munlock_vma_page", "mm/mlock.c", "munlock_vma_page: the page must be locked (BUG_ON); 0. Leaves out"
				+ " mlocked pages, which the model has not", (run, a) -> {
					requireLocked(run, page(a[0], "munlock_vma_page"), "munlock_vma_page");
					return ZERO;
				});
		t.add("lru_cache_add_active_or_unevictable", "mm/swap.c", "puts a new page on the LRU: nothing. Leaves"
				+ " out the LRU", (run, a) -> null);
		t.add("copy_user_highpage", HIGHMEM, "copies a page's data; a copy from a freed page is reported. Leaves"
				+ " out the data (the copy is as uptodate as its source)", (run, a) -> {
					Page to = page(a[0], "copy_user_highpage");
					Page from = page(a[1], "copy_user_highpage");
					if (from.freed)
						run.finding(FindingKind.PAGE_REF_LEAKED, "copy from " + from.label() + ", which is freed");
					to.uptodate = from.uptodate || to.uptodate;
					return null;
				});
		t.add("kmap_atomic", HIGHMEM, "kmap_atomic: the page's kernel address, with preemption and page faults"
				+ " disabled until kunmap_atomic (counted: sleeping inside is reported). Leaves out nothing",
				(run, a) -> {
					run.machine.kmapAtomic++;
					return new Pointer.Opaque(a[0]);
				});
		t.add("kunmap_atomic", HIGHMEM, "ends kmap_atomic. Leaves out nothing", (run, a) -> {
			run.machine.kmapAtomic--;
			return null;
		});
		t.add("clear_page", "arch/x86/include/asm/page_64.h", "zero-fills a page: nothing. Leaves out the data",
				(run, a) -> null);
		t.add("clear_user_highpage", HIGHMEM, "zero-fills a user page: nothing. Leaves out the data",
				(run, a) -> null);
		t.add("__copy_from_user_inatomic", "arch/x86/include/asm/uaccess.h", "copies without faulting: 0, all"
				+ " copied. Leaves out a failing copy (cow_user_page's zero-fill)", (run, a) -> ZERO);
		t.add("flush_cache_page", "arch/x86/include/asm/cacheflush.h", "nothing on x86. Leaves out nothing",
				(run, a) -> null);
		t.add("flush_dcache_page", "arch/x86/include/asm/cacheflush.h", "nothing on x86. Leaves out nothing",
				(run, a) -> null);
		t.add("flush_icache_page", "arch/x86/include/asm/cacheflush.h", "nothing on x86. Leaves out nothing",
				(run, a) -> null);
		t.add("debug_dma_assert_idle", "include/linux/dma-debug.h", "DMA debugging: nothing. Leaves out the"
				+ " check", (run, a) -> null);
		t.add("lookup_swap_cache", "mm/swap_state.c", "lookup_swap_cache: the swap-cache page of an entry with a"
				+ " reference taken, or NULL; the swap cache holds what the scenario put there and what the run"
				+ " added. Leaves out the statistics", (run, a) -> {
					Page p = run.machine.swapCache.get(Args.entry(a[0]));
					if (p != null)
						p.refcount++;
					return p;
				});
		t.addReclaimingByState("swapin_readahead", "mm/swap_state.c", "swapin_readahead ->"
				+ " read_swap_cache_async: the entry's swap-cache page with a reference if it is there; otherwise a"
				+ " new page (which may enter reclaim when the gfp mask, the 2nd argument, allows direct reclaim)"
				+ " read into the swap cache, returned with a reference for the caller, the cache holding its own;"
				+ " NULL if the scenario makes the allocation fail. Leaves out the readahead of neighbouring entries"
				+ " and the I/O: the page is uptodate and unlocked at once", (run, a) -> {
					long entry = Args.entry(a[0]);
					Page cached = run.machine.swapCache.get(entry);
					if (cached != null) {
						cached.refcount++;
						return cached;
					}
					run.checkMaySleep("swapin_readahead", (num(a[1]) & run.program.directReclaim()) != 0);
					Page p = allocate(run, "swapin_readahead");
					if (p != null) {
						p.uptodate = true;
						p.anon = true;
						p.swapBacked = true;
						p.refcount++;
						p.outsideRefs++;
						run.machine.addToSwapCache(entry, p);
					}
					return p;
				});
		t.add("swap_free", "mm/swapfile.c", "swap_free: drops one use of a swap entry (the swap cache keeps the"
				+ " page). Leaves out freeing the slot", (run, a) -> {
					run.machine.swapUses.computeIfPresent(Args.entry(a[0]), (k, n) -> n > 1 ? n - 1 : null);
					return null;
				});
		t.add("reuse_swap_page", "mm/swapfile.c", "reuse_swap_page: the page must be locked (VM_BUG_ON_PAGE); a"
				+ " KSM page is never reused; else stores the mapcount through the 2nd argument, and a swap-cache"
				+ " page mapped at most once adds the uses of its swap entry and, if that makes one, leaves the swap"
				+ " cache dirty; true when the count is at most one. Leaves out writeback and THP", (run, a) -> {
					Page p = page(a[0], "reuse_swap_page");
					requireLocked(run, p, "reuse_swap_page");
					if (p.ksm)
						return ZERO;
					Args.storeThrough(a[1], Values.box(p.mapcount), "reuse_swap_page");
					int count = p.mapcount;
					if (count <= 1 && p.swapEntry != 0) {
						count += run.machine.swapUses.getOrDefault(p.swapEntry, 0);
						if (count == 1)
							leaveSwapCache(run, p);
					}
					return bool(count <= 1);
				});
		t.add("try_to_free_swap", "mm/swapfile.c", "try_to_free_swap: the page must be locked (VM_BUG_ON_PAGE);"
				+ " a swap-cache page whose entry no pte uses any more leaves the swap cache dirty (1); else 0."
				+ " Leaves out writeback and hibernation", (run, a) -> {
					Page p = page(a[0], "try_to_free_swap");
					requireLocked(run, p, "try_to_free_swap");
					if (!p.swapBacked || p.swapEntry == 0 || run.machine.swapUses.getOrDefault(p.swapEntry, 0) > 0)
						return ZERO;
					leaveSwapCache(run, p);
					return ONE;
				});
	}

	/**
	 * set_page_dirty and folio_mark_dirty: PG_dirty set; whether it was clean. A page with a mapping
	 * (page_mapping: an anonymous page's is the swap cache's while it is in it, another's is page->mapping)
	 * first loses PG_reclaim, the bit PG_readahead shares.
	 */
	static boolean markDirty(Page p) {
		if (p.anon ? p.swapEntry != 0 : p.get("mapping") != null)
			p.readahead = false;
		boolean was = p.dirty;
		p.dirty = true;
		return !was;
	}

	/** delete_from_swap_cache and SetPageDirty: the data now lives only in the page. */
	private static void leaveSwapCache(Run run, Page p) {
		run.machine.deleteFromSwapCache(p);
		p.dirty = true;
	}

	/** The kernel's VM_BUG_ON_PAGE(!PageLocked(page)) of helpers that need the page lock. */
	private static void requireLocked(Run run, Page p, String who) {
		if (!p.locked)
			run.finding(FindingKind.VM_BUG, who + "(" + p.label() + ") of a page that is not locked");
	}

	static void put(Run run, Page p) {
		if (p.freed) {
			run.finding(FindingKind.PAGE_REF_LEAKED, "put_page(" + p.label() + ") of a freed page");
			return;
		}
		if (--p.refcount == 0) {
			p.freed = true;
			run.event(TraceEventKind.NOTE, "free " + p.label());
			if (p.mapcount > 0)
				run.finding(FindingKind.PAGE_REF_LEAKED, p.label() + " freed while " + p.mapcount + " pte(s) map it");
			if (p.outsideRefs > 0)
				run.finding(FindingKind.PAGE_REF_LEAKED, p.label() + " freed while the page cache or another holder"
						+ " outside the fault still references it: a reference put that the fault did not own");
			if (p.locked)
				run.finding(FindingKind.PAGE_LOCK_LEAKED, p.label() + " freed while locked");
		}
	}

	static Page allocate(Run run, String who) {
		if (run.allocationFails(who)) {
			run.event(TraceEventKind.ALLOC, who + " failed (scenario)");
			return null;
		}
		run.allocatePages(1);
		Page p = run.machine.newPage();
		run.event(TraceEventKind.ALLOC, who + " -> " + p.label());
		return p;
	}

	private static void charge(Run run, Page p, String to) {
		if (!"pending".equals(p.charge))
			run.finding(FindingKind.CHARGE_LEAKED, "memcg charge of " + p.label() + " is " + p.charge + ", not pending");
		p.charge = to;
	}
}
