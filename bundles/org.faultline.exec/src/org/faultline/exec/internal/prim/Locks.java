package org.faultline.exec.internal.prim;

import org.faultline.model.exec.FindingKind;
import org.faultline.model.exec.TraceEventKind;

import org.faultline.exec.internal.interp.Run;
import org.faultline.exec.internal.machine.Page;

/** Lock state changes with their checks: double acquisition, release of what is not held. */
public final class Locks {

	private Locks() {
	}

	public static void spinLock(Run run, Object lock) {
		if (lock == null) {
			run.finding(FindingKind.CRASH, "spin_lock(NULL)");
			return;
		}
		if (run.machine.spinLocks.containsKey(lock))
			run.finding(FindingKind.LOCK_MISUSE, "spinlock " + lock + " taken twice: self-deadlock");
		run.machine.spinLocks.put(lock, where(run));
		run.event(TraceEventKind.LOCK, "spin " + lock);
	}

	public static void spinUnlock(Run run, Object lock) {
		if (run.machine.spinLocks.remove(lock) == null)
			run.finding(FindingKind.LOCK_MISUSE, "spin_unlock of " + lock + ", which is not held");
		run.event(TraceEventKind.UNLOCK, "spin " + lock);
	}

	public static void lockPage(Run run, Page page) {
		run.checkMaySleep("lock_page", false);
		if (page.locked && !page.lockedByOther)
			run.finding(FindingKind.LOCK_MISUSE, "lock_page(" + page.label() + ") while this fault holds it: deadlock");
		// A holder outside the fault releases it eventually; the fault then takes it.
		page.locked = true;
		page.lockedByOther = false;
		run.event(TraceEventKind.LOCK, "page " + page.label());
	}

	public static void unlockPage(Run run, Page page) {
		if (!page.locked)
			run.finding(FindingKind.LOCK_MISUSE, "unlock_page(" + page.label() + ") of a page that is not locked");
		page.locked = false;
		page.lockedByOther = false;
		run.event(TraceEventKind.UNLOCK, "page " + page.label());
	}

	/**
	 * @return the function and line that took something, for a finding; where a header's inline helper took it
	 *         (6.x's pte_offset_map_lock wraps __pte_offset_map_lock in mm.h), the function of a .c file that
	 *         called the helper first, since that is the line a reviewer reads
	 */
	public static String where(Run run) {
		var f = run.current();
		if (f == null)
			return "-";
		String here = f.function.name() + ":" + f.line;
		if (!f.function.file().endsWith(".h"))
			return here;
		for (var caller = f.caller; caller != null; caller = caller.caller)
			if (!caller.function.file().endsWith(".h"))
				return caller.function.name() + ":" + caller.line + " via " + here;
		return here;
	}
}
