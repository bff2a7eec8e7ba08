package org.faultline.exec.internal;

import org.faultline.model.exec.TraceEventKind;

import org.faultline.exec.Scenario;
import org.faultline.exec.VmFault;
import org.faultline.exec.internal.interp.Obj;
import org.faultline.exec.internal.interp.Primitive;
import org.faultline.exec.internal.interp.Values;
import org.faultline.exec.internal.machine.Bits;
import org.faultline.exec.internal.machine.Mapping;
import org.faultline.exec.internal.machine.Page;
import org.faultline.exec.internal.machine.PageTable;
import org.faultline.exec.internal.machine.PageTable.Level;
import org.faultline.exec.internal.prim.Linux46;
import org.faultline.exec.internal.prim.Locks;

/**
 * Modelled operations of vmas and files that are not interpreted C: the ->fault behaviours a scenario can
 * choose (DAX-like, a driver returning a page, retry, errors), ->readpage and a falling-back ->pmd_fault.
 */
final class Behaviours {

	private Behaviours() {
	}

	static Primitive fault(Scenario.Ops ops) {
		return switch (ops.fault()) {
		case DAX_COW -> new Primitive("dax_fault", "fs/dax.c (model)", "COW fault: fills vmf->cow_page and returns"
				+ " no page, holding i_mmap_rwsem if the scenario says so; other faults insert the pfn themselves"
				+ " and return VM_FAULT_NOPAGE", false, (run, a) -> {
					Obj vma = (Obj) a[0];
					Obj vmf = (Obj) a[1];
					if (vmf.get("cow_page") instanceof Page cow) {
						cow.uptodate = true;
						run.event(TraceEventKind.NOTE, "->fault fills " + cow.label() + " from the DAX block");
						if (ops.faultTakesImmap()) {
							mapping(vma).immapReaders++;
							run.event(TraceEventKind.LOCK, "i_mmap_rwsem (read), held on return");
						}
						vmf.set("page", null);
						return Values.box(ops.faultResult());
					}
					insertPfn(run, vma, Values.asLong(vmf.get("virtual_address")));
					return Values.box(VmFault.NOPAGE);
				});
		case PAGE -> new Primitive("driver_fault", "(model)", "returns the cached page at vmf->pgoff, locked, with"
				+ " a reference: VM_FAULT_LOCKED; SIGBUS if there is none", false, (run, a) -> {
					Obj vmf = (Obj) a[1];
					if (!(mapping((Obj) a[0]).lookup(Values.asLong(vmf.get("pgoff"))) instanceof Page p))
						return Values.box(VmFault.SIGBUS);
					p.refcount++;
					Locks.lockPage(run, p);
					vmf.set("page", p);
					return Values.box(VmFault.LOCKED | ops.faultResult());
				});
		case RETRY -> new Primitive("retry_fault", "(model)", "waits for something with mmap_sem released:"
				+ " VM_FAULT_RETRY", false, (run, a) -> {
					if ((Values.asLong(((Obj) a[1]).get("flags")) & Linux46.FAULT_FLAG_ALLOW_RETRY) != 0) {
						run.machine.mmapSem = false;
						run.event(TraceEventKind.UNLOCK, "mmap_sem (->fault waits)");
					}
					return Values.box(VmFault.RETRY);
				});
		case ERROR -> new Primitive("error_fault", "(model)", "returns the scenario's VM_FAULT error", false,
				(run, a) -> Values.box(ops.faultResult()));
		case NOPAGE -> new Primitive("nopage_fault", "(model)", "returns VM_FAULT_NOPAGE and installs nothing",
				false, (run, a) -> Values.box(VmFault.NOPAGE));
		case FILEMAP, NONE -> throw new IllegalArgumentException(ops.fault() + " is not a modelled behaviour");
		};
	}

	static Primitive readpage() {
		return new Primitive("readpage", "fs (model)", "reads the locked page: it becomes uptodate and the lock is"
				+ " released when the I/O ends, which the model makes immediate; 0", false, (run, a) -> {
					Page p = (Page) a[1];
					p.uptodate = true;
					Locks.unlockPage(run, p);
					return Values.box(0);
				});
	}

	static Primitive pmdFallback() {
		return new Primitive("pmd_fault", "(model)", "a ->pmd_fault that declines: VM_FAULT_FALLBACK", false,
				(run, a) -> Values.box(VmFault.FALLBACK));
	}

	private static Mapping mapping(Obj vma) {
		return (Mapping) ((Obj) vma.get("vm_file")).get("f_mapping");
	}

	/** What vm_insert_mixed does for DAX: a special pfn pte under the pte lock, a pte table allocated if needed. */
	private static void insertPfn(org.faultline.exec.internal.interp.Run run, Obj vma, long address) {
		var m = run.machine;
		long[] path = m.walk(address);
		PageTable pmdTable = m.tableOf(path[Level.PUD.ordinal()]);
		int i = Level.PMD.index(address);
		if (pmdTable.get(i) == 0) {
			PageTable fresh = m.newTable(Level.PTE, false);
			pmdTable.set(i, Bits.make(fresh.pfn(), Bits.TABLE));
		}
		PageTable pte = m.tableOf(pmdTable.get(i));
		Locks.spinLock(run, pte);
		int k = Level.PTE.index(address);
		if (pte.get(k) == 0)
			pte.set(k, Bits.make(0x80000 + (address >>> 12 & 0xffff), Bits.PRESENT | Bits.USER | Bits.ACCESSED
					| Bits.SPECIAL));
		Locks.spinUnlock(run, pte);
	}
}
