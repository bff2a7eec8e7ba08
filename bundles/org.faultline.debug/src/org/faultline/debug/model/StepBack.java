package org.faultline.debug.model;

import org.eclipse.debug.core.DebugException;

/**
 * Stepping back one step: the platform has no such command, so a UI's command asks the selected debug element
 * for this capability (a target, a thread or a frame all have it). A step back replays the run to the previous
 * step, so the state shown is exactly the earlier one.
 */
public interface StepBack {

	boolean canStepBack();

	void stepBack() throws DebugException;
}
