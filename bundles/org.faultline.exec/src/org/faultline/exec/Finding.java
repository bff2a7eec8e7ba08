package org.faultline.exec;

/**
 * Something an invariant check saw while the fault path ran, with where: the function and the version's
 * file:line of the statement that was running.
 */
public record Finding(Kind kind, String message, String function, String file, int line) {

	public enum Kind {
		/** pte_offset_map without its pte_unmap, or an unmap without a map. */
		PTE_MAP_UNBALANCED("pte map unbalanced"),
		/** A page-table spinlock still held when the fault returned, or released when not held. */
		PTL_HELD_AT_EXIT("page-table lock held at exit"),
		LOCK_MISUSE("lock misuse"),
		/** A page lock taken by the fault and never released. */
		PAGE_LOCK_LEAKED("page lock leaked"),
		/** A page's reference count does not match its holders at the end (leak or extra put). */
		PAGE_REF_LEAKED("page reference unbalanced"),
		/** A pte stored without the lock of its table. */
		PTE_WRITE_WITHOUT_PTL("pte written without its ptl"),
		/** pte_offset_map(_lock) on a pmd that has no pte table. */
		PTE_MAPPED_WITHOUT_TABLE("pte mapped without a page table"),
		/** An allocation that may enter reclaim while a page lock or i_mmap_rwsem is held. */
		ALLOCATION_UNDER_LOCK("allocation under page lock or i_mmap_rwsem"),
		/** A sleeping call while a spinlock or the RCU read lock is held. */
		SLEEP_IN_ATOMIC("sleep while atomic"),
		/** Success returned, but the entry that faulted is as it was: the fault would recur forever. */
		REFAULT("fault returns success without resolving it"),
		/** The fault returned holding a lock it should have released (i_mmap_rwsem, sb freeze, RCU). */
		LOCK_HELD_AT_EXIT("lock held at exit"),
		/** mmap_sem released without VM_FAULT_RETRY, or VM_FAULT_RETRY with it still held. */
		MMAP_SEM_PROTOCOL("mmap_sem protocol"),
		/** A memcg charge neither committed nor cancelled. */
		CHARGE_LEAKED("memcg charge leaked"),
		/** VM_BUG_ON_PAGE fired. */
		VM_BUG("VM_BUG_ON"),
		/** The code did something the model cannot continue from (NULL dereference, bad pointer). */
		CRASH("crash"),
		/** A call to a function that is neither interpreted nor a known primitive. */
		UNKNOWN_EXTERNAL("unknown external"),
		/** The run took more steps than its budget: a loop that does not end. */
		STEP_BUDGET("step budget exceeded");

		private final String title;

		Kind(String title) {
			this.title = title;
		}

		public String title() {
			return title;
		}
	}

	@Override
	public String toString() {
		return kind.title() + ": " + message + " [" + function + " " + file + ":" + line + "]";
	}
}
