package org.faultline.debug.model;

import org.eclipse.debug.core.DebugEvent;
import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.model.DebugElement;
import org.eclipse.debug.core.model.IBreakpoint;
import org.eclipse.debug.core.model.IStackFrame;
import org.eclipse.debug.core.model.IThread;
import org.faultline.debug.FaultlineDebug;
import org.faultline.exec.StepSession;
import org.faultline.exec.StepSession.Snapshot;

/**
 * One version's run of the scenario, as a thread that is suspended at a step between commands. Commands are
 * carried out by the target, which moves both versions together in lockstep. The frames of a step are made
 * once, from one replay of the run up to it.
 */
public final class VersionThread extends DebugElement implements IThread, StepBack {

	private final FaultDebugTarget target;
	private final VersionSide side;
	private IBreakpoint[] hit = new IBreakpoint[0];
	private Snapshot snapshot;
	/** The snapshot of the step before the last move, if one was taken: for the variables that changed. */
	private Snapshot previous;
	private IStackFrame[] frames;
	private boolean stepping;
	private boolean terminated;

	VersionThread(FaultDebugTarget target, VersionSide side) {
		super(target);
		this.target = target;
		this.side = side;
	}

	@Override
	public String getModelIdentifier() {
		return FaultlineDebug.MODEL_ID;
	}

	public VersionSide side() {
		return side;
	}

	public StepSession session() {
		return side.session();
	}

	/** The engine's state at this thread's step, made by replaying the run up to it (once per step). */
	public synchronized Snapshot snapshot() {
		if (snapshot == null)
			snapshot = side.session().snapshot();
		return snapshot;
	}

	/** The current step's point, or null before the first statement. */
	public StepSession.Point point() {
		return snapshot().point();
	}

	/** Whether the run has no statement left. */
	public boolean atEnd() {
		return side.session().position() >= side.session().length();
	}

	/** Called by the target after it moved this thread: the old frames go. */
	synchronized void moved(IBreakpoint[] breakpoints) {
		previous = snapshot != null && snapshot.point() != null ? snapshot : null;
		snapshot = null;
		frames = null;
		hit = breakpoints;
	}

	synchronized void setStepping(boolean on) {
		stepping = on;
	}

	void terminated() {
		synchronized (this) {
			terminated = true;
			frames = null;
			snapshot = null;
			previous = null;
		}
		fireTerminateEvent();
	}

	void fire(int kind, int detail) {
		fireEvent(new DebugEvent(this, kind, detail));
	}

	@Override
	public synchronized IStackFrame[] getStackFrames() {
		if (terminated)
			return new IStackFrame[0];
		if (frames == null) {
			Snapshot s = snapshot();
			frames = new IStackFrame[s.frames().size()];
			for (int i = 0; i < frames.length; i++)
				frames[i] = new FaultStackFrame(this, s, i, previous);
		}
		return frames.clone();
	}

	@Override
	public boolean hasStackFrames() {
		return !terminated && getStackFrames().length > 0;
	}

	@Override
	public int getPriority() {
		return 0;
	}

	@Override
	public IStackFrame getTopStackFrame() {
		IStackFrame[] f = getStackFrames();
		return f.length == 0 ? null : f[0];
	}

	@Override
	public String getName() {
		StepSession s = side.session();
		return side.label() + " (" + side.commit().abbreviate(12).name() + ")" + (terminated ? ""
				: atEnd() ? " at the end, step " + s.position() : " at step " + s.position() + " of " + s.length());
	}

	@Override
	public synchronized IBreakpoint[] getBreakpoints() {
		return hit.clone();
	}

	@Override
	public boolean canResume() {
		return target.canMove(this);
	}

	@Override
	public boolean canSuspend() {
		return false;
	}

	@Override
	public synchronized boolean isSuspended() {
		return !terminated && !stepping;
	}

	@Override
	public void resume() throws DebugException {
		target.move(this, FaultDebugTarget.Move.RESUME);
	}

	@Override
	public void suspend() {
		// a thread is suspended between commands: there is nothing running to stop
	}

	@Override
	public boolean canStepInto() {
		return target.canMove(this);
	}

	@Override
	public boolean canStepOver() {
		return target.canMove(this);
	}

	@Override
	public boolean canStepReturn() {
		return target.canMove(this);
	}

	@Override
	public synchronized boolean isStepping() {
		return stepping;
	}

	@Override
	public void stepInto() throws DebugException {
		target.move(this, FaultDebugTarget.Move.INTO);
	}

	@Override
	public void stepOver() throws DebugException {
		target.move(this, FaultDebugTarget.Move.OVER);
	}

	@Override
	public void stepReturn() throws DebugException {
		target.move(this, FaultDebugTarget.Move.RETURN);
	}

	@Override
	public boolean canStepBack() {
		return target.canStepBack(this);
	}

	@Override
	public void stepBack() throws DebugException {
		target.move(this, FaultDebugTarget.Move.BACK);
	}

	@Override
	public boolean canTerminate() {
		return target.canTerminate();
	}

	@Override
	public synchronized boolean isTerminated() {
		return terminated;
	}

	@Override
	public void terminate() throws DebugException {
		target.terminate();
	}

	@Override
	public String toString() {
		return getName();
	}
}
