package org.faultline.exec;

import org.faultline.model.exec.FindingKind;

/**
 * Something an invariant check saw while the fault path ran, with where: the function and the version's
 * file:line of the statement that was running. The kinds are the review model's ({@link FindingKind}), so
 * a finding is stored and shown under the name the engine gives it.
 */
public record Finding(FindingKind kind, String message, String function, String file, int line) {

	/** What a reviewer reads for a kind of finding. */
	public static String title(FindingKind kind) {
		return switch (kind) {
		case PTE_MAP_UNBALANCED -> "pte map unbalanced";
		case PTL_HELD_AT_EXIT -> "page-table lock held at exit";
		case LOCK_MISUSE -> "lock misuse";
		case PAGE_LOCK_LEAKED -> "page lock leaked";
		case PAGE_REF_LEAKED -> "page reference unbalanced";
		case PTE_WRITE_WITHOUT_PTL -> "pte written without its ptl";
		case PTE_MAPPED_WITHOUT_TABLE -> "pte mapped without a page table";
		case ALLOCATION_UNDER_LOCK -> "allocation under page lock or i_mmap_rwsem";
		case SLEEP_IN_ATOMIC -> "sleep while atomic";
		case REFAULT -> "fault returns success without resolving it";
		case LOCK_HELD_AT_EXIT -> "lock held at exit";
		case MMAP_SEM_PROTOCOL -> "mmap_sem protocol";
		case CHARGE_LEAKED -> "memcg charge leaked";
		case VM_BUG -> "VM_BUG_ON";
		case CRASH -> "crash";
		case STEP_BUDGET -> "run bounds exceeded";
		};
	}

	public String title() {
		return title(kind);
	}

	@Override
	public String toString() {
		return title() + ": " + message + " [" + function + " " + file + ":" + line + "]";
	}
}
