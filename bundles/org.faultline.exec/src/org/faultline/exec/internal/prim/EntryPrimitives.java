package org.faultline.exec.internal.prim;

import static org.faultline.exec.internal.prim.Args.bool;
import static org.faultline.exec.internal.prim.Args.entry;
import static org.faultline.exec.internal.prim.Args.num;

import org.faultline.exec.internal.interp.Entry;
import org.faultline.exec.internal.interp.InterpreterError;
import org.faultline.exec.internal.interp.PrimitiveTable;
import org.faultline.exec.internal.interp.Values;
import org.faultline.exec.internal.machine.Bits;
import org.faultline.exec.internal.machine.Machine;
import org.faultline.exec.internal.machine.Page;

/**
 * arch/x86/include/asm/pgtable.h and asm-generic/pgtable.h: pure operations on pte and pmd values, in the
 * layout of {@link Bits}. None changes the machine. Checked against v4.6.2's x86 definitions: the model's bits
 * are x86's (PRESENT, RW, USER, ACCESSED, DIRTY, PSE, PROTNONE, SPECIAL, DEVMAP at their x86 positions).
 */
final class EntryPrimitives {

	private static final String H = "arch/x86/include/asm/pgtable.h";
	private static final String GENERIC = "include/asm-generic/pgtable.h";
	/** x86's _PAGE_CHG_MASK as far as the model has its bits: what pte_modify keeps of the old value. */
	private static final long CHANGE_MASK = Bits.PFN_MASK | Bits.SPECIAL | Bits.ACCESSED | Bits.DIRTY;

	private EntryPrimitives() {
	}

