package org.faultline.exec.internal.prim;

import static org.faultline.exec.internal.prim.Args.ONE;
import static org.faultline.exec.internal.prim.Args.ZERO;
import static org.faultline.exec.internal.prim.Args.bool;
import static org.faultline.exec.internal.prim.Args.num;
import static org.faultline.exec.internal.prim.Args.page;

import java.util.function.LongFunction;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

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
		t.add("page_folio", FLAGS_H, "page_folio: the folio a page belongs to; every page is its own folio"
				+ " here. Leaves out the tail pages of large folios, whose folio is their head",
				(run, a) -> page(a[0], "page_folio"));
		t.add("folio_page", FLAGS_H, "folio_page: page n of the folio; only page 0 exists here, another n is an"
				+ " error. Leaves out large folios", (run, a) -> {
					if (num(a[1]) != 0)
						throw new InterpreterError("folio_page(" + Values.describe(a[0]) + ", " + num(a[1])
								+ "): the model's folios have one page");
					return page(a[0], "folio_page");
				});
		t.add("folio_nr_pages", MM_H, "folio_nr_pages: 1 (order-0 folios only). Leaves out large folios",
				(run, a) -> ONE);
		t.add("folio_order", MM_H, "folio_order: 0 (order-0 folios only). Leaves out large folios", (run, a) -> ZERO);
		t.add("folio_test_large", FLAGS_H, "folio_test_large: false (order-0 folios only). Leaves out large"
				+ " folios", (run, a) -> ZERO);
		t.add("folio_get", MM_H, "folio_get: takes a reference. Leaves out the debug check of a count at zero or near"
				+ " overflow, and the page_ref tracepoint", (run, a) -> {
					page(a[0], "folio_get").refcount++;
					return null;
				});
		t.add("folio_ref_add", MM_H, "folio_ref_add: takes n references. Leaves out the page_ref"
				+ " tracepoint", (run, a) -> {
					page(a[0], "folio_ref_add").refcount += (int) num(a[1]);
					return null;
				});
		t.add("folio_put", MM_H, "folio_put: drops a reference; the last one frees the folio (__folio_put)."
				+ " Leaves out what the freeing does besides: taking the folio off the LRU, uncharging its memcg,"
				+ " returning it to the per-CPU free lists, and the hugetlb and ZONE_DEVICE cases", (run, a) -> {
					PagePrimitives.put(run, page(a[0], "folio_put"));
					return null;
				});
		flag(t, "folio_test_locked", "PG_locked", "nothing", p -> p.locked);
		flag(t, "folio_test_uptodate", "PG_uptodate", "the read barrier after a set bit, which"
				+ " orders the reading of the data after it and which the model's ordered steps do not need",
				p -> p.uptodate);
		flag(t, "folio_test_dirty", "PG_dirty", "nothing", p -> p.dirty);
		flag(t, "folio_test_readahead", "PG_readahead", "that the kernel's bit is shared with"
				+ " PG_reclaim, which the model does not have", p -> p.readahead);
		flag(t, "folio_test_hwpoison", "PG_hwpoison", "kernels built without"
				+ " CONFIG_MEMORY_FAILURE, where it is always false", p -> p.hwpoison);
		flag(t, "folio_test_anon", "an anonymous folio (PAGE_MAPPING_ANON)", "nothing: the"
				+ " kernel reads the low bit of folio->mapping, the model its own flag", p -> p.anon);
		flag(t, "folio_test_ksm", "a KSM folio", "kernels built without CONFIG_KSM, where it is"
				+ " always false", p -> p.ksm);
		flag(t, "folio_test_swapbacked", "PG_swapbacked", "nothing", p -> p.swapBacked);
		flag(t, "folio_test_swapcache", "PG_swapcache of a swap-backed folio: in the model's swap cache",
				"nothing: a swap-backed page is in the model's swap cache when it has a swap entry",
				p -> p.swapBacked && p.swapEntry != 0);
		t.add("folio_test_workingset", FLAGS_H, "folio_test_workingset: false, no workingset tracking in the"
				+ " model. Leaves out PG_workingset, set on a refault of a recently evicted folio, so the refault"
				+ " paths' workingset and PSI memstall accounting are never taken",
				(run, a) -> ZERO);
		t.add("folio_test_mlocked", FLAGS_H, "folio_test_mlocked: false, no mlocked folios in the model."
				+ " Leaves out mlock: PG_mlocked and VM_LOCKED vmas", (run, a) -> ZERO);
		t.add("__folio_mark_uptodate", FLAGS_H, "__folio_mark_uptodate: sets PG_uptodate (folio_mark_uptodate: the"
				+ " same with an atomic bit set). Leaves out the write barrier that orders the folio's data before the"
				+ " flag, which the model's ordered stores do not need", (run, a) -> {
					page(a[0], "__folio_mark_uptodate").uptodate = true;
					return null;
				});
		t.alias("folio_mark_uptodate", "__folio_mark_uptodate");
		t.add("folio_mark_dirty", "mm/page-writeback.c", "folio_mark_dirty: marks the folio dirty; whether it was"
				+ " clean; a folio with a mapping (folio_mapping: a file folio, or one in the swap cache) first loses"
				+ " PG_reclaim, which is PG_readahead. Leaves out the mapping's dirty_folio beyond the flag (the page"
				+ " cache's dirty tag, the dirty page accounting and dirtying the inode)",
				(run, a) -> bool(PagePrimitives.markDirty(page(a[0], "folio_mark_dirty"))));
		t.addReclaiming("vma_alloc_folio", "include/linux/gfp.h", "vma_alloc_folio(gfp, order, vma, addr):"
				+ ": a new folio with one reference, by the vma's NUMA policy; may enter reclaim when the"
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
				+ " (CONFIG_MEMCG=y). Leaves out cgroup_disable=memory at boot, a static key the model does not read",
				(run, a) -> ZERO);
		t.add("count_memcg_event_mm", "include/linux/memcontrol.h", "count_memcg_event_mm: a memcg event counter"
				+ " (PGMAJFAULT...), not counted. Leaves out the memcg's event counts, which no finding reads",
				(run, a) -> null);
		t.add("count_memcg_events_mm", "include/linux/memcontrol.h", "count_memcg_events_mm: memcg event"
				+ " counters, not counted. Leaves out the memcg's event counts, which no finding reads",
				(run, a) -> null);
		t.add("folio_throttle_swaprate", "include/linux/swap.h", "folio_throttle_swaprate: throttles the"
				+ " allocating task when swap is busy; the model's swap never is. Leaves out the blk-cgroup throttling"
				+ " (and the sleep it schedules) when the swap device's cgroup is congested", (run, a) -> null);
		t.add("folio_zero_user", "mm/memory.c", "folio_zero_user: zero-fills the folio's data, which the"
				+ " model does not hold. Leaves out the contents and the cond_resched between the pages of a large"
				+ " folio",
				(run, a) -> null);
		t.add("folio_add_new_anon_rmap", RMAP, "folio_add_new_anon_rmap: first mapping of a new anonymous folio;"
				+ " it becomes anonymous and swap-backed. Leaves out folio->mapping and index (the anon_vma and the"
				+ " offset), PageAnonExclusive, the NR_ANON_MAPPED statistics, large folios and VM_DROPPABLE vmas",
				(run, a) -> {
					Page p = page(a[0], "folio_add_new_anon_rmap");
					p.anon = true;
					p.swapBacked = true;
					p.mapcount++;
					return null;
				});
		t.add("folio_add_file_rmap_ptes", RMAP, "folio_add_file_rmap_ptes(folio, page, nr, vma): nr more ptes map"
				+ " a file folio. Leaves out the NR_FILE_MAPPED statistics, the large-folio mapcounts and mlocking the"
				+ " folio in a VM_LOCKED vma", (run, a) -> {
					page(a[0], "folio_add_file_rmap_ptes").mapcount += (int) num(a[2]);
					return null;
				});
		t.add("folio_add_anon_rmap_ptes", RMAP, "folio_add_anon_rmap_ptes(folio, page, nr, vma, address, flags): nr"
				+ " more ptes map an anonymous folio. Leaves out PageAnonExclusive (RMAP_EXCLUSIVE), making a KSM or"
				+ " not yet anonymous folio anonymous, the NR_ANON_MAPPED statistics, the large-folio mapcounts and"
				+ " mlocking in a VM_LOCKED vma", (run, a) -> {
					page(a[0], "folio_add_anon_rmap_ptes").mapcount += (int) num(a[2]);
					return null;
				});
		t.add("folio_remove_rmap_ptes", RMAP, "folio_remove_rmap_ptes(folio, page, nr, vma): nr ptes less map the"
				+ " folio; below zero is reported. Leaves out the NR_*_MAPPED statistics, queueing a partly unmapped"
				+ " large folio for deferred split, and munlocking in a VM_LOCKED vma", (run, a) -> {
					Page p = page(a[0], "folio_remove_rmap_ptes");
					p.mapcount -= (int) num(a[2]);
					if (p.mapcount < 0)
						run.finding(FindingKind.PAGE_REF_LEAKED, "mapcount of " + p.label() + " below zero");
					return null;
				});
		t.add("folio_add_lru_vma", "mm/swap.c", "folio_add_lru_vma: puts a new folio on the LRU;"
				+ " nothing here. Leaves out the LRU lists, the per-CPU batch the folio waits in, and mlock_new_folio"
				+ " for a VM_LOCKED vma", (run, a) -> null);
		t.add("activate_page", "mm/swap.c", "activate_page (4.8 to 5.x do_swap_page): moves the page to the active"
				+ " LRU; the model has no LRU lists. Leaves out the active and inactive lists and their statistics",
				(run, a) -> null);
		t.add("add_mm_counter", MM_H, "add_mm_counter: rss counter + value (a percpu counter in 6.x)."
				+ " Leaves out the per-CPU batching (the model's sum is exact at once) and the rss_stat tracepoint",
				(run, a) -> {
					run.machine.rss[(int) num(a[1])] += num(a[2]);
					return null;
				});
		t.add("count_mthp_stat", "include/linux/huge_mm.h", "count_mthp_stat: an mTHP event counter; nothing"
				+ " here. Leaves out nothing: the kernel counts only orders above 0, which the model never allocates",
				(run, a) -> null);
		t.add("folio_ref_count", "include/linux/page_ref.h", "folio_ref_count: the references held. Leaves out"
				+ " nothing",
				(run, a) -> Values.box(page(a[0], "folio_ref_count").refcount));
		// the model counts a page's references outside the struct, so page_ref.h's reads and updates of
		// page->_refcount stand here: folio_try_get, folio_ref_inc and their kin above them are interpreted
		t.add("page_ref_count", "include/linux/page_ref.h", "page_ref_count: the references held. Leaves out"
				+ " nothing", (run, a) -> Values.box(page(a[0], "page_ref_count").refcount));
		pageRef(t, "page_ref_add", "adds nr references", a -> num(a[1]), n -> null);
		pageRef(t, "page_ref_sub", "drops nr references", a -> -num(a[1]), n -> null);
		pageRef(t, "page_ref_inc", "takes a reference", a -> 1, n -> null);
		pageRef(t, "page_ref_dec", "drops a reference", a -> -1, n -> null);
		pageRef(t, "page_ref_inc_return", "takes a reference; the new count", a -> 1, Values::box);
		pageRef(t, "page_ref_dec_return", "drops a reference; the new count", a -> -1, Values::box);
		pageRef(t, "page_ref_dec_and_test", "drops a reference; whether none is left", a -> -1, n -> bool(n == 0));
		pageRef(t, "page_ref_sub_and_test", "drops nr references; whether none is left", a -> -num(a[1]),
				n -> bool(n == 0));
		t.add("page_ref_add_unless", "include/linux/page_ref.h", "page_ref_add_unless(page, nr, u): adds nr"
				+ " references unless the count is u (0: a page being freed); whether it added. Leaves out the"
				+ " page_ref tracepoint and the fake-head check of vmemmap-optimised huge pages (none in the model)",
				(run, a) -> {
					Page p = page(a[0], "page_ref_add_unless");
					if (p.refcount == num(a[2]))
						return ZERO;
					p.refcount += (int) num(a[1]);
					return ONE;
				});
		t.add("folio_mapcount", MM_H, "folio_mapcount: how many ptes map the folio. Leaves out"
				+ " large folios' mapcount and typed pages, whose mapcount reads 0",
				(run, a) -> Values.box(page(a[0], "folio_mapcount").mapcount));
		t.add("folio_trylock", "include/linux/pagemap.h", "folio_trylock: takes PG_locked if free; whether it did."
				+ " Leaves out the acquire ordering of the bit lock, which the model's ordered steps do not need",
				(run, a) -> {
					Page p = page(a[0], "folio_trylock");
					if (p.locked)
						return ZERO;
					p.locked = true;
					run.event(TraceEventKind.LOCK, "page " + p.label());
					return ONE;
				});
		t.add("folio_unlock", "mm/filemap.c", "folio_unlock: clears PG_locked and wakes waiters; unlocking an"
				+ " unlocked folio is reported. Leaves out PG_waiters and the hashed wait queue (the model wakes by"
				+ " state) and the release ordering", (run, a) -> {
					Locks.unlockPage(run, page(a[0], "folio_unlock"));
					return null;
				});
		t.add("folio_move_anon_rmap", RMAP, "folio_move_anon_rmap: re-points an exclusively owned anon folio at"
				+ " this vma's anon_vma; the model keeps no anon_vma chains. Leaves out folio->mapping and the kernel's"
				+ " debug check that the folio is locked", (run, a) -> null);
		t.add("folio_test_hugetlb", FLAGS_H, "folio_test_hugetlb: false, no hugetlb folios in the model."
				+ " Leaves out hugetlbfs", (run, a) -> ZERO);
		t.add("folio_test_lru", FLAGS_H, "folio_test_lru: PG_lru; the model's pages are on an LRU list at once"
				+ " (no per-CPU batches to drain). Leaves out a new folio still in a per-CPU batch, without PG_lru"
				+ " until drained, and folios isolated from the LRU by reclaim, compaction or migration",
				(run, a) -> ONE);
		t.add("lru_add_drain", "mm/swap.c", "lru_add_drain: flushes this CPU's LRU batches; the model has none."
				+ " Leaves out the per-CPU folio batches and the local lock it takes",
				(run, a) -> null);
		t.add("folio_xchg_last_cpupid", MM_H, "folio_xchg_last_cpupid: NUMA last-cpupid reset; nothing in the"
				+ " model, 0 for the old value. Leaves out NUMA balancing's last-cpupid",
				(run, a) -> ZERO);
		t.addSleeping("folio_wait_stable", "mm/page-writeback.c", "folio_wait_stable: waits for writeback when"
				+ " the backing device needs stable pages; checked as a call that may sleep. Leaves out writeback (no"
				+ " folio is under it in the model), so it never waits, while the kernel sleeps only when it does", null);
		t.addSleeping("might_sleep", "include/linux/kernel.h", "might_sleep: reports sleeping in atomic context"
				+ " (a spinlock held, an RCU read section, kmap_atomic). Leaves out the voluntary preemption point of"
				+ " CONFIG_PREEMPT_VOLUNTARY and atomic contexts the model does not track (interrupts off)", null);
		t.addSleeping("__cond_resched", "kernel/sched/core.c", "__cond_resched: a voluntary preemption point,"
				+ " checked as a call that may sleep (sleeping in atomic context is reported); the model has no other"
				+ " task to run, so it never reschedules: 0. Leaves out the scheduler and the RCU quiescent state it"
				+ " reports", ZERO);
		t.add("no_printk", "include/linux/printk.h", "no_printk: checks a format, prints nothing; 0. Leaves out"
				+ " nothing", (run, a) -> ZERO);
		t.add("fput", "fs/file_table.c", "fput: drops a file reference; the model's file outlives the"
				+ " fault. Leaves out the file's reference count and the final __fput, deferred to task work",
				(run, a) -> null);
		t.add("up_read", "kernel/locking/rwsem.c", "up_read: on the mm's mmap_lock (mmap_read_unlock, 5.8 on)"
				+ " releases it, as the 4.6 helpers' up_read(&mm->mmap_sem) does; another rw_semaphore (a"
				+ " mapping's invalidate_lock) is not tracked. Leaves out the reader count (one holder at a time),"
				+ " waking queued writers and lockdep", (run, a) -> {
					if (mmapLock(run, a[0])) {
						run.machine.mmapSem = false;
						run.event(TraceEventKind.UNLOCK, "mmap_lock");
					}
					return null;
				});
		t.add("down_read", "kernel/locking/rwsem.c", "down_read: may sleep; on the mm's mmap_lock takes it again;"
				+ " another rw_semaphore (a mapping's invalidate_lock) is not tracked. Leaves out waiting for a writer"
				+ " (it never blocks), the reader count and lockdep", (run, a) -> {
					run.checkMaySleep("down_read", false);
					if (mmapLock(run, a[0])) {
						run.machine.mmapSem = true;
						run.event(TraceEventKind.LOCK, "mmap_lock");
					}
					return null;
				});
		t.add("vma_is_anon_shmem", "mm/shmem.c", "vma_is_anon_shmem: a shared anonymous vma; the model has no"
				+ " shmem vmas. Leaves out MAP_SHARED|MAP_ANONYMOUS mappings, which scenarios do not build",
				(run, a) -> ZERO);
	}

	/** Whether {@code lock} is {@code &mm->mmap_lock} (5.8 on) or {@code &mm->mmap_sem} of the fault's mm. */
	private static boolean mmapLock(Run run, Object lock) {
		Obj mm = run.machine.mm;
		if (lock instanceof Pointer.Field f)
			return f.obj() == mm && (f.slot() == mm.type().slot("mmap_lock") || f.slot() == mm.type().slot("mmap_sem"));
		return lock != null && (lock == mm.get("mmap_lock") || lock == mm.get("mmap_sem"));
	}

	/**
	 * An update of page->_refcount by include/linux/page_ref.h (the folio_ref_ forms call it), over the model's
	 * count: {@code delta} of the arguments, and the result made of the new count.
	 */
	private static void pageRef(PrimitiveTable t, String name, String doc, ToLongFunction<Object[]> delta,
			LongFunction<Object> result) {
		t.add(name, "include/linux/page_ref.h", name + ": " + doc + "; reaching 0 frees nothing, as in the kernel,"
				+ " where the put_page family frees. Leaves out the page_ref tracepoint", (run, a) -> {
					Page p = page(a[0], name);
					p.refcount += (int) delta.applyAsLong(a);
					return result.apply(p.refcount);
				});
	}

	private static void flag(PrimitiveTable t, String name, String what, String leaves, Predicate<Page> test) {
		t.add(name, FLAGS_H, name + ": " + what + ". Leaves out " + leaves,
				(run, a) -> bool(test.test(page(a[0], name))));
	}
}
