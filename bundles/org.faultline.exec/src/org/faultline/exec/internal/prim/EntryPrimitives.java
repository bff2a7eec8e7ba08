package org.faultline.exec.internal.prim;

import static org.faultline.exec.internal.prim.Args.bool;
import static org.faultline.exec.internal.prim.Args.entry;
import static org.faultline.exec.internal.prim.Args.num;

import org.faultline.exec.internal.interp.Entry;
import org.faultline.exec.internal.interp.Obj;
import org.faultline.exec.internal.interp.PrimitiveTable;
import org.faultline.exec.internal.interp.Values;
import org.faultline.exec.internal.machine.Bits;
import org.faultline.exec.internal.machine.Machine;
import org.faultline.exec.internal.machine.Page;

/**
 * arch/x86/include/asm/pgtable.h and asm-generic/pgtable.h: pure operations on pte and pmd values, in the
 * layout of {@link Bits}. None changes the machine.
 */
final class EntryPrimitives {

	private static final String H = "arch/x86/include/asm/pgtable.h";
	private static final String GENERIC = "include/asm-generic/pgtable.h";

	private EntryPrimitives() {
	}

	static void register(PrimitiveTable t) {
		t.add("pmd_none", H, "the pmd value is empty", (run, a) -> bool(entry(a[0]) == 0));
		t.add("pmd_present", H, "the pmd value maps a table or a huge page", (run, a) -> bool(Bits.present(entry(a[0]))));
		t.add("pmd_trans_huge", H, "the pmd value maps a transparent huge page (not devmap)",
				(run, a) -> bool(Bits.huge(entry(a[0])) && (entry(a[0]) & Bits.DEVMAP) == 0));
		t.add("pmd_devmap", H, "the pmd value is a device (DAX) huge mapping", (run, a) -> bool((entry(a[0]) & Bits.DEVMAP) != 0));
		t.add("pmd_protnone", H, "a huge pmd made inaccessible for NUMA hinting",
				(run, a) -> bool((entry(a[0]) & (Bits.PRESENT | Bits.PROTNONE)) == Bits.PROTNONE));
		t.add("pmd_write", H, "the huge pmd is writable", (run, a) -> bool((entry(a[0]) & Bits.RW) != 0));
		t.add("pmd_trans_unstable", GENERIC, "reads *pmd once: true if it is none or huge, so it is no table to walk",
				(run, a) -> {
					long e = Args.entry(Args.slot(a[0], "pmd_trans_unstable").load());
					return bool(e == 0 || Bits.huge(e));
				});
		t.add("pte_none", H, "the pte value is empty", (run, a) -> bool(entry(a[0]) == 0));
		t.add("pte_present", H, "the pte maps a page (present or PROT_NONE)", (run, a) -> bool(Bits.present(entry(a[0]))));
		t.add("pte_protnone", H, "a NUMA-hinting PROT_NONE pte",
				(run, a) -> bool((entry(a[0]) & (Bits.PRESENT | Bits.PROTNONE)) == Bits.PROTNONE));
		t.add("pte_write", H, "the pte is writable", (run, a) -> bool((entry(a[0]) & Bits.RW) != 0));
		t.add("pte_dirty", H, "the pte is dirty", (run, a) -> bool((entry(a[0]) & Bits.DIRTY) != 0));
		t.add("pte_young", H, "the pte is young (accessed)", (run, a) -> bool((entry(a[0]) & Bits.ACCESSED) != 0));
		t.add("pte_special", H, "the pte has the special bit (no struct page to refcount)",
				(run, a) -> bool((entry(a[0]) & Bits.SPECIAL) != 0));
		t.add("pte_same", GENERIC, "raw equality of two pte values", (run, a) -> bool(entry(a[0]) == entry(a[1])));
		t.add("pte_pfn", H, "the page frame number of a pte", (run, a) -> Values.box(Bits.pfn(entry(a[0]))));
		t.add("pte_mkdirty", H, "the pte value with the dirty bit", (run, a) -> with(a[0], Bits.DIRTY));
		t.add("pte_mkyoung", H, "the pte value with the accessed bit", (run, a) -> with(a[0], Bits.ACCESSED));
		t.add("pte_mkwrite", H, "the pte value with the write bit", (run, a) -> with(a[0], Bits.RW));
		t.add("pte_mkspecial", H, "the pte value with the special bit", (run, a) -> with(a[0], Bits.SPECIAL));
		t.add("pte_wrprotect", H, "the pte value without the write bit", (run, a) -> new Entry(entry(a[0]) & ~Bits.RW));
		t.add("pte_modify", H, "the pte's pfn with the protection bits of a pgprot",
				(run, a) -> new Entry(entry(a[0]) & Bits.PFN_MASK | entry(a[1]) & Bits.FLAG_MASK));
		t.add("mk_pte", H, "a pte value for a struct page and a protection",
				(run, a) -> new Entry(Bits.make(Args.page(a[0], "mk_pte").pfn, entry(a[1]))));
		t.add("pfn_pte", H, "a pte value for a pfn and a protection", (run, a) -> new Entry(Bits.make(num(a[0]), entry(a[1]))));
		t.add("maybe_mkwrite", "include/linux/mm.h", "sets the write bit only if the vma has VM_WRITE", (run, a) -> {
			Obj vma = Args.obj(a[1], "maybe_mkwrite");
			return (num(vma.get("vm_flags")) & Linux46.VM_WRITE) != 0 ? with(a[0], Bits.RW) : a[0];
		});
		t.add("my_zero_pfn", GENERIC, "pfn of the shared zero page", (run, a) -> Values.box(Machine.ZERO_PFN));
		t.add("is_zero_pfn", GENERIC, "the pfn is the zero page's", (run, a) -> bool(num(a[0]) == Machine.ZERO_PFN));
		t.add("pfn_valid", "include/linux/mmzone.h", "the pfn has a struct page",
				(run, a) -> bool(run.machine.pages.containsKey(num(a[0]))));
		t.add("pfn_to_page", "include/asm-generic/memory_model.h", "the struct page of a pfn", (run, a) -> {
			Page p = run.machine.pages.get(num(a[0]));
			if (p == null)
				throw new org.faultline.exec.internal.interp.InterpreterError("pfn_to_page of a pfn without a page");
			return p;
		});
		t.add("page_to_pfn", "include/asm-generic/memory_model.h", "the pfn of a struct page",
				(run, a) -> Values.box(Args.page(a[0], "page_to_pfn").pfn));
		t.add("pte_to_swp_entry", "include/linux/swapops.h", "the swap entry a non-present pte holds",
				(run, a) -> new Entry(entry(a[0]) >>> 12));
	}

	private static Entry with(Object e, long bits) {
		return new Entry(entry(e) | bits);
	}
}
