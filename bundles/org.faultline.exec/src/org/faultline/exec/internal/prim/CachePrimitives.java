package org.faultline.exec.internal.prim;

import org.faultline.model.exec.FindingKind;
import org.faultline.model.exec.TraceEventKind;

import static org.faultline.exec.internal.prim.Args.ONE;
import static org.faultline.exec.internal.prim.Args.ZERO;
import static org.faultline.exec.internal.prim.Args.bool;
import static org.faultline.exec.internal.prim.Args.mapping;
import static org.faultline.exec.internal.prim.Args.num;
import static org.faultline.exec.internal.prim.Args.page;

import org.faultline.exec.internal.interp.Obj;
import org.faultline.exec.internal.interp.Pointer;
import org.faultline.exec.internal.interp.PrimitiveTable;
import org.faultline.exec.internal.interp.Values;
import org.faultline.exec.internal.machine.Mapping;
import org.faultline.exec.internal.machine.Page;

/**
 * include/linux/pagemap.h, radix-tree.h, fs.h: page-cache lookup and insertion, the page lock (which may
 * drop mmap_sem when the fault allows a retry), readahead, file sizes, freeze protection and i_mmap_rwsem.
 * The page cache holds one reference on each page it contains.
 */
final class CachePrimitives {

	private static final String PAGEMAP = "include/linux/pagemap.h";
	private static final String FILEMAP = "mm/filemap.c";
	private static final String RADIX = "include/linux/radix-tree.h";
	private static final String FS = "include/linux/fs.h";
	/** Flags of radix_tree_next_chunk, as include/linux/radix-tree.h defines them. */
	private static final long RADIX_TREE_ITER_TAGGED = 0x100, RADIX_TREE_ITER_CONTIG = 0x200;

	private CachePrimitives() {
	}

