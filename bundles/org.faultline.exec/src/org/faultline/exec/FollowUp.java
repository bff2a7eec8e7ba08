package org.faultline.exec;

/**
 * What happens after a scenario's fault, on the same machine, so that a workload (a sequence of faults) can
 * be run: another fault, another thread's MADV_DONTNEED, or a second process that maps the same file.
 */
public sealed interface FollowUp {

	/**
	 * Another access; it faults only if the MMU would not let it through (a page mapped by an earlier fault,
	 * by fault-around for example, does not fault again).
	 *
	 * @param flags FAULT_FLAG_* bits
	 */
	record Fault(long address, long flags) implements FollowUp {
	}

	/** MADV_DONTNEED over the pte table of the scenario's fault: its ptes are zapped, the table stays. */
	record MadvDontneed() implements FollowUp {
	}

	/**
	 * A second process: faults from now on walk new, empty page tables of their own mm, over the same file
	 * and page cache; the first process's mappings stay.
	 */
	record OtherMm() implements FollowUp {
	}
}
