package org.faultline.exec.internal.prim;

import static org.faultline.exec.internal.prim.Args.num;

import org.faultline.exec.internal.interp.Entry;
import org.faultline.exec.internal.interp.PrimitiveTable;
import org.faultline.exec.internal.machine.Bits;

/**
 * mm/pgtable-generic.c of 6.5 on: mapping a pte table may fail. {@code __pte_offset_map} and
 * {@code __pte_offset_map_lock} return NULL when the pmd is not (or no longer) a pte table, none or huge, and
 * callers retry the fault; the inlines {@code pte_offset_map} and {@code pte_offset_map_lock} that call them
 * are then interpreted from the version's mm.h, while a version whose names are macros (4.6) keeps the
 * primitives of {@link PageTablePrimitives}, which report such a mapping.
 */
final class PteMapPrimitives {

	private static final String PGTABLE_GENERIC = "mm/pgtable-generic.c";

	private PteMapPrimitives() {
	}

	static void register(PrimitiveTable t) {
		t.add("__pte_offset_map", PGTABLE_GENERIC, "__pte_offset_map(pmd, addr, pmdvalp): maps the pte of the"
				+ " address if *pmd is a pte table, storing the pmd value read through pmdvalp, and holds the RCU"
				+ " read section it entered until pte_unmap; NULL otherwise, out of the section again. Leaves out a"
				+ " bad pmd, which the kernel clears and reports", (run, a) -> {
					long pmd = PageTablePrimitives.entryAt(a[0]);
					Args.storeThrough(a[2], new Entry(pmd), "__pte_offset_map");
					return isTable(pmd) ? PageTablePrimitives.map(run, a[0], num(a[1]), "__pte_offset_map", true)
							: null;
				});
		t.add("__pte_offset_map_lock", PGTABLE_GENERIC, "__pte_offset_map_lock(mm, pmd, addr, ptlp): maps the pte"
				+ " of the address under __pte_offset_map's RCU read section (left by pte_unmap_unlock) and takes its"
				+ " table's lock, stored through ptlp, if *pmd is a pte table; NULL otherwise. Leaves out a bad pmd,"
				+ " and the retry when the pmd changed before the lock was taken (the primitive is one step, so it"
				+ " cannot)", (run, a) -> {
					if (!isTable(PageTablePrimitives.entryAt(a[1])))
						return null;
					Object lock = PageTablePrimitives.pteTable(run, a[1], "__pte_offset_map_lock");
					Object pte = PageTablePrimitives.map(run, a[1], num(a[2]), "__pte_offset_map_lock", true);
					Locks.spinLock(run, lock);
					Args.storeThrough(a[3], lock, "__pte_offset_map_lock");
					return pte;
				});
		t.deferToDefinition("pte_offset_map");
		t.deferToDefinition("pte_offset_map_lock");
	}

	private static boolean isTable(long pmd) {
		return pmd != 0 && !Bits.huge(pmd) && (pmd & Bits.PRESENT) != 0;
	}
}
