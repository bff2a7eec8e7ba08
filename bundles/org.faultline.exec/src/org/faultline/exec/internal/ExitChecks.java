package org.faultline.exec.internal;

import org.faultline.model.exec.FindingKind;

import org.faultline.exec.VmFault;
import org.faultline.exec.internal.interp.Obj;
import org.faultline.exec.internal.interp.Run;
import org.faultline.exec.internal.interp.Values;
import org.faultline.exec.internal.machine.Machine;
import org.faultline.exec.internal.machine.Mapping;
import org.faultline.exec.internal.machine.Page;
import org.faultline.exec.internal.prim.Linux46;

/**
 * The invariants checked when the fault returns: everything mapped is unmapped, every lock the fault took is
 * released (mmap_sem only with VM_FAULT_RETRY), every page reference and charge has its holder, and a
 * successful fault changed the entry that faulted.
 */
final class ExitChecks {

	/** What the file's page cache holds at the fault's index; null for an anonymous fault. */
	static Object cached(Run run) {
		if (!(run.vma.get("vm_file") instanceof Obj file && file.get("f_mapping") instanceof Mapping mapping))
			return null;
		long start = Values.asLong(run.vma.get("vm_start"));
		long pgoff = run.vma.get("vm_pgoff") == null ? 0 : Values.asLong(run.vma.get("vm_pgoff"));
		return mapping.lookup(pgoff + (run.address - start >>> 12));
	}

	private ExitChecks() {
	}

	static void check(Run run, long outcome, long[] walkBefore, Object cachedBefore) {
		Machine m = run.machine;
		if (!m.kmaps.isEmpty())
			run.finding(FindingKind.PTE_MAP_UNBALANCED, m.kmaps.size() + " pte_offset_map(s) not unmapped, from "
					+ m.kmaps);
		if (!m.spinLocks.isEmpty())
			run.finding(FindingKind.PTL_HELD_AT_EXIT, "returns holding " + m.spinLocks);
		for (Page p : m.pages.values()) {
			if (p.locked && !p.lockedByOther)
				run.finding(FindingKind.PAGE_LOCK_LEAKED, "returns with " + p.label() + " locked");
			if (!p.freed && p != m.zeroPage && p.refcount != p.outsideRefs + p.mapcount)
				run.finding(FindingKind.PAGE_REF_LEAKED, p.label() + " has " + p.refcount + " reference(s) but "
						+ (p.outsideRefs + p.mapcount) + " holder(s): " + p.outsideRefs + " outside the fault, "
						+ p.mapcount + " pte(s)");
			if ("pending".equals(p.charge))
				run.finding(FindingKind.CHARGE_LEAKED, p.label() + " charged but never committed or cancelled");
		}
		if (m.rcuDepth != 0)
			run.finding(FindingKind.LOCK_HELD_AT_EXIT, "returns inside an RCU read section");
		if (m.swapDeviceRefs != 0)
			run.finding(FindingKind.LOCK_HELD_AT_EXIT, "returns holding its swap device (get_swap_device without"
					+ " put_swap_device): swapoff waits forever");
		if (m.sbFreezeDepth != 0)
			run.finding(FindingKind.LOCK_HELD_AT_EXIT, "returns holding sb freeze protection");
		if (m.kmapAtomic != 0)
			run.finding(FindingKind.LOCK_HELD_AT_EXIT, "returns with a kmap_atomic");
		if (run.vma.get("vm_file") instanceof Obj file && file.get("f_mapping") instanceof Mapping mapping
				&& mapping.immapReaders > 0)
			run.finding(FindingKind.LOCK_HELD_AT_EXIT, "returns holding i_mmap_rwsem");
		boolean retry = (outcome & VmFault.RETRY) != 0;
		// 5.17 on: VM_FAULT_COMPLETED says the fault was handled with mmap_lock released
		Long completed = run.program.constant("VM_FAULT_COMPLETED");
		if (!m.mmapSem && !retry && (completed == null || (outcome & completed) == 0))
			run.finding(FindingKind.MMAP_SEM_PROTOCOL, "mmap_sem released but the result has no VM_FAULT_RETRY");
		if (retry && m.mmapSem && (run.flags & Linux46.FAULT_FLAG_RETRY_NOWAIT) == 0
				&& (run.flags & Linux46.FAULT_FLAG_ALLOW_RETRY) != 0)
			run.finding(FindingKind.MMAP_SEM_PROTOCOL, "VM_FAULT_RETRY with mmap_sem still held");
		boolean success = (outcome & (VmFault.ERROR | VmFault.RETRY)) == 0;
		boolean write = (run.flags & Linux46.FAULT_FLAG_WRITE) != 0;
		// a fault that changed what the next one finds (ptes, or the file's page cache at the index, as 6.x's
		// eviction of a clean poisoned page does) makes progress
		if (success && !m.zappedByOther && !m.satisfies(run.address, write)
				&& java.util.Arrays.equals(walkBefore, m.walk(run.address))
				&& cached(run) == cachedBefore)
			run.finding(FindingKind.REFAULT, "returns " + VmFault.decode(outcome, run.program::constant) + " but the "
					+ (write ? "write" : "access") + " at 0x" + Long.toHexString(run.address)
					+ " still faults and its page-table entries are unchanged: it would fault again forever");
	}
}
