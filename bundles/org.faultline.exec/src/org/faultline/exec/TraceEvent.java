package org.faultline.exec;

import org.faultline.model.exec.TraceEventKind;

/**
 * One event of a run: a call or return, a lock or unlock, a pte map or unmap, an allocation, a page-table
 * store, or a primitive's notable action. {@code depth} is the call depth; {@code file:line} is the version's
 * source line of the statement that caused it.
 */
public record TraceEvent(TraceEventKind kind, int depth, String what, String file, int line) {

	@Override
	public String toString() {
		return "  ".repeat(depth) + kind.name().toLowerCase() + " " + what + "  (" + file + ":" + line + ")";
	}
}
