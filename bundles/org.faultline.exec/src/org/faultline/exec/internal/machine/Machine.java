package org.faultline.exec.internal.machine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.faultline.exec.internal.interp.Entry;
import org.faultline.exec.internal.interp.Obj;
import org.faultline.exec.internal.interp.Types;
import org.faultline.exec.internal.machine.PageTable.Level;

/**
 * The modelled machine of one fault: the mm with its four-level page tables, the vma, the file with its page
 * cache, pages with flags and counts, the zero page, memcg charges, locks with their holders, pte mappings
 * (pte_offset_map) and planned allocation failures. Everything a fault can change is here, so that two
 * {@link #describe()} dumps before and after a run show what the fault did.
 */
public final class Machine {

	public static final long ZERO_PFN = 0x1000;
	private static final long TABLE_PFN_BASE = 0x10000;
	private static final long PAGE_PFN_BASE = 0x20000;
	/** swap_info_struct flags of include/linux/swap.h. */
	private static final long SWP_USED = 1, SWP_WRITEOK = 2;

	public final Types types;
	public final Obj mm;
	/** The task taking the fault ({@code current}), whose mm is {@link #mm}. */
	public final Obj task;
	/** The one swap device (a struct swap_info_struct): in use, writable, not SWP_SYNCHRONOUS_IO. */
	public final Obj swapDevice;
	/** References get_swap_device took and put_swap_device has not dropped. */
	public int swapDeviceRefs;
	public final PageTable pgd;
	public final Page zeroPage;
	public final Map<Long, Page> pages = new LinkedHashMap<>();
	public final Map<Long, PageTable> tables = new HashMap<>();
	/** Stand-ins for the pte table a pmd without one would be read as, one per pmd entry. */
	public final Map<Object, PageTable> phantoms = new HashMap<>();
	/** The swap cache: swap entry value to page. */
	public final Map<Long, Page> swapCache = new HashMap<>();

	/** The users of each swap entry (swap_map counts, the cache's own not included): the ptes that hold it. */
	public final Map<Long, Integer> swapUses = new HashMap<>();

	/**
	 * Puts a page in the swap cache under {@code entry}; the cache's reference is the caller's to count. C
	 * reads the entry as {@code folio->swap} (5.16 on; 4.6's page_private is a primitive).
	 */
	public void addToSwapCache(long entry, Page page) {
		page.swapEntry = entry;
		page.set("swap", new Entry(entry));
		swapCache.put(entry, page);
	}

	/** Takes a page out of the swap cache (delete_from_swap_cache), with the cache's reference. */
	public void deleteFromSwapCache(Page page) {
		swapCache.remove(page.swapEntry);
		page.swapEntry = 0;
		page.set("swap", new Entry(0));
		page.refcount--;
		page.outsideRefs--;
	}
	/** Whether transparent huge pages are enabled for the vma, and whether a huge pmd fault then succeeds. */
	public boolean thpEnabled, thpMaps;
	private long nextTablePfn = TABLE_PFN_BASE;
	private long nextPagePfn = PAGE_PFN_BASE;

	/** Spin locks held: lock key (a pte table, or {@code &mm->page_table_lock}) to where it was taken. */
	public final Map<Object, String> spinLocks = new LinkedHashMap<>();
	/** pte tables mapped by pte_offset_map and not yet unmapped, innermost last. */
	public final List<PteMap> kmaps = new ArrayList<>();
	/** The file's address_space, when the vma maps a file. */
	public Mapping mapping;
	public boolean mmapSem = true;
	/** Whether another thread zapped the fault's ptes while it ran: an unchanged entry is then no endless refault. */
	public boolean zappedByOther;
	public int rcuDepth;
	public int sbFreezeDepth;
	public int kmapAtomic;
	public long nrPtes, nrPmds;
	public final long[] rss = new long[4];
	/** Allocation failures the scenario plans: primitive name to the number of calls that still succeed. */
	public final Map<String, Integer> failAfter = new HashMap<>();

	public Machine(Types types) {
		this.types = types;
		this.mm = new Obj(types.struct("mm_struct"));
		this.task = new Obj(types.struct("task_struct"));
		task.set("mm", mm);
		task.set("active_mm", mm);
		this.swapDevice = new Obj(types.struct("swap_info_struct"));
		swapDevice.set("flags", SWP_USED | SWP_WRITEOK);
		this.pgd = newTable(Level.PGD, false);
		this.zeroPage = new Page(types.struct("page"), ZERO_PFN);
		zeroPage.refcount = 1;
		zeroPage.outsideRefs = 1;
		zeroPage.uptodate = true;
		pages.put(ZERO_PFN, zeroPage);
	}

