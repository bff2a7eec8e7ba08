package org.faultline.exec.internal.prim;

import static org.faultline.exec.internal.prim.Args.ONE;
import static org.faultline.exec.internal.prim.Args.ZERO;
import static org.faultline.exec.internal.prim.Args.num;
import static org.faultline.exec.internal.prim.Args.page;

import org.faultline.exec.internal.interp.PrimitiveTable;
import org.faultline.exec.internal.machine.Page;
import org.faultline.model.exec.FindingKind;
import org.faultline.model.exec.TraceEventKind;

/**
 * Sleeping on a folio bit in 5.16 on, and the wake function a wait-queue entry names. The machine runs one
 * task: the wait ends when the holder outside the fault lets the bit go, which the kernel's C cannot show (it
 * loops on {@code io_schedule()} until another task's {@code folio_wake_bit} marks its entry woken). So the
 * sleep is a stop ({@link org.faultline.exec.ExecutableVersion#DEFAULT_STOPS}), as 4.6's
 * {@code wait_on_page_bit} and {@code __lock_page} are, and the {@code __folio_lock*} and
 * {@code folio_wait_*} callers above it are interpreted.
 */
final class WaitPrimitives {

	private static final String FILEMAP = "mm/filemap.c";
	/** enum pageflags of include/linux/page-flags.h: the bit lock, the one bit the model's pages are held by. */
	private static final long PG_LOCKED = 0;
	/** enum behavior of mm/filemap.c: take the bit when woken, only wait for it, or drop the reference first. */
	private static final long EXCLUSIVE = 0, DROP = 2;

	private WaitPrimitives() {
	}

	static void register(PrimitiveTable t) {
		t.add("folio_wait_bit_common", FILEMAP, "folio_wait_bit_common(folio, bit_nr, state, behavior): sleeps until"
				+ " PG_locked is clear, the holder outside the fault having let it go; EXCLUSIVE then holds it (the"
				+ " waker hands the lock over, WQ_FLAG_DONE), SHARED only waited, DROP put the folio's reference"
				+ " before sleeping; 0. Waiting for a lock this fault holds is reported (deadlock). Leaves out"
				+ " signals (-EINTR for a killable or interruptible sleep: no signal is pending in the model), the"
				+ " hashed wait queue and PG_waiters, the unfairness count, thrashing accounting (no workingset"
				+ " folios), and the other bits (PG_writeback: no folio is under writeback in the model, so those"
				+ " waits end at once)", (run, a) -> {
					Page p = page(a[0], "folio_wait_bit_common");
					if (num(a[1]) != PG_LOCKED)
						return ZERO;
					run.checkMaySleep("folio_wait_bit_common", false);
					long behavior = num(a[3]);
					if (behavior == DROP)
						PagePrimitives.put(run, p);
					if (p.locked && !p.lockedByOther) {
						run.finding(FindingKind.LOCK_MISUSE, "folio_wait_bit_common(" + p.label()
								+ ", PG_locked) while this fault holds the lock: deadlock");
						return ZERO;
					}
					p.locked = behavior == EXCLUSIVE;
					p.lockedByOther = false;
					run.event(behavior == EXCLUSIVE ? TraceEventKind.LOCK : TraceEventKind.NOTE,
							"page " + p.label() + (behavior == EXCLUSIVE ? "" : " unlocked by its holder"));
					return ZERO;
				});
		t.add("default_wake_function", "kernel/sched/core.c", "default_wake_function(entry, mode, flags, key): wakes"
				+ " the task the entry names (try_to_wake_up); 1. No task of the model sleeps on a queue another"
				+ " wakes, so only its address is taken (DECLARE_WAITQUEUE, init_waitqueue_entry). Leaves out the"
				+ " scheduler", (run, a) -> ONE);
	}
}
