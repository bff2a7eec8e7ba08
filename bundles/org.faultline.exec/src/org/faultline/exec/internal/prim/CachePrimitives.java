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
		t.add("find_get_page", PAGEMAP, "the cached page at an index with a reference taken, or NULL; no lock",
				(run, a) -> {
					if (mapping(a[0], "find_get_page").lookup(num(a[1])) instanceof Page p) {
						p.refcount++;
						return p;
					}
					return null;
				});
		t.add("page_cache_get_speculative", PAGEMAP, "a reference on a page found under RCU; 0 if it is being"
				+ " freed", (run, a) -> {
					Page p = page(a[0], "page_cache_get_speculative");
					if (p.refcount == 0)
						return ZERO;
					p.refcount++;
					return ONE;
				});
		t.addReclaiming("__page_cache_alloc", FILEMAP, "a new page for the page cache; may enter reclaim",
				(run, a) -> PagePrimitives.allocate(run, "__page_cache_alloc"));
		t.addReclaiming("add_to_page_cache_lru", FILEMAP, "add_to_page_cache_lru: inserts a new page locked at an"
				+ " index, the cache taking a reference; -EEXIST if the index is taken; may enter reclaim (its memcg"
				+ " charge) when its gfp mask allows direct reclaim. Leaves out shadow entries and the LRU", 3,
				(run, a) -> {
					Page p = page(a[0], "add_to_page_cache_lru");
					Mapping m = mapping(a[1], "add_to_page_cache_lru");
					long index = num(a[2]);
					if (m.lookup(index) != null)
						return Values.box(-Linux46.EEXIST);
					if (run.allocationFails("add_to_page_cache_lru"))
						return Values.box(-Linux46.ENOMEM);
					m.cache.put(index, p);
					p.set("mapping", m);
					p.set("index", Values.box(index));
					p.refcount++;
					p.outsideRefs++;
					p.locked = true;
					run.event(TraceEventKind.LOCK, "page " + p.label() + " (new in the page cache)");
					return ZERO;
				});
		t.add("mapping_gfp_mask", PAGEMAP, "allocation flags of an address_space", (run, a) -> Values.box(0x24200ca));
		t.add("linear_page_index", PAGEMAP, "file page index of a user address in a vma", (run, a) -> {
			Obj vma = Args.obj(a[0], "linear_page_index");
			return Values.box((num(a[1]) - num(vma.get("vm_start")) >>> 12) + num(vma.get("vm_pgoff")));
		});
		t.add("lock_page", PAGEMAP, "sleeps until PG_locked is taken", (run, a) -> {
			Locks.lockPage(run, page(a[0], "lock_page"));
			return null;
		});
		t.add("trylock_page", PAGEMAP, "takes PG_locked if free; 1 on success", (run, a) -> {
			Page p = page(a[0], "trylock_page");
			if (p.locked)
				return ZERO;
			p.locked = true;
			run.event(TraceEventKind.LOCK, "page " + p.label());
			return ONE;
		});
		t.add("unlock_page", FILEMAP, "clears PG_locked and wakes waiters", (run, a) -> {
			Locks.unlockPage(run, page(a[0], "unlock_page"));
			return null;
		});
		t.add("wait_on_page_locked", PAGEMAP, "sleeps until PG_locked is clear; the holder outside the fault"
				+ " finishes its I/O", (run, a) -> {
					Page p = page(a[0], "wait_on_page_locked");
					run.checkMaySleep("wait_on_page_locked", false);
					if (p.locked && !p.lockedByOther)
						run.finding(FindingKind.LOCK_MISUSE, "wait_on_page_locked(" + p.label()
								+ ") while this fault holds the lock: deadlock");
					else
						p.locked = false;
					return null;
				});
		t.add("lock_page_or_retry", PAGEMAP, "1 with the page locked; if it is locked and the fault allows a retry,"
				+ " releases mmap_sem (unless RETRY_NOWAIT) and returns 0", (run, a) -> {
					Page p = page(a[0], "lock_page_or_retry");
					long flags = num(a[2]);
					if (p.locked && (flags & Linux46.FAULT_FLAG_ALLOW_RETRY) != 0) {
						if ((flags & Linux46.FAULT_FLAG_RETRY_NOWAIT) == 0) {
							run.machine.mmapSem = false;
							run.event(TraceEventKind.UNLOCK, "mmap_sem (waiting for " + p.label() + ")");
						}
						return ZERO;
					}
					Locks.lockPage(run, p);
					return ONE;
				});
		t.add("do_sync_mmap_readahead", FILEMAP, "readahead policy (static in filemap.c); reads nothing ahead in"
				+ " the model", (run, a) -> null);
		t.add("do_async_mmap_readahead", FILEMAP, "readahead policy; clears PG_readahead of the page (4.6) or"
				+ " folio (6.x) it is given; returns no pinned file (6.x): mmap_lock is never dropped for it",
				(run, a) -> {
					for (Object x : a)
						if (x instanceof Page p)
							p.readahead = false;
					return null;
				});
		t.add("shrink_readahead_size_eio", FILEMAP, "readahead window after an I/O error", (run, a) -> null);
		t.add("radix_tree_iter_first", RADIX, "first used slot at or after an index; fills the iterator",
				(run, a) -> slotFrom(a[0], a[1], num(a[2])));
		t.add("radix_tree_iter_next", RADIX, "next used slot from iter->next_index",
				(run, a) -> slotFrom(a[0], a[1], num(Args.obj(a[1], "radix_tree_iter_next").get("next_index"))));
		t.add("radix_tree_next_chunk", "lib/radix-tree.c", "radix_tree_next_chunk: the next used slot at or after"
				+ " iter->next_index as a chunk of one slot (so the real radix_tree_next_slot ends it at once);"
				+ " NULL at the end, at a hole with RADIX_TREE_ITER_CONTIG, and always with RADIX_TREE_ITER_TAGGED:"
				+ " the model's page cache has no tags", (run, a) -> {
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
		t.add("radix_tree_iter_retry", RADIX, "makes the next step revisit iter->index; NULL", (run, a) -> {
			Obj iter = Args.obj(a[0], "radix_tree_iter_retry");
			iter.set("next_index", iter.get("index"));
			return null;
		});
		t.add("radix_tree_deref_slot", RADIX, "RCU load of a slot", (run, a) -> ((Pointer) a[0]).load());
		t.add("radix_tree_exception", RADIX, "the entry is not a page", (run, a) -> bool(a[0] instanceof Mapping.Exceptional));
		t.add("radix_tree_deref_retry", RADIX, "the entry says the tree is changing",
				(run, a) -> bool(a[0] == Mapping.Exceptional.RETRY));
		t.add("file_inode", FS, "file->f_inode", (run, a) -> mapping(Args.obj(a[0], "file_inode").get("f_mapping"),
				"file_inode").get("host"));
		t.add("i_size_read", FS, "the file size", (run, a) -> Values.box(num(Args.obj(a[0], "i_size_read").get("i_size"))));
		t.add("file_update_time", "fs/inode.c", "updates mtime; may sleep", (run, a) -> {
			run.checkMaySleep("file_update_time", false);
			return ZERO;
		});
		t.add("sb_start_pagefault", FS, "takes freeze protection for a write fault; may sleep", (run, a) -> {
			run.checkMaySleep("sb_start_pagefault", false);
			run.machine.sbFreezeDepth++;
			return null;
		});
		t.add("sb_end_pagefault", FS, "releases freeze protection", (run, a) -> {
			if (--run.machine.sbFreezeDepth < 0)
				run.finding(FindingKind.LOCK_MISUSE, "sb_end_pagefault without sb_start_pagefault");
			return null;
		});
		t.add("i_mmap_lock_read", FS, "takes i_mmap_rwsem for read; may sleep", (run, a) -> {
			run.checkMaySleep("i_mmap_lock_read", false);
			mapping(a[0], "i_mmap_lock_read").immapReaders++;
			run.event(TraceEventKind.LOCK, "i_mmap_rwsem (read)");
			return null;
		});
		t.add("i_mmap_unlock_read", FS, "releases i_mmap_rwsem (read)", (run, a) -> {
			Mapping m = mapping(a[0], "i_mmap_unlock_read");
			if (m.immapReaders == 0)
				run.finding(FindingKind.LOCK_MISUSE, "i_mmap_unlock_read without the lock held");
			else
				m.immapReaders--;
			run.event(TraceEventKind.UNLOCK, "i_mmap_rwsem (read)");
			return null;
		});
		t.add("dax_unlock_mapping_entry", "fs/dax.c", "4.7: releases the locked DAX entry ->fault returned", (run, a) -> {
			Mapping m = mapping(a[0], "dax_unlock_mapping_entry");
			if (m.immapReaders > 0)
				m.immapReaders--;
			return null;
		});
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
