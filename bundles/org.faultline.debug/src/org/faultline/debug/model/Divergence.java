package org.faultline.debug.model;

import org.faultline.exec.StepSession.Point;

/**
 * Where two versions stepped in lockstep part: a call that only one of them makes. Each side's point is where
 * that side stands: the unmatched call on one side, the last statement it reached on the other (null before
 * any).
 *
 * @param pair       the index of the aligned call pair (see {@code Lockstep#pairs()})
 * @param onlyBefore whether the version before makes the call (else the version after does)
 */
public record Divergence(int pair, boolean onlyBefore, Point before, Point after) {

	/** The label of the version that makes the call. */
	public String onlyIn() {
		return onlyBefore ? "before" : "after";
	}

	/** The call only one side makes. */
	public Point call() {
		return onlyBefore ? before : after;
	}

	/** Where the other side stands. */
	public Point other() {
		return onlyBefore ? after : before;
	}

	/** What a reviewer reads: which version calls what, and where the other one is. */
	public String describe() {
		Point other = other();
		return "only " + onlyIn() + " calls " + call().function() + " (" + call().file() + ":" + call().line() + ")"
				+ (other == null ? "" : "; " + (onlyBefore ? "after" : "before") + " is at " + other.function() + " ("
						+ other.file() + ":" + other.line() + ")");
	}
}
