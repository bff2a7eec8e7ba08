package org.faultline.exec.internal.prim;

import org.faultline.model.exec.FindingKind;
import org.faultline.model.exec.TraceEventKind;

import static org.faultline.exec.internal.prim.Args.ONE;
import static org.faultline.exec.internal.prim.Args.ZERO;
import static org.faultline.exec.internal.prim.Args.num;
import static org.faultline.exec.internal.prim.Args.slot;

import org.faultline.exec.internal.interp.Entry;
import org.faultline.exec.internal.interp.Obj;
import org.faultline.exec.internal.interp.Pointer;
import org.faultline.exec.internal.interp.PrimitiveTable;
import org.faultline.exec.internal.interp.Run;
import org.faultline.exec.internal.interp.Values;
import org.faultline.exec.internal.machine.Bits;
import org.faultline.exec.internal.machine.Machine;
import org.faultline.exec.internal.machine.PageTable;
import org.faultline.exec.internal.machine.PteMap;
import org.faultline.exec.internal.machine.PageTable.Level;

/**
 * include/linux/mm.h, asm/pgtable.h, asm/pgalloc.h: walking, allocating and populating page tables, the
 * page-table locks, and mapping pte tables (pte_offset_map). Stores into entries check the lock that guards
 * them; mapping a pte table checks that the pmd has one.
 */
final class PageTablePrimitives {

	private static final String MM_H = "include/linux/mm.h";
	private static final String PGTABLE_H = "arch/x86/include/asm/pgtable.h";
	private static final String PGALLOC_H = "arch/x86/include/asm/pgalloc.h";

	private PageTablePrimitives() {
	}

