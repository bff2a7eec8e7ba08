package org.faultline.exec.internal.machine;

import org.faultline.exec.internal.interp.Obj;
import org.faultline.exec.internal.interp.StructType;

/**
 * A struct page: C sees {@code mapping} and {@code index}; the model keeps flags, the reference count and the
 * map count here. {@code expectedRefs} counts the references that holders outside the fault (the page cache,
 * other users) own, so a leak is refcount != expectedRefs + mapcount at the end.
 */
public final class Page extends Obj {

	public final long pfn;
	public int refcount;
	public int mapcount;
	public boolean locked, uptodate, dirty, anon, hwpoison, readahead, error, ksm, swapBacked, freed;
	/** References owned by holders outside the fault: the page cache, a pinning scenario. */
	public int outsideRefs;
	/** Whether the page was locked by someone else when the fault began. */
	public boolean lockedByOther;
	public String charge = "none";
	/**
	 * The swap entry while the page is in the swap cache ({@code page->private} with PG_swapcache set), else 0;
	 * the model has no other use of page->private (buffer heads, compound tails).
	 */
	public long swapEntry;

	Page(StructType type, long pfn) {
		super(type);
		this.pfn = pfn;
	}

	@Override
	public String label() {
		return "page@" + Long.toHexString(pfn);
	}

	public String describe() {
		StringBuilder s = new StringBuilder(label());
		Object index = get("index");
		if (!anon && index != null)
			s.append(" index=").append(index);
		s.append(" ref=").append(refcount).append(" map=").append(mapcount);
		if (locked)
			s.append(" locked");
		if (uptodate)
			s.append(" uptodate");
		if (dirty)
			s.append(" dirty");
		if (anon)
			s.append(" anon");
		if (hwpoison)
			s.append(" hwpoison");
		if (readahead)
			s.append(" readahead");
		if (swapEntry != 0)
			s.append(" swapcache=").append(swapEntry);
		if (freed)
			s.append(" freed");
		if (!"none".equals(charge))
			s.append(" memcg=").append(charge);
		return s.toString();
	}
}
