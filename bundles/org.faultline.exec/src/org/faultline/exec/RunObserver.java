package org.faultline.exec;

import org.faultline.model.exec.TraceEventKind;

/**
 * Told what a run does while it does it, without the cost of a trace: every call, every event the trace would
 * record, every allocation a scenario could make fail and every call that may sleep. The explorer uses it to
 * find where to inject races and allocation failures, and to count what a workload costs. Methods are called
 * on the thread that runs the fault.
 */
public interface RunObserver {

	/** Which of the vma's operations a call runs as, if any. */
	enum Op {
		NONE, FAULT, MAP_PAGES, PAGE_MKWRITE
	}

	/** A function, interpreted or primitive, is about to be called (a race injected "before" it runs first). */
	default void call(String function, Op op) {
	}

	/** A lock, unlock, map, allocation or store, as the trace would record it. */
	default void event(TraceEventKind kind, String what) {
	}

	/** {@code primitive} tries an allocation that a scenario's {@code fail} can make fail. */
	default void allocation(String primitive) {
	}

	/** {@code what} may sleep (and may enter reclaim if {@code reclaim}). */
	default void sleep(String what, boolean reclaim) {
	}
}