	public PageTable newTable(Level level, boolean phantom) {
		PageTable t = new PageTable(level, nextTablePfn++, phantom);
		tables.put(t.pfn(), t);
		return t;
	}

	/** A page with one reference, owned by whoever allocated it. */
	public Page newPage() {
		Page p = new Page(types.struct("page"), nextPagePfn++);
		p.refcount = 1;
		pages.put(p.pfn, p);
		return p;
	}

	/** Whether an allocation by {@code primitive} fails now, by the scenario's plan. */
	public boolean allocationFails(String primitive) {
		Integer left = failAfter.get(primitive);
		if (left == null)
			return false;
		if (left == 0)
			return true;
		failAfter.put(primitive, left - 1);
		return false;
	}

	public PageTable tableOf(long entry) {
		return tables.get(Bits.pfn(entry));
	}

	/** The entries on the way to {@code address}: pgd, pud, pmd and pte, each 0 below a missing level. */
	public long[] walk(long address) {
		long[] path = new long[4];
		PageTable t = pgd;
		for (Level level : Level.values()) {
			long e = t.get(level.index(address));
			path[level.ordinal()] = e;
			if (level == Level.PTE || e == 0 || Bits.huge(e) || !Bits.present(e))
				break;
			t = tableOf(e);
			if (t == null)
				break;
		}
		return path;
	}

	/** Whether the MMU would now let the access through, so the fault will not recur. */
	public boolean satisfies(long address, boolean write) {
		long[] path = walk(address);
		long pmd = path[Level.PMD.ordinal()];
		long leaf = Bits.huge(pmd) ? pmd : path[Level.PTE.ordinal()];
		if ((leaf & Bits.PRESENT) == 0)
			return false;
		return !write || (leaf & Bits.RW) != 0;
	}

	public List<Page> lockedPages() {
		return pages.values().stream().filter(p -> p.locked).toList();
	}

	/** A multi-line dump of the state a fault can change. */
	public String describe(long address) {
		StringBuilder s = new StringBuilder();
		long[] path = walk(address);
		String[] names = { "pgd", "pud", "pmd", "pte" };
		for (int i = 0; i < 4; i++)
			s.append(names[i]).append(": ").append(i < 3 && path[i] != 0 && !Bits.huge(path[i]) && (path[i] & Bits.PRESENT) != 0
					? "table@" + Long.toHexString(Bits.pfn(path[i]))
					: Bits.describe(path[i])).append('\n');
		PageTable pte = pteTable(address);
		if (pte != null) {
			s.append("pte table:");
			for (int i = 0; i < PageTable.ENTRIES; i++)
				if (pte.get(i) != 0)
					s.append(" [").append(i).append("]=").append(Bits.describe(pte.get(i)));
			s.append('\n');
		}
		for (Page p : pages.values())
			if (p != zeroPage)
				s.append(p.describe()).append('\n');
		s.append("rss: file=").append(rss[0]).append(" anon=").append(rss[1]).append(" swap=").append(rss[2])
				.append(" shmem=").append(rss[3]).append("; nr_ptes=").append(nrPtes).append(" nr_pmds=").append(nrPmds)
				.append('\n');
		s.append("locks:");
		if (!mmapSem)
			s.append(" mmap_sem released");
		else
			s.append(" mmap_sem(read)");
		spinLocks.forEach((k, where) -> s.append(" spin ").append(k).append(" (").append(where).append(')'));
		for (Page p : lockedPages())
			s.append(" page ").append(p.label()).append(p.lockedByOther ? " (another task)" : " (this fault)");
		if (mapping != null && mapping.immapReaders > 0)
			s.append(" i_mmap_rwsem(read)x").append(mapping.immapReaders);
		if (rcuDepth > 0)
			s.append(" rcu");
		if (sbFreezeDepth > 0)
			s.append(" sb_pagefault");
		s.append("; pte maps: ").append(kmaps.size()).append('\n');
		return s.toString();
	}

	/** The pte table that maps {@code address}, if the pmd has one. */
	public PageTable pteTable(long address) {
		long[] path = walk(address);
		long pmd = path[Level.PMD.ordinal()];
		return pmd != 0 && !Bits.huge(pmd) && (pmd & Bits.PRESENT) != 0 ? tableOf(pmd) : null;
	}
}