	static void register(PrimitiveTable t) {
		t.add("pmd_none", H, "the pmd value is 0. Leaves out nothing", (run, a) -> bool(entry(a[0]) == 0));
		t.add("pmd_present", H, "PRESENT, PROTNONE or PSE is set (a huge pmd being split is still present)."
				+ " Leaves out nothing",
				(run, a) -> bool((entry(a[0]) & (Bits.PRESENT | Bits.PROTNONE | Bits.PSE)) != 0));
		t.add("pmd_trans_huge", H, "PSE set and DEVMAP clear. Leaves out nothing",
				(run, a) -> bool((entry(a[0]) & (Bits.PSE | Bits.DEVMAP)) == Bits.PSE));
		t.add("pmd_devmap", H, "DEVMAP set (a DAX huge mapping). Leaves out nothing",
				(run, a) -> bool((entry(a[0]) & Bits.DEVMAP) != 0));
		t.add("pmd_protnone", H, "PROTNONE without PRESENT (NUMA hinting). Leaves out nothing",
				(run, a) -> bool((entry(a[0]) & (Bits.PRESENT | Bits.PROTNONE)) == Bits.PROTNONE));
		t.add("pmd_write", H, "RW set. Leaves out nothing", (run, a) -> bool((entry(a[0]) & Bits.RW) != 0));
		t.add("pmd_trans_unstable", GENERIC, "pmd_trans_unstable -> pmd_none_or_trans_huge_or_clear_bad: reads"
				+ " *pmd once; true if it is none or huge, so no pte table to walk. Leaves out pmd_bad's clearing of"
				+ " a corrupt pmd (the model makes none)", (run, a) -> {
					long e = Args.entry(Args.slot(a[0], "pmd_trans_unstable").load());
					return bool(e == 0 || Bits.huge(e));
				});
		t.add("pte_none", H, "the pte value is 0. Leaves out nothing", (run, a) -> bool(entry(a[0]) == 0));
		t.add("pte_present", H, "PRESENT or PROTNONE set. Leaves out nothing",
				(run, a) -> bool(Bits.present(entry(a[0]))));
		t.add("pte_protnone", H, "PROTNONE without PRESENT (NUMA hinting). Leaves out nothing",
				(run, a) -> bool((entry(a[0]) & (Bits.PRESENT | Bits.PROTNONE)) == Bits.PROTNONE));
		t.add("pte_write", H, "RW set. Leaves out nothing", (run, a) -> bool((entry(a[0]) & Bits.RW) != 0));
		t.add("pte_dirty", H, "DIRTY set. Leaves out nothing", (run, a) -> bool((entry(a[0]) & Bits.DIRTY) != 0));
		t.add("pte_young", H, "ACCESSED set. Leaves out nothing",
				(run, a) -> bool((entry(a[0]) & Bits.ACCESSED) != 0));
		t.add("pte_special", H, "SPECIAL set (no struct page to count). Leaves out nothing",
				(run, a) -> bool((entry(a[0]) & Bits.SPECIAL) != 0));
		t.add("pte_same", GENERIC, "raw equality of two pte values. Leaves out nothing",
				(run, a) -> bool(entry(a[0]) == entry(a[1])));
		t.add("pte_pfn", H, "the pte's page frame number. Leaves out nothing",
				(run, a) -> Values.box(Bits.pfn(entry(a[0]))));
		t.add("pte_mkdirty", H, "the value with DIRTY. Leaves out the soft-dirty bit x86 sets with it",
				(run, a) -> with(a[0], Bits.DIRTY));
		t.add("pte_mkyoung", H, "the value with ACCESSED. Leaves out nothing", (run, a) -> with(a[0], Bits.ACCESSED));
		t.add("pte_mkwrite", H, "the value with RW. Leaves out nothing", (run, a) -> with(a[0], Bits.RW));
		t.add("pte_mkspecial", H, "the value with SPECIAL. Leaves out nothing", (run, a) -> with(a[0], Bits.SPECIAL));
		t.add("pte_wrprotect", H, "the value without RW. Leaves out nothing",
				(run, a) -> new Entry(entry(a[0]) & ~Bits.RW));
		t.add("pte_modify", H, "pte_modify: keeps the bits of _PAGE_CHG_MASK (pfn, SPECIAL, ACCESSED, DIRTY) and"
				+ " takes the rest from the pgprot. Leaves out the cache-mode bits (PCD, PWT) and soft-dirty, which"
				+ " the model has not", (run, a) -> new Entry(entry(a[0]) & CHANGE_MASK | entry(a[1]) & ~CHANGE_MASK));
		t.add("mk_pte", H, "mk_pte: pfn_pte(page_to_pfn(page), prot). Leaves out nothing",
				(run, a) -> new Entry(Bits.make(Args.page(a[0], "mk_pte").pfn, entry(a[1]))));
		t.add("pfn_pte", H, "the pte of a pfn and a pgprot. Leaves out the filtering of unsupported bits",
				(run, a) -> new Entry(Bits.make(num(a[0]), entry(a[1]))));
		t.add("my_zero_pfn", GENERIC, "the pfn of the one shared zero page. Leaves out per-colour zero pages"
				+ " (MIPS, s390)", (run, a) -> Values.box(Machine.ZERO_PFN));
		t.add("is_zero_pfn", GENERIC, "the pfn is the zero page's. Leaves out nothing",
				(run, a) -> bool(num(a[0]) == Machine.ZERO_PFN));
		t.add("pfn_valid", "include/linux/mmzone.h", "the pfn has a struct page: one of the machine's pages."
				+ " Leaves out memory sections", (run, a) -> bool(run.machine.pages.containsKey(num(a[0]))));
		t.add("pfn_to_page", "include/asm-generic/memory_model.h", "the struct page of a pfn; a pfn without one"
				+ " stops the run (the kernel would compute a wild pointer). Leaves out nothing else", (run, a) -> {
					Page p = run.machine.pages.get(num(a[0]));
					if (p == null)
						throw new InterpreterError("pfn_to_page of a pfn without a page");
					return p;
				});
		t.add("page_to_pfn", "include/asm-generic/memory_model.h", "the pfn of a struct page. Leaves out nothing",
				(run, a) -> Values.box(Args.page(a[0], "page_to_pfn").pfn));
		t.add("pte_to_swp_entry", "include/linux/swapops.h", "the swap entry a swap pte holds. Leaves out x86's"
				+ " layout (type bits, offset from bit 9): the model's swap ptes hold a single-type entry from bit 12",
				(run, a) -> new Entry(entry(a[0]) >>> 12));
	}

	private static Entry with(Object e, long bits) {
		return new Entry(entry(e) | bits);
	}
}
