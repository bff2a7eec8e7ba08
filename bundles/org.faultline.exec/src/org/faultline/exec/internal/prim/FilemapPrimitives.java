package org.faultline.exec.internal.prim;

import static org.faultline.exec.internal.prim.Args.ONE;
import static org.faultline.exec.internal.prim.Args.ZERO;
import static org.faultline.exec.internal.prim.Args.mapping;
import static org.faultline.exec.internal.prim.Args.num;
import static org.faultline.exec.internal.prim.Args.page;

import org.faultline.exec.internal.interp.PrimitiveTable;
import org.faultline.exec.internal.machine.Mapping;
import org.faultline.exec.internal.machine.Page;
import org.faultline.model.exec.TraceEventKind;

/**
 * mm/filemap.c of 5.x/6.x where it walks the page cache's xarray: the lookup stands at the level of
 * {@code filemap_get_entry} (a stop of {@link org.faultline.exec.ExecutableVersion#DEFAULT_STOPS}), as
 * {@code find_get_entry} does for 4.6, so that {@code __filemap_get_folio} and {@code filemap_fault} above it
 * are interpreted.
 */
final class FilemapPrimitives {

	private FilemapPrimitives() {
	}

	static void register(PrimitiveTable t) {
		t.add("filemap_get_entry", "mm/filemap.c", "filemap_get_entry(mapping, index): the folio cached at the"
				+ " index with a reference taken, or NULL. Leaves out the xarray walk under RCU and its retries"
				+ " (the model's cache changes only between steps), and shadow and swap entries (none in the"
				+ " model's page cache)", (run, a) -> {
					if (mapping(a[0], "filemap_get_entry").lookup(num(a[1])) instanceof Page p) {
						p.refcount++;
						return p;
					}
					return null;
				});
		t.addReclaiming("filemap_alloc_folio", "mm/filemap.c", "filemap_alloc_folio(gfp, order): a new folio for"
				+ " the page cache, as __page_cache_alloc (whose scenario failures it follows); may enter reclaim"
				+ " when the gfp mask allows direct reclaim. Order 0 only, like vma_alloc_folio. Leaves out large"
				+ " folios and the node choice (cpuset page spreading, NUMA policy)", 0, (run, a) -> {
					if (num(a[1]) != 0) {
						run.event(TraceEventKind.NOTE, "filemap_alloc_folio of order " + num(a[1])
								+ " fails: the model has no large folios");
						return null;
					}
					return PagePrimitives.allocate(run, "__page_cache_alloc");
				});
		t.addReclaiming("filemap_add_folio", "mm/filemap.c", "filemap_add_folio(mapping, folio, index, gfp): charges"
				+ " the folio, locks it and inserts it at the index, as add_to_page_cache_lru does for 4.6 (whose"
				+ " primitive it runs, and whose scenario failures it follows). Leaves out shadow entries and the"
				+ " LRU", 3, (run, a) -> {
					Object r = t.get("add_to_page_cache_lru").body().apply(run, new Object[] { a[1], a[0], a[2], a[3] });
					if (num(r) == 0)
						page(a[1], "filemap_add_folio").charge = "committed";
					return r;
				});
		t.add("mapping_evict_folio", "mm/truncate.c", "mapping_evict_folio(mapping, folio): takes a clean, unmapped"
				+ " folio that no one but the cache and the caller references out of the page cache, dropping the"
				+ " cache's reference; 1 if it did. Leaves out writeback and private data (none in the model)",
				(run, a) -> {
					Mapping m = mapping(a[0], "mapping_evict_folio");
					Page p = page(a[1], "mapping_evict_folio");
					if (p.dirty || p.mapcount > 0 || p.refcount > 2 || m.lookup(num(p.get("index"))) != p)
						return ZERO;
					m.cache.remove(num(p.get("index")));
					p.refcount--;
					p.outsideRefs--;
					run.event(TraceEventKind.NOTE, p.label() + " evicted from the page cache");
					return ONE;
				});
	}
}
