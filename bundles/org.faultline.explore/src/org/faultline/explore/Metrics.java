package org.faultline.explore;

/**
 * What a run (one fault or a workload's sequence) cost a version, counted while it ran: faults taken, calls
 * of the vma's ->fault and ->map_pages, ptes set, page locks and page-table spinlocks taken, page tables
 * allocated, and calls that may enter reclaim while a page lock or i_mmap_rwsem is held.
 */
public record Metrics(int faults, int faultCalls, int mapPagesCalls, int pagesMapped, int pageLocks,
		int pageTableAllocations, int ptlAcquisitions, int reclaimUnderLock) {

	public String text() {
		return faults + " fault(s), " + faultCalls + " ->fault, " + mapPagesCalls + " ->map_pages, " + pagesMapped
				+ " pte(s) set, " + pageLocks + " page lock(s), " + pageTableAllocations + " page table(s) allocated, "
				+ ptlAcquisitions + " ptl acquisition(s), " + reclaimUnderLock + " allocation(s) that may reclaim under a lock";
	}
}
