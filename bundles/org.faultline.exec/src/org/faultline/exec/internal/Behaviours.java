package org.faultline.exec.internal;

import org.faultline.model.exec.TraceEventKind;

import org.faultline.exec.Scenario;
import org.faultline.exec.VmFault;
import org.faultline.exec.internal.interp.Obj;
import org.faultline.exec.internal.interp.Primitive;
import org.faultline.exec.internal.interp.Run;
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
		case DAX_COW -> new Primitive("dax_fault", "fs/dax.c (model)", "COW fault: fills vmf->cow_page and answers"
				+ " as the version's DAX does: 4.6 returns no page, holding i_mmap_rwsem if the scenario says so;"
				+ " from 4.7 it returns its locked radix-tree entry (VM_FAULT_DAX_LOCKED, vm_fault has an entry);"
				+ " from 4.11 it maps the copy itself through finish_fault (VM_FAULT_DONE_COW). Other faults insert"
				+ " the pfn themselves and return VM_FAULT_NOPAGE", false, (run, a) -> {
					Obj vmf = vmf(a);
					if (vmf.get("cow_page") instanceof Page cow) {
						cow.uptodate = true;
						run.event(TraceEventKind.NOTE, "->fault fills " + cow.label() + " from the DAX block");
						return Values.box(daxCow(run, ops, vma(a), vmf));
					}
					insertPfn(run, vma(a), address(vmf));
					return Values.box(VmFault.NOPAGE);
				});
		case PAGE -> new Primitive("driver_fault", "(model)", "returns the cached page at vmf->pgoff, locked, with"
				+ " a reference: VM_FAULT_LOCKED; SIGBUS if there is none", false, (run, a) -> {
					Obj vmf = vmf(a);
					if (!(mapping(vma(a)).lookup(Values.asLong(vmf.get("pgoff"))) instanceof Page p))
						return Values.box(VmFault.SIGBUS);
					p.refcount++;
					Locks.lockPage(run, p);
					vmf.set("page", p);
					return Values.box(VmFault.LOCKED | ops.faultResult());
				});
		case RETRY -> new Primitive("retry_fault", "(model)", "waits for something with mmap_sem released:"
				+ " VM_FAULT_RETRY", false, (run, a) -> {
					if ((Values.asLong(vmf(a).get("flags")) & Linux46.FAULT_FLAG_ALLOW_RETRY) != 0) {
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

	/** The vm_fault a ->fault gets: its last argument (4.11 on: its only one). */
	private static Obj vmf(Object[] a) {
		return (Obj) a[a.length - 1];
	}

	/** The vma: ->fault's first argument before 4.11, vmf->vma after. */
	private static Obj vma(Object[] a) {
		return (Obj) (a.length > 1 ? a[0] : vmf(a).get("vma"));
	}

	/** The faulting address: vmf->virtual_address where the version's vm_fault has it, else vmf->address. */
	private static long address(Obj vmf) {
		return Values.asLong(vmf.get(vmf.type().has("virtual_address") ? "virtual_address" : "address"));
	}

	/**
	 * A DAX COW fault's answer, in the protocol of the version: the constants its fault path tests say which
	 * protocol that is. A DAX entry stands for the radix-tree entry that dax_unlock_mapping_entry releases.
	 */
	private static long daxCow(Run run, Scenario.Ops ops, Obj vma, Obj vmf) {
		Long doneCow = run.program.constant("VM_FAULT_DONE_COW");
		if (doneCow != null) {
			long ret = Values.asLong(run.callBack("finish_fault", vmf));
			return ret != 0 ? ret : doneCow;
		}
		Long daxLocked = run.program.constant("VM_FAULT_DAX_LOCKED");
		if (daxLocked != null) {
			vmf.set("entry", new Obj(run.program.types().struct("dax_entry")));
			run.event(TraceEventKind.LOCK, "DAX entry of the page (locked), held on return");
			return daxLocked;
		}
		if (ops.faultTakesImmap()) {
			mapping(vma).immapReaders++;
			run.event(TraceEventKind.LOCK, "i_mmap_rwsem (read), held on return");
		}
		vmf.set("page", null);
		return ops.faultResult();
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
	private static void insertPfn(Run run, Obj vma, long address) {
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
