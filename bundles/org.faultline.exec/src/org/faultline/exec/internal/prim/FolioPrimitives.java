package org.faultline.exec.internal.prim;

import static org.faultline.exec.internal.prim.Args.ONE;
import static org.faultline.exec.internal.prim.Args.ZERO;
import static org.faultline.exec.internal.prim.Args.bool;
import static org.faultline.exec.internal.prim.Args.num;
import static org.faultline.exec.internal.prim.Args.page;

import java.util.function.Predicate;

import org.faultline.exec.internal.interp.InterpreterError;
import org.faultline.exec.internal.interp.Obj;
import org.faultline.exec.internal.interp.Pointer;
import org.faultline.exec.internal.interp.PrimitiveTable;
import org.faultline.exec.internal.interp.Run;
import org.faultline.exec.internal.interp.Values;
import org.faultline.exec.internal.machine.Page;
import org.faultline.model.exec.FindingKind;
import org.faultline.model.exec.TraceEventKind;

/**
 * The folio helpers of 5.16 on (include/linux/mm.h, page-flags.h, rmap.h, memcontrol.h, gfp.h): the same page
 * state as {@link PagePrimitives}, reached through a {@code struct folio}. The model has no compound pages, so
 * a folio is its head page, of order 0: {@code page_folio} and {@code folio_page(f, 0)} are the page itself,
 * {@code folio_nr_pages} is 1, and an allocation of a larger order fails (with a note), which sends the mTHP
 * fault of 6.x to its order-0 fallback as a machine with no free large block would.
 */
final class FolioPrimitives {

	private static final String MM_H = "include/linux/mm.h";
	private static final String FLAGS_H = "include/linux/page-flags.h";
	private static final String RMAP = "mm/rmap.c";

	private FolioPrimitives() {
	}