	static void register(PrimitiveTable t) {
		t.add("pgd_offset", PGTABLE_H, "pointer to the pgd entry of the address; no lock. Leaves out nothing",
				(run, a) -> new Pointer.TableEntry(run.machine.pgd, Level.PGD.index(num(a[1]))));
		t.add("pud_alloc", MM_H, "pud_alloc: if the pgd entry is none, calls the interpreted __pud_alloc; then"
				+ " the pud entry of the address, or NULL when that failed. Leaves out nothing",
				(run, a) -> allocLevel(run, a, "__pud_alloc", Level.PUD));
		t.add("pmd_alloc", MM_H, "pmd_alloc: if the pud entry is none, calls the interpreted __pmd_alloc; then"
				+ " the pmd entry of the address, or NULL when that failed. Leaves out nothing",
				(run, a) -> allocLevel(run, a, "__pmd_alloc", Level.PMD));
		t.add("pte_alloc", MM_H, "the pte_alloc macro (4.6 on): reads *pmd without a lock and, if none, calls the"
				+ " interpreted __pte_alloc with the same arguments ((mm, pmd, address) up to 4.19, (mm, pmd) after);"
				+ " true only if that failed. Does not map the pte table. Leaves out nothing", (run, a) -> {
					long pmd = entryAt(a[1]);
					if (pmd != 0)
						return ZERO;
					return Values.truth(run.callBack("__pte_alloc", a)) ? ONE : ZERO;
				});
		t.addReclaiming("pud_alloc_one", PGALLOC_H, "pud_alloc_one: a zeroed pud table, not yet linked"
				+ " (GFP_KERNEL: may enter reclaim); NULL if the scenario makes it fail. Leaves out nothing",
				(run, a) -> newTable(run, "pud_alloc_one", Level.PUD));
		t.addReclaiming("pmd_alloc_one", PGALLOC_H, "pmd_alloc_one: a zeroed pmd table with its split lock, not"
				+ " yet linked (GFP_KERNEL: may enter reclaim); NULL if the scenario makes it fail. Leaves out"
				+ " nothing", (run, a) -> newTable(run, "pmd_alloc_one", Level.PMD));
		t.addReclaiming("pte_alloc_one", "arch/x86/mm/pgtable.c", "pte_alloc_one: a zeroed pte table (pgtable_t)"
				+ " with its split lock, not yet linked (GFP_KERNEL: may enter reclaim); NULL if the scenario makes"
				+ " it fail. Leaves out highmem pte tables", (run, a) -> newTable(run, "pte_alloc_one", Level.PTE));
		t.add("pud_free", PGALLOC_H, "frees a pud table that lost the race to be linked. Leaves out the freeing"
				+ " itself (only traced)", PageTablePrimitives::free);
		t.add("pmd_free", PGALLOC_H, "frees a pmd table that lost the race to be linked. Leaves out the freeing"
				+ " itself (only traced)", PageTablePrimitives::free);
		t.add("pte_free", PGALLOC_H, "frees a pte table that lost the race to be linked. Leaves out the freeing"
				+ " itself (only traced)", PageTablePrimitives::free);
		t.add("pgd_present", PGTABLE_H, "PRESENT set: the entry points to a pud table. Leaves out nothing",
				(run, a) -> Args.bool(present(a[0])));
		t.add("pud_present", PGTABLE_H, "PRESENT set: the entry points to a pmd table. Leaves out nothing",
				(run, a) -> Args.bool(present(a[0])));
		t.add("pgd_none", PGTABLE_H, "the pgd value is 0. Leaves out nothing",
				(run, a) -> Args.bool(Args.entry(a[0]) == 0));
		t.add("pud_none", PGTABLE_H, "the pud value is 0. Leaves out nothing",
				(run, a) -> Args.bool(Args.entry(a[0]) == 0));
		t.add("pgd_populate", PGALLOC_H, "links a new pud table into a pgd entry; reports a store without"
				+ " mm->page_table_lock (which __pud_alloc takes) or over a populated entry. Leaves out paravirt",
				(run, a) -> populate(run, a[1], a[2], "pgd_populate", false));
		t.add("pud_populate", PGALLOC_H, "links a new pmd table into a pud entry; reports a store without"
				+ " mm->page_table_lock (which __pmd_alloc takes) or over a populated entry. Leaves out paravirt",
				(run, a) -> populate(run, a[1], a[2], "pud_populate", false));
		t.add("pmd_populate", PGALLOC_H, "links a new pte table into a pmd entry; reports a store without the pmd"
				+ " lock (pmd_lock: the pmd table's split lock or mm->page_table_lock) or over a populated entry."
				+ " Leaves out paravirt", (run, a) -> populate(run, a[1], a[2], "pmd_populate", true));
		t.add("mm_inc_nr_pmds", MM_H, "counts a pmd table in the mm. Leaves out nothing", (run, a) -> {
			run.machine.nrPmds++;
			return null;
		});
		t.add("pmd_lock", MM_H, "pmd_lock: takes and returns the pmd table's split lock (USE_SPLIT_PMD_PTLOCKS,"
				+ " as x86-64 builds it). Leaves out nothing", (run, a) -> {
					Object lock = slot(a[1], "pmd_lock").table();
					Locks.spinLock(run, lock);
					return lock;
				});
		t.add("pmd_lockptr", MM_H, "the pmd table's split lock, not taken. Leaves out nothing",
				(run, a) -> slot(a[1], "pmd_lockptr").table());
		t.add("pte_lockptr", MM_H, "the split lock of the pte table under *pmd, not taken; a pmd without a table"
				+ " is reported. Leaves out nothing", (run, a) -> pteTable(run, a[1], "pte_lockptr"));
		t.add("pte_offset_map", "arch/x86/include/asm/pgtable_64.h", "the pte of the address in the table under"
				+ " *pmd; counts a mapping that pte_unmap must end (x86-64 has no highmem, but the pairing is the"
				+ " kernel's rule); a pmd without a table is reported. Leaves out nothing: the RCU read section of 6.5"
				+ " on is __pte_offset_map's, which that version's pte_offset_map is interpreted over",
				(run, a) -> map(run, a[0], num(a[1]), "pte_offset_map"));
		t.add("pte_unmap", "arch/x86/include/asm/pgtable_64.h", "ends one pte_offset_map, and the RCU read section"
				+ " a 6.5-on __pte_offset_map entered for it (pte_unmap's rcu_read_unlock); one too many is reported."
				+ " Leaves out nothing", (run, a) -> {
					unmap(run, a[0]);
					return null;
				});
		t.add("pte_offset_map_lock", MM_H, "the statement-expression macro: pte_lockptr, pte_offset_map and"
				+ " spin_lock; stores the lock through the 4th argument. Leaves out nothing", (run, a) -> {
					Object lock = pteTable(run, a[1], "pte_offset_map_lock");
					Object pte = map(run, a[1], num(a[2]), "pte_offset_map_lock");
					Locks.spinLock(run, lock);
					Args.storeThrough(a[3], lock, "pte_offset_map_lock");
					return pte;
				});
		t.add("pte_unmap_unlock", MM_H, "spin_unlock(ptl) then pte_unmap(pte), with its RCU read section where"
				+ " the mapping entered one; a ptl that is not the pte table's lock is reported. Leaves out nothing",
				(run, a) -> {
					if (a[0] instanceof Pointer.TableEntry pte && a[1] != pte.table())
						run.finding(FindingKind.LOCK_MISUSE, "pte_unmap_unlock with " + a[1]
								+ ", not the lock of the pte's table " + pte.table());
					Locks.spinUnlock(run, a[1]);
					unmap(run, a[0]);
					return null;
				});
		t.add("set_pte_at", PGTABLE_H, "stores a pte; a store without the pte table's lock is reported. Leaves"
				+ " out paravirt", (run, a) -> {
					store(run, slot(a[2], "set_pte_at"), Args.entry(a[3]), "set_pte_at");
					return null;
				});
		t.alias("set_pte_at_notify", "set_pte_at");
		t.add("ptep_set_access_flags", "arch/x86/mm/pgtable.c", "ptep_set_access_flags: whether the new value"
				+ " differs from *ptep; stores it only when it does and the 5th argument (dirty: a write fault)"
				+ " is set, as x86 leaves a read fault's accessed bit to the hardware. Leaves out the pte_update"
				+ " paravirt hook", (run, a) -> {
					Pointer.TableEntry p = slot(a[2], "ptep_set_access_flags");
					long now = Args.entry(a[3]);
					if (p.table().get(p.index()) == now)
						return ZERO;
					if (Values.truth(a[4]))
						store(run, p, now, "ptep_set_access_flags");
					return ONE;
				});
		t.add("ptep_clear_flush", PGTABLE_H, "clears a pte under its lock and flushes its TLB entry; returns the"
				+ " old value. Leaves out the TLB, which the model has not", (run, a) -> {
					Pointer.TableEntry p = slot(a[2], "ptep_clear_flush");
					long old = p.table().get(p.index());
					store(run, p, 0, "ptep_clear_flush");
					return new Entry(old);
				});
		t.alias("ptep_clear_flush_notify", "ptep_clear_flush");
		t.add("update_mmu_cache", PGTABLE_H, "architecture hook after a pte store: empty on x86. Leaves out"
				+ " nothing", (run, a) -> null);
		t.add("flush_tlb_fix_spurious_fault", PGTABLE_H, "hook for a spurious write fault: empty on x86. Leaves"
				+ " out nothing", (run, a) -> null);
		t.add("atomic_long_inc", "include/asm-generic/atomic-long.h", "increments an atomic_long_t (mm->nr_ptes"
				+ " on the fault path, which the machine counts too). Leaves out atomicity, which one thread needs"
				+ " not", (run, a) -> {
					if (a[0] instanceof Obj o) {
						o.set("counter", Values.box(num(o.get("counter")) + 1));
						if (o == run.machine.mm.get("nr_ptes"))
							run.machine.nrPtes++;
					} else if (a[0] instanceof Pointer p)
						p.store(Values.box(num(p.load()) + 1));
					return null;
				});
		t.reviewedAgainst("v6.12.19");
		t.add("pte_offset_map_nolock", "mm/pgtable-generic.c", "6.5 on: maps the pte of the address if *pmd is"
				+ " a pte table and stores that table's lock, not taken, through the 4th argument; NULL when the"
				+ " pmd is none or huge (the caller retries the fault). Leaves out the RCU read section the mapping"
				+ " holds and pmd_bad's clearing", (run, a) -> {
					long pmd = entryAt(a[1]);
					if (pmd == 0 || Bits.huge(pmd) || (pmd & Bits.PRESENT) == 0)
						return null;
					Object lock = pteTable(run, a[1], "pte_offset_map_nolock");
					Args.storeThrough(a[3], lock, "pte_offset_map_nolock");
					return map(run, a[1], num(a[2]), "pte_offset_map_nolock");
				});
		t.add("set_pte", PGTABLE_H, "6.x set_ptes' store of one pte (x86 native_set_pte); a store without the"
				+ " pte table's lock is reported. Leaves out paravirt", (run, a) -> {
					store(run, slot(a[0], "set_pte"), Args.entry(a[1]), "set_pte");
					return null;
				});
		t.add("arch_enter_lazy_mmu_mode", PGTABLE_H, "paravirt batching of pte updates: nothing on native x86."
				+ " Leaves out paravirt", (run, a) -> null);
		t.add("arch_leave_lazy_mmu_mode", PGTABLE_H, "ends the batching: nothing on native x86. Leaves out"
				+ " paravirt", (run, a) -> null);
		t.reviewedAgainst("v4.6.2");
	}

