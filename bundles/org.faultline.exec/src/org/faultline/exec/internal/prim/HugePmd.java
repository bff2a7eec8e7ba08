package org.faultline.exec.internal.prim;

import org.faultline.model.exec.TraceEventKind;
import org.faultline.exec.internal.interp.Pointer;
import org.faultline.exec.internal.interp.Run;
import org.faultline.exec.internal.machine.Bits;
import org.faultline.exec.internal.machine.Page;
import org.faultline.exec.internal.machine.PageTable;

/** What happens to a huge pmd, shared by the THP primitives and the scenario's races. */
public final class HugePmd {

	private HugePmd() {
	}

	/** split_huge_pmd: a pte table with one read-only pte per small page of the huge one. */
	public static void split(Run run, Pointer.TableEntry pmd, long huge) {
		var m = run.machine;
		run.allocatePages(PageTable.ENTRIES + 1);
		PageTable table = m.newTable(PageTable.Level.PTE, false);
		Page head = m.pages.get(Bits.pfn(huge));
		long flags = huge & (Bits.PRESENT | Bits.USER | Bits.ACCESSED | Bits.DIRTY) & ~Bits.RW;
		for (int i = 0; i < PageTable.ENTRIES; i++) {
			Page small = i == 0 && head != null ? head : m.newPage();
			small.anon = head == null || head.anon;
			small.swapBacked = small.anon;
			small.uptodate = true;
			if (small != head) {
				small.mapcount = 1;
				small.refcount = 1;
			}
			table.set(i, Bits.make(small.pfn, flags));
		}
		pmd.table().set(pmd.index(), Bits.make(table.pfn(), Bits.TABLE));
		run.event(TraceEventKind.PTE_WRITE, pmd + " split into " + table);
	}
}