	static void register(PrimitiveTable t) {
		t.add("find_get_page", PAGEMAP, "find_get_page -> pagecache_get_page(mapping, index, 0, 0): the cached"
				+ " page at an index with a reference taken, or NULL (also for an exceptional entry); no lock."
				+ " Leaves out nothing", (run, a) -> {
					if (mapping(a[0], "find_get_page").lookup(num(a[1])) instanceof Page p) {
						p.refcount++;
						return p;
					}
					return null;
				});
		t.add("page_cache_get_speculative", PAGEMAP, "a reference on a page found under RCU; 0 if it is being"
				+ " freed (no reference left). Leaves out nothing", (run, a) -> {
					Page p = page(a[0], "page_cache_get_speculative");
					if (p.refcount == 0)
						return ZERO;
					p.refcount++;
					return ONE;
				});
		t.addReclaiming("__page_cache_alloc", FILEMAP, "__page_cache_alloc: a new page with one reference; may"
				+ " enter reclaim when its gfp mask allows direct reclaim; NULL if the scenario makes it fail. Leaves"
				+ " out cpuset spreading", 0, (run, a) -> PagePrimitives.allocate(run, "__page_cache_alloc"));
		t.addReclaiming("add_to_page_cache_lru", FILEMAP, "add_to_page_cache_lru: charges the page (which may"
				+ " enter the memcg's reclaim when the gfp mask allows direct reclaim; -ENOMEM if the scenario makes"
				+ " it fail), then inserts it locked at the index, the cache taking a reference, or answers -EEXIST"
				+ " when the index is taken, the page left unlocked. Leaves out shadow entries, the LRU and the"
				+ " radix-tree preload", 3, (run, a) -> {
					Page p = page(a[0], "add_to_page_cache_lru");
					Mapping m = mapping(a[1], "add_to_page_cache_lru");
					long index = num(a[2]);
					if (run.allocationFails("add_to_page_cache_lru"))
						return Values.box(-Linux46.ENOMEM);
					if (m.lookup(index) != null)
						return Values.box(-Linux46.EEXIST);
					m.cache.put(index, p);
					p.set("mapping", m);
					p.set("index", Values.box(index));
					p.refcount++;
					p.outsideRefs++;
					p.locked = true;
					run.event(TraceEventKind.LOCK, "page " + p.label() + " (new in the page cache)");
					return ZERO;
				});
		t.readsConstants("GFP_HIGHUSER_MOVABLE");
		t.add("mapping_gfp_mask", PAGEMAP, "the allocation flags of an address_space: the version's"
				+ " GFP_HIGHUSER_MOVABLE, what a regular file's mapping has. Leaves out mappings restricted to GFP_NOFS"
				+ " or lowmem", (run, a) -> Values.box(run.program.constant("GFP_HIGHUSER_MOVABLE")));
		t.add("lock_page", PAGEMAP, "lock_page: may sleep; takes PG_locked, waiting for a holder outside the"
				+ " fault to release it; taking it again while this fault holds it is reported (deadlock). Leaves"
				+ " out nothing", (run, a) -> {
					Locks.lockPage(run, page(a[0], "lock_page"));
					return null;
				});
		t.add("trylock_page", PAGEMAP, "trylock_page: takes PG_locked if it is clear; 1 on success. Leaves out"
				+ " nothing", (run, a) -> {
					Page p = page(a[0], "trylock_page");
					if (p.locked)
						return ZERO;
					p.locked = true;
					run.event(TraceEventKind.LOCK, "page " + p.label());
					return ONE;
				});
		t.add("unlock_page", FILEMAP, "unlock_page: clears PG_locked and wakes waiters; a page that is not"
				+ " locked is reported (VM_BUG_ON_PAGE). Leaves out nothing", (run, a) -> {
					Locks.unlockPage(run, page(a[0], "unlock_page"));
					return null;
				});
		t.add("wait_on_page_locked", PAGEMAP, "wait_on_page_locked: may sleep until PG_locked is clear: the"
				+ " holder outside the fault finishes its I/O; waiting for a lock this fault holds is reported"
				+ " (deadlock). Leaves out nothing", (run, a) -> {
					Page p = page(a[0], "wait_on_page_locked");
					run.checkMaySleep("wait_on_page_locked", false);
					if (p.locked && !p.lockedByOther)
						run.finding(FindingKind.LOCK_MISUSE, "wait_on_page_locked(" + p.label()
								+ ") while this fault holds the lock: deadlock");
					else
						p.locked = false;
					return null;
				});
		t.add("lock_page_or_retry", PAGEMAP, "lock_page_or_retry -> __lock_page_or_retry: may sleep; 1 with the"
				+ " page locked; if it is locked and the fault allows a retry, 0, having released mmap_sem and"
				+ " waited for the page to be unlocked (neither with FAULT_FLAG_RETRY_NOWAIT); waiting for a lock"
				+ " this fault holds is reported (deadlock). Leaves out killable waits", (run, a) -> {
					Page p = page(a[0], "lock_page_or_retry");
					long flags = num(a[2]);
					run.checkMaySleep("lock_page_or_retry", false);
					if (p.locked && (flags & Linux46.FAULT_FLAG_ALLOW_RETRY) != 0) {
						if ((flags & Linux46.FAULT_FLAG_RETRY_NOWAIT) == 0) {
							run.machine.mmapSem = false;
							run.event(TraceEventKind.UNLOCK, "mmap_sem (waiting for " + p.label() + ")");
							if (!p.lockedByOther)
								run.finding(FindingKind.LOCK_MISUSE, "lock_page_or_retry(" + p.label()
										+ ") waits for a lock this fault holds: deadlock");
							else
								p.locked = false;
						}
						return ZERO;
					}
					Locks.lockPage(run, p);
					return ONE;
				});
		t.addReclaimingByState("do_sync_mmap_readahead", FILEMAP, "do_sync_mmap_readahead (static in filemap.c;"
				+ " 4.6: vma, ra, file, offset; 6.x: vmf): unless the vma has VM_RAND_READ, reads ahead around the index, allocating pages for it, so it"
				+ " may enter reclaim. Leaves out the pages it would read (none is added to the cache), mmap_miss and"
				+ " the window: the file's readahead is the device default", (run, a) -> {
					run.checkMaySleep("do_sync_mmap_readahead", !randomRead(a[0]));
					return null;
				});
		t.addReclaimingByState("do_async_mmap_readahead", FILEMAP, "do_async_mmap_readahead (static in"
				+ " filemap.c; 4.6: vma, ra, file, page, offset; 6.x: vmf, folio): unless the vma has VM_RAND_READ,"
				+ " a page (folio) with PG_readahead has it cleared and the next window read, allocating pages, so it"
				+ " may enter reclaim; 6.x returns no pinned file: mmap_lock is never dropped for it. Leaves out the"
				+ " pages it would read and mmap_miss: the file's readahead is the device default", (run, a) -> {
					Page page = a.length > 3 ? (a[3] instanceof Page p ? p : null) : a[1] instanceof Page p ? p : null;
					if (!randomRead(a[0]) && page != null && page.readahead) {
						run.checkMaySleep("do_async_mmap_readahead", true);
						page.readahead = false;
					}
					return null;
				});
		t.add("shrink_readahead_size_eio", FILEMAP, "shrinks the readahead window after an I/O error: nothing."
				+ " Leaves out the window", (run, a) -> null);
		t.add("radix_tree_iter_first", RADIX, "first used slot at or after an index; fills the iterator. Leaves"
				+ " out tags", (run, a) -> slotFrom(a[0], a[1], num(a[2])));
		t.add("radix_tree_iter_next", RADIX, "next used slot from iter->next_index. Leaves out tags",
				(run, a) -> slotFrom(a[0], a[1], num(Args.obj(a[1], "radix_tree_iter_next").get("next_index"))));
		t.add("radix_tree_next_chunk", "lib/radix-tree.c", "radix_tree_next_chunk: the next used slot at or after"
				+ " iter->next_index as a chunk of one slot (so the real radix_tree_next_slot ends it at once);"
				+ " NULL at the end, at a hole with RADIX_TREE_ITER_CONTIG, and always with RADIX_TREE_ITER_TAGGED."
				+ " Leaves out tags and multi-slot chunks", (run, a) -> {
					Obj iter = Args.obj(a[1], "radix_tree_next_chunk");
					long flags = num(a[2]), index = num(iter.get("next_index"));
					if ((flags & RADIX_TREE_ITER_TAGGED) != 0 || index == 0 && num(iter.get("index")) != 0)
						return null;
					Object slot = slotFrom(a[0], a[1], index);
					boolean hole = slot instanceof Pointer.CacheSlot s && s.index() != index;
					if ((flags & RADIX_TREE_ITER_CONTIG) != 0 && hole)
						return null;
					if (slot != null)
						iter.set("tags", ONE);
					return slot;
				});
		t.add("radix_tree_iter_retry", RADIX, "makes the next step revisit iter->index; NULL. Leaves out nothing",
				(run, a) -> {
					Obj iter = Args.obj(a[0], "radix_tree_iter_retry");
					iter.set("next_index", iter.get("index"));
					return null;
				});
		t.add("radix_tree_deref_slot", RADIX, "RCU load of a slot. Leaves out nothing",
				(run, a) -> ((Pointer) a[0]).load());
		t.add("radix_tree_exception", RADIX, "the entry is exceptional (shadow, DAX or retry), not a page."
				+ " Leaves out nothing", (run, a) -> bool(a[0] instanceof Mapping.Exceptional));
		t.add("radix_tree_deref_retry", RADIX, "the entry says the tree is changing. Leaves out nothing",
				(run, a) -> bool(a[0] == Mapping.Exceptional.RETRY));
		t.add("file_inode", FS, "file->f_inode (the mapping's host). Leaves out nothing",
				(run, a) -> mapping(Args.obj(a[0], "file_inode").get("f_mapping"), "file_inode").get("host"));
		t.add("i_size_read", FS, "inode->i_size. Leaves out the seqcount of 32-bit SMP",
				(run, a) -> Values.box(num(Args.obj(a[0], "i_size_read").get("i_size"))));
		t.addSleeping("file_update_time", "fs/inode.c", "file_update_time: may sleep; 0. Leaves out the times",
				ZERO);
		t.add("sb_start_pagefault", FS, "sb_start_pagefault: may sleep; takes freeze protection (counted)."
				+ " Leaves out freezing", (run, a) -> {
					run.checkMaySleep("sb_start_pagefault", false);
					run.machine.sbFreezeDepth++;
					return null;
				});
		t.add("sb_end_pagefault", FS, "releases freeze protection; one too many is reported. Leaves out nothing",
				(run, a) -> {
					if (--run.machine.sbFreezeDepth < 0)
						run.finding(FindingKind.LOCK_MISUSE, "sb_end_pagefault without sb_start_pagefault");
					return null;
				});
		t.add("i_mmap_lock_read", FS, "i_mmap_lock_read: may sleep; takes i_mmap_rwsem for read (reclaim under"
				+ " it is reported). Leaves out writers", (run, a) -> {
					run.checkMaySleep("i_mmap_lock_read", false);
					mapping(a[0], "i_mmap_lock_read").immapReaders++;
					run.event(TraceEventKind.LOCK, "i_mmap_rwsem (read)");
					return null;
				});
		t.add("i_mmap_unlock_read", FS, "releases i_mmap_rwsem (read); one not held is reported. Leaves out"
				+ " nothing", (run, a) -> {
					Mapping m = mapping(a[0], "i_mmap_unlock_read");
					if (m.immapReaders == 0)
						run.finding(FindingKind.LOCK_MISUSE, "i_mmap_unlock_read without the lock held");
					else
						m.immapReaders--;
					run.event(TraceEventKind.UNLOCK, "i_mmap_rwsem (read)");
					return null;
				});
		// 4.7's fs/dax.c is not among the trees it was checked against
		t.reviewedAgainst(null);
		t.add("dax_unlock_mapping_entry", "fs/dax.c", "4.7: releases the locked DAX entry ->fault returned (the"
				+ " model's DAX fault holds i_mmap_rwsem for it). Leaves out the radix-tree entry lock",
				(run, a) -> {
					Mapping m = mapping(a[0], "dax_unlock_mapping_entry");
					if (m.immapReaders > 0)
						m.immapReaders--;
					return null;
				});
		t.reviewedAgainst("v4.6.2");
	}

	/** VM_RAND_READ in the vma's flags: madvise(MADV_RANDOM) turned readahead off. */
	/** Whether the vma, given itself (4.6) or through its {@code struct vm_fault} (6.x), has VM_RAND_READ. */
	private static boolean randomRead(Object vmaOrFault) {
		Obj o = Args.obj(vmaOrFault, "readahead");
		Obj vma = o.type().has("vm_flags") ? o : Args.obj(o.get("vma"), "readahead");
		return (num(vma.get("vm_flags")) & Linux46.VM_RAND_READ) != 0;
	}

	private static Object slotFrom(Object root, Object iterator, long start) {
		Mapping m = mapping(Args.obj(root, "radix_tree_iter").get("rnode"), "radix_tree_iter");
		Obj iter = Args.obj(iterator, "radix_tree_iter");
		long index = m.next(start);
		if (index < 0)
			return null;
		iter.set("index", Values.box(index));
		iter.set("next_index", Values.box(index + 1));
		return new Pointer.CacheSlot(m, index);
	}

}