	static long entryAt(Object pointer) {
		return Args.entry(slot(pointer, "entry").load());
	}

	private static boolean present(Object entry) {
		long e = Args.entry(entry);
		return (e & Bits.PRESENT) != 0;
	}

	private static Object allocLevel(Run run, Object[] a, String allocator, Level level) {
		Pointer.TableEntry upper = slot(a[1], allocator);
		if (upper.table().get(upper.index()) == 0 && Values.truth(run.callBack(allocator, a[0], a[1], a[2])))
			return null;
		PageTable t = run.machine.tableOf(upper.table().get(upper.index()));
		if (t == null)
			throw new org.faultline.exec.internal.interp.InterpreterError(allocator + " left "
					+ upper + " without a table");
		return new Pointer.TableEntry(t, level.index(num(a[2])));
	}

	private static Object newTable(Run run, String who, Level level) {
		if (run.allocationFails(who)) {
			run.event(TraceEventKind.ALLOC, who + " failed (scenario)");
			return null;
		}
		run.allocatePages(1);
		PageTable t = run.machine.newTable(level, false);
		run.event(TraceEventKind.ALLOC, who + " -> " + t);
		return new Pointer.TableEntry(t, 0);
	}

	private static Object free(Run run, Object[] a) {
		run.event(TraceEventKind.NOTE, "free " + slot(a[1], "free").table());
		return null;
	}

