package org.faultline.exec.internal.prim;

import org.faultline.model.exec.FindingKind;
import org.faultline.model.exec.TraceEventKind;

import static org.faultline.exec.internal.prim.Args.ZERO;
import static org.faultline.exec.internal.prim.Args.bool;
import static org.faultline.exec.internal.prim.Args.num;
import static org.faultline.exec.internal.prim.Args.page;

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
		t.add("get_page", MM_H, "takes a reference", (run, a) -> {
			page(a[0], "get_page").refcount++;
			return null;
		});
		t.add("put_page", MM_H, "drops a reference; the last one frees the page", (run, a) -> {
			put(run, page(a[0], "put_page"));
			return null;
		});
		t.alias("page_cache_release", "put_page");
		t.add("compound_head", FLAGS_H, "the head page; the model has no compound pages", (run, a) -> a[0]);
		t.add("PageAnon", FLAGS_H, "the page is anonymous", (run, a) -> bool(page(a[0], "PageAnon").anon));
		t.add("PageLocked", FLAGS_H, "PG_locked", (run, a) -> bool(page(a[0], "PageLocked").locked));
		t.add("PageUptodate", FLAGS_H, "PG_uptodate", (run, a) -> bool(page(a[0], "PageUptodate").uptodate));
		t.add("PageReadahead", FLAGS_H, "PG_readahead", (run, a) -> bool(page(a[0], "PageReadahead").readahead));
		t.add("PageHWPoison", FLAGS_H, "PG_hwpoison", (run, a) -> bool(page(a[0], "PageHWPoison").hwpoison));
		t.add("PageKsm", "include/linux/ksm.h", "a page merged by KSM", (run, a) -> bool(page(a[0], "PageKsm").ksm));
		t.add("PageMlocked", FLAGS_H, "PG_mlocked; the model has no mlocked pages", (run, a) -> ZERO);
		t.add("PageSwapCache", FLAGS_H, "PageSwapCache: PG_swapcache of a swap-backed page, i.e. the page is in"
				+ " the model's swap cache", (run, a) -> {
					Page p = page(a[0], "PageSwapCache");
					return bool(p.swapBacked && p.swapEntry != 0);
				});
		t.add("page_private", MM_H, "page_private: page->private, which the model uses only for the swap entry"
				+ " of a swap-cache page (0 otherwise; no buffer heads)",
				(run, a) -> Values.box(page(a[0], "page_private").swapEntry));
		t.add("__SetPageUptodate", FLAGS_H, "sets PG_uptodate on a page no one else sees yet", (run, a) -> {
			page(a[0], "__SetPageUptodate").uptodate = true;
			return null;
		});
		t.alias("SetPageUptodate", "__SetPageUptodate");
		t.add("ClearPageError", FLAGS_H, "clears PG_error", (run, a) -> {
			page(a[0], "ClearPageError").error = false;
			return null;
		});
		t.add("set_page_dirty", "mm/page-writeback.c", "marks the page dirty; 1 if it was clean", (run, a) -> {
			Page p = page(a[0], "set_page_dirty");
			boolean was = p.dirty;
			p.dirty = true;
			return bool(!was);
		});
		t.add("page_to_nid", MM_H, "the node of the page; the model has one node", (run, a) -> ZERO);
		t.add("page_rmapping", "mm/util.c", "page->mapping without its flag bits", (run, a) -> page(a[0], "page_rmapping").get("mapping"));
		t.add("page_mapcount", MM_H, "how many ptes map the page", (run, a) -> Values.box(page(a[0], "page_mapcount").mapcount));
		t.add("page_cpupid_xchg_last", MM_H, "NUMA last-cpupid reset; nothing in the model", (run, a) -> ZERO);
		t.addReclaiming("alloc_page_vma", "include/linux/gfp.h", "alloc_page_vma: a new page by the vma's NUMA"
				+ " policy, one reference; may enter reclaim when its gfp mask allows direct reclaim; NULL if the"
				+ " scenario makes it fail. Leaves out NUMA placement", 0, (run, a) -> allocate(run, "alloc_page_vma"));
		t.addReclaiming("alloc_zeroed_user_highpage_movable", HIGHMEM, "a new zeroed page for user data; may enter"
				+ " reclaim", (run, a) -> allocate(run, "alloc_zeroed_user_highpage_movable"));
		t.add("balance_dirty_pages_ratelimited", "mm/page-writeback.c", "dirty throttling; may sleep", (run, a) -> {
			run.checkMaySleep("balance_dirty_pages_ratelimited", false);
			return null;
		});
		t.add("wait_for_stable_page", "mm/page-writeback.c", "waits for writeback; may sleep", (run, a) -> {
			run.checkMaySleep("wait_for_stable_page", false);
			return null;
		});
		t.add("inc_mm_counter", MM_H, "rss counter + 1", (run, a) -> {
			run.machine.rss[(int) num(a[1])]++;
			return null;
		});
		t.add("dec_mm_counter", MM_H, "rss counter - 1", (run, a) -> {
			run.machine.rss[(int) num(a[1])]--;
			return null;
		});
		t.alias("inc_mm_counter_fast", "inc_mm_counter");
		t.alias("dec_mm_counter_fast", "dec_mm_counter");
		t.add("mm_counter_file", MM_H, "MM_SHMEMPAGES for a swap-backed page, else MM_FILEPAGES",
				(run, a) -> Values.box(page(a[0], "mm_counter_file").swapBacked ? 3 : 0));
		t.addCharging("mem_cgroup_try_charge", MEMCG, "mem_cgroup_try_charge: reserves a charge and stores the"
				+ " memcg through the 4th argument; may enter the memcg's reclaim when its gfp mask allows direct"
				+ " reclaim (which takes i_mmap_rwsem but only trylocks pages; its OOM waits for the end of the"
				+ " fault); non-zero when the scenario makes it fail. Leaves out the memcg hierarchy and its"
				+ " limits", 2,
				(run, a) -> {
					Page p = page(a[0], "mem_cgroup_try_charge");
					if (run.allocationFails("mem_cgroup_try_charge"))
						return Values.box(-Linux46.ENOMEM);
					p.charge = "pending";
					Args.storeThrough(a[3], run.machine.mm, "mem_cgroup_try_charge");
					return ZERO;
				});
		t.add("mem_cgroup_commit_charge", MEMCG, "binds the reserved charge to the page", (run, a) -> {
			charge(run, page(a[0], "mem_cgroup_commit_charge"), "committed");
			return null;
		});
		t.add("mem_cgroup_cancel_charge", MEMCG, "returns the reserved charge", (run, a) -> {
			charge(run, page(a[0], "mem_cgroup_cancel_charge"), "none");
			return null;
		});
		t.add("mem_cgroup_count_vm_event", "include/linux/memcontrol.h", "event counter", (run, a) -> null);
		t.add("count_vm_event", "include/linux/vmstat.h", "event counter", (run, a) -> null);
		t.addReclaiming("anon_vma_prepare", RMAP, "gives the vma an anon_vma; may allocate; non-zero on failure",
				(run, a) -> run.allocationFails("anon_vma_prepare") ? Values.box(-Linux46.ENOMEM) : ZERO);
		t.add("page_add_new_anon_rmap", RMAP, "first mapping of a new anonymous page", (run, a) -> {
			Page p = page(a[0], "page_add_new_anon_rmap");
			p.anon = true;
			p.swapBacked = true;
			p.mapcount++;
			return null;
		});
		t.add("page_add_anon_rmap", RMAP, "one more pte maps an anonymous page", (run, a) -> {
			page(a[0], "page_add_anon_rmap").mapcount++;
			return null;
		});
		t.alias("do_page_add_anon_rmap", "page_add_anon_rmap");
		t.add("page_add_file_rmap", RMAP, "one more pte maps a file page", (run, a) -> {
			page(a[0], "page_add_file_rmap").mapcount++;
			return null;
		});
		t.add("page_remove_rmap", RMAP, "one pte less maps the page", (run, a) -> {
			Page p = page(a[0], "page_remove_rmap");
			if (--p.mapcount < 0)
				run.finding(FindingKind.PAGE_REF_LEAKED, "mapcount of " + p.label() + " below zero");
			return null;
		});
		t.add("page_move_anon_rmap", RMAP, "re-points an exclusively owned anon page at this vma", (run, a) -> null);
		t.add("munlock_vma_page", "mm/mlock.c", "clears mlock state; no mlocked pages in the model", (run, a) -> null);
		t.add("lru_cache_add_active_or_unevictable", "mm/swap.c", "puts a new page on the LRU", (run, a) -> null);
		t.add("copy_user_highpage", HIGHMEM, "copies a page's data", (run, a) -> {
			Page to = page(a[0], "copy_user_highpage");
			Page from = page(a[1], "copy_user_highpage");
			if (from.freed)
				run.finding(FindingKind.PAGE_REF_LEAKED, "copy from " + from.label() + ", which is freed");
			to.uptodate = from.uptodate || to.uptodate;
			return null;
		});
		t.add("kmap_atomic", HIGHMEM, "kernel address of a page, with page faults disabled", (run, a) -> {
			run.machine.kmapAtomic++;
			return new Pointer.Opaque(a[0]);
		});
		t.add("kunmap_atomic", HIGHMEM, "ends kmap_atomic", (run, a) -> {
			run.machine.kmapAtomic--;
			return null;
		});
		t.add("clear_page", "arch/x86/include/asm/page_64.h", "zero-fills a page", (run, a) -> null);
		t.add("clear_user_highpage", HIGHMEM, "zero-fills a user page", (run, a) -> null);
		t.add("__copy_from_user_inatomic", "arch/x86/include/asm/uaccess.h", "copies without faulting; 0 = all"
				+ " copied", (run, a) -> ZERO);
		t.add("flush_cache_page", "arch/x86/include/asm/cacheflush.h", "nothing on x86", (run, a) -> null);
		t.add("flush_dcache_page", "arch/x86/include/asm/cacheflush.h", "nothing on x86", (run, a) -> null);
		t.add("flush_icache_page", "arch/x86/include/asm/cacheflush.h", "nothing on x86", (run, a) -> null);
		t.add("debug_dma_assert_idle", "include/linux/dma-debug.h", "DMA debugging; nothing", (run, a) -> null);
		t.add("lookup_swap_cache", "mm/swap_state.c", "the swap-cache page of an entry with a reference, or NULL;"
				+ " the model's swap cache holds what the scenario put there", (run, a) -> {
					Page p = run.machine.swapCache.get(Args.entry(a[0]));
					if (p != null)
						p.refcount++;
					return p;
				});
		t.addReclaiming("swapin_readahead", "mm/swap_state.c", "swapin_readahead: reads the entry's page into"
				+ " the swap cache and returns it with a reference for the caller, the cache holding its own; may"
				+ " enter reclaim. Leaves out the readahead of neighbouring entries and the I/O (the page is"
				+ " uptodate at once)", (run, a) -> {
					Page p = allocate(run, "swapin_readahead");
					if (p != null) {
						p.uptodate = true;
						p.anon = true;
						p.swapBacked = true;
						p.refcount++;
						p.outsideRefs++;
						run.machine.addToSwapCache(Args.entry(a[0]), p);
					}
					return p;
				});
		t.add("swap_free", "mm/swapfile.c", "swap_free: drops one use of a swap entry (the swap cache keeps the"
				+ " page; freeing the slot is left out)", (run, a) -> {
					run.machine.swapUses.computeIfPresent(Args.entry(a[0]), (k, n) -> n > 1 ? n - 1 : null);
					return null;
				});
		t.add("reuse_swap_page", "mm/swapfile.c", "reuse_swap_page: whether the locked anon page is used only"
				+ " here, storing the total mapcount through the 2nd argument; a swap-cache page counts the uses of its"
				+ " swap entry too and, used once, leaves the swap cache dirty. Leaves out writeback and THP",
				(run, a) -> {
					Page p = page(a[0], "reuse_swap_page");
					Args.storeThrough(a[1], Values.box(p.mapcount), "reuse_swap_page");
					if (p.ksm)
						return ZERO;
					int count = p.mapcount;
					if (count <= 1 && p.swapEntry != 0) {
						count += run.machine.swapUses.getOrDefault(p.swapEntry, 0);
						if (count == 1) {
							run.machine.deleteFromSwapCache(p);
							p.dirty = true;
						}
					}
					return bool(count <= 1);
				});
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