	static void register(PrimitiveTable t) {
		t.add("page_folio", FLAGS_H, "page_folio: the folio a page belongs to; every page is its own folio here",
				(run, a) -> page(a[0], "page_folio"));
		t.add("folio_page", FLAGS_H, "folio_page: page n of the folio; only page 0 exists here", (run, a) -> {
			if (num(a[1]) != 0)
				throw new InterpreterError("folio_page(" + Values.describe(a[0]) + ", " + num(a[1])
						+ "): the model's folios have one page");
			return page(a[0], "folio_page");
		});
		t.add("folio_nr_pages", MM_H, "folio_nr_pages: 1 (order-0 folios only)", (run, a) -> ONE);
		t.add("folio_order", MM_H, "folio_order: 0 (order-0 folios only)", (run, a) -> ZERO);
		t.add("folio_test_large", FLAGS_H, "folio_test_large: false (order-0 folios only)", (run, a) -> ZERO);
		t.add("folio_get", MM_H, "folio_get: takes a reference", (run, a) -> {
			page(a[0], "folio_get").refcount++;
			return null;
		});
		t.add("folio_ref_add", MM_H, "folio_ref_add: takes n references", (run, a) -> {
			page(a[0], "folio_ref_add").refcount += (int) num(a[1]);
			return null;
		});
		t.add("folio_put", MM_H, "folio_put: drops a reference; the last one frees the folio", (run, a) -> {
			PagePrimitives.put(run, page(a[0], "folio_put"));
			return null;
		});
		flag(t, "folio_test_locked", "PG_locked", p -> p.locked);
		flag(t, "folio_test_uptodate", "PG_uptodate", p -> p.uptodate);
		flag(t, "folio_test_dirty", "PG_dirty", p -> p.dirty);
		flag(t, "folio_test_readahead", "PG_readahead", p -> p.readahead);
		flag(t, "folio_test_hwpoison", "PG_hwpoison", p -> p.hwpoison);
		flag(t, "folio_test_anon", "an anonymous folio (PAGE_MAPPING_ANON)", p -> p.anon);
		flag(t, "folio_test_ksm", "a KSM folio", p -> p.ksm);
		flag(t, "folio_test_swapbacked", "PG_swapbacked", p -> p.swapBacked);
		flag(t, "folio_test_swapcache", "PG_swapcache of a swap-backed folio: in the model's swap cache",
				p -> p.swapBacked && p.swapEntry != 0);
		t.add("folio_test_workingset", FLAGS_H, "folio_test_workingset: no workingset tracking in the model",
				(run, a) -> ZERO);
		t.add("folio_test_mlocked", FLAGS_H, "folio_test_mlocked: no mlocked folios in the model", (run, a) -> ZERO);
		t.add("__folio_mark_uptodate", FLAGS_H, "__folio_mark_uptodate: sets PG_uptodate (with the write barrier"
				+ " the model's ordered stores need not)", (run, a) -> {
					page(a[0], "__folio_mark_uptodate").uptodate = true;
					return null;
				});
		t.alias("folio_mark_uptodate", "__folio_mark_uptodate");
		t.add("folio_mark_dirty", "mm/page-writeback.c", "folio_mark_dirty: marks the folio dirty; whether it was"
				+ " clean", (run, a) -> {
					Page p = page(a[0], "folio_mark_dirty");
					boolean was = p.dirty;
					p.dirty = true;
					return bool(!was);
				});
		t.addReclaiming("vma_alloc_folio", "include/linux/gfp.h", "vma_alloc_folio(gfp, order, vma, addr,"
				+ " hugepage): a new folio with one reference, by the vma's NUMA policy; may enter reclaim when the"
				+ " gfp mask allows direct reclaim; NULL if the scenario makes it fail. Order 0 only: a larger order"
				+ " fails, as with no free block of that size. Leaves out NUMA placement and __GFP_ZERO's zeroing",
				0, (run, a) -> {
					if (num(a[1]) != 0) {
						run.event(TraceEventKind.NOTE, "vma_alloc_folio of order " + num(a[1])
								+ " fails: the model has no large folios");
						return null;
					}
					return PagePrimitives.allocate(run, "vma_alloc_folio");
				});
		t.addReclaiming("__anon_vma_prepare", RMAP, "__anon_vma_prepare: gives the vma an anon_vma; may allocate;"
				+ " non-zero when the scenario makes anon_vma_prepare fail. Leaves out sharing a neighbour's anon_vma",
				(run, a) -> run.allocationFails("anon_vma_prepare") ? Values.box(-Linux46.ENOMEM) : ZERO);
		t.addCharging("mem_cgroup_charge", "include/linux/memcontrol.h", "mem_cgroup_charge: charges the new folio"
				+ " to the mm's memcg at once (5.8 on: no try/commit pair); may enter the memcg's reclaim when its gfp"
				+ " mask allows direct reclaim; non-zero when the scenario makes mem_cgroup_try_charge fail. Leaves"
				+ " out the memcg hierarchy and its limits", 2, (run, a) -> {
					Page p = page(a[0], "mem_cgroup_charge");
					if (run.allocationFails("mem_cgroup_try_charge"))
						return Values.box(-Linux46.ENOMEM);
					if (!"none".equals(p.charge))
						run.finding(FindingKind.CHARGE_LEAKED, p.label() + " charged twice");
					p.charge = "committed";
					return ZERO;
				});
		t.add("mem_cgroup_disabled", "include/linux/memcontrol.h", "mem_cgroup_disabled: false, memcg is on"
				+ " (CONFIG_MEMCG=y); leaves out cgroup_disable=memory at boot, a static key the model does not read",
				(run, a) -> ZERO);
		t.add("count_memcg_event_mm", "include/linux/memcontrol.h", "memcg event counter (PGMAJFAULT...)",
				(run, a) -> null);
		t.add("count_memcg_events_mm", "include/linux/memcontrol.h", "memcg event counter", (run, a) -> null);
		t.add("folio_throttle_swaprate", "include/linux/swap.h", "folio_throttle_swaprate: throttles the"
				+ " allocating task when swap is busy; the model's swap never is", (run, a) -> null);
		t.add("folio_zero_user", "mm/memory.c", "folio_zero_user: zero-fills the folio's data", (run, a) -> null);
		t.add("folio_add_new_anon_rmap", RMAP, "folio_add_new_anon_rmap: first mapping of a new anonymous folio",
				(run, a) -> {
					Page p = page(a[0], "folio_add_new_anon_rmap");
					p.anon = true;
					p.swapBacked = true;
					p.mapcount++;
					return null;
				});
		t.add("folio_add_file_rmap_ptes", RMAP, "folio_add_file_rmap_ptes(folio, page, nr, vma): nr more ptes map"
				+ " a file folio", (run, a) -> {
					page(a[0], "folio_add_file_rmap_ptes").mapcount += (int) num(a[2]);
					return null;
				});
		t.add("folio_add_anon_rmap_ptes", RMAP, "folio_add_anon_rmap_ptes(folio, page, nr, vma, address, flags): nr"
				+ " more ptes map an anonymous folio", (run, a) -> {
					page(a[0], "folio_add_anon_rmap_ptes").mapcount += (int) num(a[2]);
					return null;
				});
		t.add("folio_remove_rmap_ptes", RMAP, "folio_remove_rmap_ptes(folio, page, nr, vma): nr ptes less map the"
				+ " folio", (run, a) -> {
					Page p = page(a[0], "folio_remove_rmap_ptes");
					p.mapcount -= (int) num(a[2]);
					if (p.mapcount < 0)
						run.finding(FindingKind.PAGE_REF_LEAKED, "mapcount of " + p.label() + " below zero");
					return null;
				});
		t.add("folio_add_lru_vma", "mm/swap.c", "folio_add_lru_vma: puts a new folio on the LRU", (run, a) -> null);
		t.add("activate_page", "mm/swap.c", "activate_page (4.8 to 5.x do_swap_page): moves the page to the active"
				+ " LRU; the model has no LRU lists", (run, a) -> null);
		t.add("add_mm_counter", MM_H, "add_mm_counter: rss counter + value (a percpu counter in 6.x)", (run, a) -> {
			run.machine.rss[(int) num(a[1])] += num(a[2]);
			return null;
		});
		t.add("count_mthp_stat", "include/linux/huge_mm.h", "mTHP event counter", (run, a) -> null);
		t.add("folio_ref_count", "include/linux/page_ref.h", "folio_ref_count: the references held",
				(run, a) -> Values.box(page(a[0], "folio_ref_count").refcount));
		t.add("folio_mapcount", MM_H, "folio_mapcount: how many ptes map the folio",
				(run, a) -> Values.box(page(a[0], "folio_mapcount").mapcount));
		t.add("folio_trylock", "include/linux/pagemap.h", "folio_trylock: takes PG_locked if free; whether it did",
				(run, a) -> {
					Page p = page(a[0], "folio_trylock");
					if (p.locked)
						return ZERO;
					p.locked = true;
					run.event(TraceEventKind.LOCK, "page " + p.label());
					return ONE;
				});
		t.add("folio_unlock", "mm/filemap.c", "folio_unlock: clears PG_locked and wakes waiters", (run, a) -> {
			Locks.unlockPage(run, page(a[0], "folio_unlock"));
			return null;
		});
		t.add("folio_move_anon_rmap", RMAP, "folio_move_anon_rmap: re-points an exclusively owned anon folio at"
				+ " this vma's anon_vma; the model keeps no anon_vma chains", (run, a) -> null);
		t.add("folio_test_hugetlb", FLAGS_H, "folio_test_hugetlb: no hugetlb folios in the model", (run, a) -> ZERO);
		t.add("folio_test_lru", FLAGS_H, "folio_test_lru: PG_lru; the model's pages are on an LRU list at once"
				+ " (no per-CPU batches to drain)", (run, a) -> ONE);
		t.add("lru_add_drain", "mm/swap.c", "lru_add_drain: flushes this CPU's LRU batches; the model has none",
				(run, a) -> null);
		t.add("folio_xchg_last_cpupid", MM_H, "folio_xchg_last_cpupid: NUMA last-cpupid reset; nothing in the model",
				(run, a) -> ZERO);
		t.add("folio_wait_stable", "mm/page-writeback.c", "folio_wait_stable: waits for writeback when the"
				+ " backing device needs stable pages; may sleep", (run, a) -> {
					run.checkMaySleep("folio_wait_stable", false);
					return null;
				});
		t.add("might_sleep", "include/linux/kernel.h", "might_sleep: reports sleeping in atomic context",
				(run, a) -> {
					run.checkMaySleep("might_sleep", false);
					return null;
				});
		t.add("no_printk", "include/linux/printk.h", "no_printk: checks a format, prints nothing; 0", (run, a) -> ZERO);
		t.add("fput", "fs/file_table.c", "fput: drops a file reference; the model's file outlives the fault",
				(run, a) -> null);
		t.add("up_read", "kernel/locking/rwsem.c", "up_read: on the mm's mmap_lock (mmap_read_unlock, 5.8 on)"
				+ " releases it, as the 4.6 helpers' up_read(&mm->mmap_sem) does; another rw_semaphore (a"
				+ " mapping's invalidate_lock) is not tracked", (run, a) -> {
					if (mmapLock(run, a[0])) {
						run.machine.mmapSem = false;
						run.event(TraceEventKind.UNLOCK, "mmap_lock");
					}
					return null;
				});
		t.add("down_read", "kernel/locking/rwsem.c", "down_read: may sleep; on the mm's mmap_lock takes it again;"
				+ " another rw_semaphore (a mapping's invalidate_lock) is not tracked", (run, a) -> {
					run.checkMaySleep("down_read", false);
					if (mmapLock(run, a[0])) {
						run.machine.mmapSem = true;
						run.event(TraceEventKind.LOCK, "mmap_lock");
					}
					return null;
				});
		t.add("vma_is_anon_shmem", "mm/shmem.c", "vma_is_anon_shmem: a shared anonymous vma; the model has no"
				+ " shmem vmas", (run, a) -> ZERO);
	}

	/** Whether {@code lock} is {@code &mm->mmap_lock} (5.8 on) or {@code &mm->mmap_sem} of the fault's mm. */
	private static boolean mmapLock(Run run, Object lock) {
		Obj mm = run.machine.mm;
		if (lock instanceof Pointer.Field f)
			return f.obj() == mm && (f.slot() == mm.type().slot("mmap_lock") || f.slot() == mm.type().slot("mmap_sem"));
		return lock != null && (lock == mm.get("mmap_lock") || lock == mm.get("mmap_sem"));
	}

	private static void flag(PrimitiveTable t, String name, String what, Predicate<Page> test) {
		t.add(name, FLAGS_H, name + ": " + what, (run, a) -> bool(test.test(page(a[0], name))));
	}
}