	private static Object populate(Run run, Object entry, Object table, String who, boolean pmdLock) {
		Pointer.TableEntry at = slot(entry, who);
		PageTable lower = slot(table, who).table();
		Machine m = run.machine;
		boolean locked = pmdLock ? m.spinLocks.containsKey(at.table()) || m.spinLocks.containsKey(m.mm.get("page_table_lock"))
				: m.spinLocks.containsKey(m.mm.get("page_table_lock"));
		if (!locked)
			run.finding(FindingKind.PTE_WRITE_WITHOUT_PTL, who + " stores " + at + " without its lock");
		if (at.table().get(at.index()) != 0)
			run.finding(FindingKind.LOCK_MISUSE, who + " overwrites a populated entry " + at);
		at.table().set(at.index(), Bits.make(lower.pfn(), Bits.TABLE));
		run.event(TraceEventKind.PTE_WRITE, at + " = table " + lower);
		return null;
	}

	/** The pte table under a pmd entry; a pmd with none is reported and gets an unallocated stand-in. */
	static PageTable pteTable(Run run, Object pmdPointer, String who) {
		Pointer.TableEntry pmd = slot(pmdPointer, who);
		long e = pmd.table().get(pmd.index());
		if (e != 0 && !Bits.huge(e) && (e & Bits.PRESENT) != 0)
			return run.machine.tableOf(e);
		run.finding(FindingKind.PTE_MAPPED_WITHOUT_TABLE, who + " on pmd " + pmd + " that is "
				+ (e == 0 ? "none" : Bits.describe(e)) + ": the pte is not in any page table of the mm");
		return run.machine.phantoms.computeIfAbsent(pmd, k -> run.machine.newTable(Level.PTE, true));
	}

	static Object map(Run run, Object pmd, long address, String who) {
		return map(run, pmd, address, who, false);
	}

	/** A mapping of the pte of the address; under an RCU read section it enters, when {@code rcu}. */
	static Object map(Run run, Object pmd, long address, String who, boolean rcu) {
		PageTable t = pteTable(run, pmd, who);
		if (rcu) {
			run.machine.rcuDepth++;
			run.event(TraceEventKind.LOCK, "rcu");
		}
		run.machine.kmaps.add(new PteMap(Locks.where(run), rcu));
		run.event(TraceEventKind.MAP, t + "[" + Level.PTE.index(address) + "]");
		return new Pointer.TableEntry(t, Level.PTE.index(address));
	}

	private static void unmap(Run run, Object pte) {
		if (run.machine.kmaps.isEmpty())
			run.finding(FindingKind.PTE_MAP_UNBALANCED, "pte_unmap(" + Values.describe(pte) + ") with no pte mapped");
		else if (run.machine.kmaps.remove(run.machine.kmaps.size() - 1).rcu()) {
			run.machine.rcuDepth--;
			run.event(TraceEventKind.UNLOCK, "rcu");
		}
		run.event(TraceEventKind.UNMAP, Values.describe(pte));
	}

	private static void store(Run run, Pointer.TableEntry p, long value, String who) {
		if (!run.machine.spinLocks.containsKey(p.table()))
			run.finding(FindingKind.PTE_WRITE_WITHOUT_PTL, who + " stores " + p + " without holding its ptl");
		long old = p.table().get(p.index());
		p.table().set(p.index(), value);
		run.event(TraceEventKind.PTE_WRITE, p + ": " + Bits.describe(old) + " -> " + Bits.describe(value)
				+ (p.table().phantom() ? " (lost: not a table of the mm)" : ""));
	}
}
