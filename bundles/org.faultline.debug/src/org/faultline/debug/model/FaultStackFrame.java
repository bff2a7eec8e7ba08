package org.faultline.debug.model;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.model.DebugElement;
import org.eclipse.debug.core.model.IRegisterGroup;
import org.eclipse.debug.core.model.IStackFrame;
import org.eclipse.debug.core.model.IThread;
import org.eclipse.debug.core.model.IVariable;
import org.faultline.debug.FaultlineDebug;
import org.faultline.debug.sourcelookup.VersionStorage;
import org.faultline.exec.Finding;
import org.faultline.exec.StateNode;
import org.faultline.exec.StepSession.FrameView;
import org.faultline.exec.StepSession.Raised;
import org.faultline.exec.StepSession.Snapshot;

/**
 * One interpreted C function's activation at a step: its line, its parameters and locals, then two groups
 * shared by every frame of the step, "Machine" (page tables, vmas, page cache, pages, locks, pte maps,
 * counters) and "Findings" (what the invariant checks raised up to this step).
 */
public final class FaultStackFrame extends DebugElement implements IStackFrame, StepBack {

	public static final String MACHINE = "Machine";

	public static final String FINDINGS = "Findings";

	private final VersionThread thread;
	private final FrameView view;
	/** Frames counted from the outermost: with the function, what identifies a frame from step to step. */
	private final int level;
	private final Snapshot snapshot;
	/** The thread's previous step, for what changed; null when there was none. */
	private final Snapshot previous;
	private IVariable[] variables;

	FaultStackFrame(VersionThread thread, Snapshot snapshot, int index, Snapshot previous) {
		super(thread.getDebugTarget());
		this.thread = thread;
		this.view = snapshot.frames().get(index);
		this.level = snapshot.frames().size() - 1 - index;
		this.snapshot = snapshot;
		this.previous = previous;
	}

	@Override
	public String getModelIdentifier() {
		return FaultlineDebug.MODEL_ID;
	}

	/** The file this frame runs in, read from its version's commit. */
	public VersionStorage source() {
		VersionSide side = thread.side();
		return new VersionStorage(side.repository(), side.commit(), view.file(), side.label());
	}

	/** The version file's repository-relative path. */
	public String file() {
		return view.file();
	}

	@Override
	public IThread getThread() {
		return thread;
	}

	/**
	 * The thread's frame now that equals this one. A frame is equal to itself from step to step, so the views keep
	 * an older object as their input, and the platform drops a source lookup for a frame equal to one queued: an
	 * older frame answers with the state and line of the current one, or it shows a step gone by.
	 */
	private FaultStackFrame now() {
		for (IStackFrame f : thread.getStackFrames())
			if (f.equals(this))
				return (FaultStackFrame) f;
		return this;
	}

	@Override
	public IVariable[] getVariables() {
		FaultStackFrame now = now();
		return now == this ? ownVariables() : now.getVariables();
	}

	private synchronized IVariable[] ownVariables() {
		if (variables == null)
			variables = FaultValue.wrap(getDebugTarget(), variables(snapshot, view),
					previous == null ? List.of() : variables(previous, sameFrame(previous)));
		return variables;
	}

	/** The frame's parameters and locals, then the Machine and Findings groups. */
	private static List<StateNode> variables(Snapshot s, FrameView frame) {
		List<StateNode> nodes = new ArrayList<>(frame == null ? List.of() : frame.variables());
		nodes.add(StateNode.of(MACHINE, "machine", "at step " + s.point().step(), s.machineState()));
		nodes.add(findings(s.findings()));
		return nodes;
	}

	/** This frame at another step: at the same level and in the same function, or null. */
	private FrameView sameFrame(Snapshot other) {
		int index = other.frames().size() - 1 - level;
		if (index < 0 || index >= other.frames().size())
			return null;
		FrameView f = other.frames().get(index);
		return f.function().equals(view.function()) ? f : null;
	}

	private static StateNode findings(List<Raised> raised) {
		List<StateNode> items = new ArrayList<>();
		for (Raised r : raised) {
			Finding f = r.finding();
			items.add(StateNode.of(f.title(), f.kind().getLiteral(), f.message(),
					List.of(StateNode.leaf("kind", "finding kind", f.kind().getLiteral()),
							StateNode.leaf("message", "text", f.message()),
							StateNode.leaf("function", "function", f.function()),
							StateNode.leaf("line", "line", f.file() + ":" + f.line()),
							StateNode.leaf("step", "step", Integer.toString(r.step())))));
		}
		return StateNode.of(FINDINGS, "findings", items.size() + (items.size() == 1 ? " finding" : " findings"),
				items);
	}

	@Override
	public boolean hasVariables() {
		return true;
	}

	@Override
	public int getLineNumber() {
		return now().view.line();
	}

	@Override
	public int getCharStart() {
		return -1;
	}

	@Override
	public int getCharEnd() {
		return -1;
	}

	@Override
	public String getName() {
		return view.function();
	}

	@Override
	public IRegisterGroup[] getRegisterGroups() {
		return new IRegisterGroup[0];
	}

	@Override
	public boolean hasRegisterGroups() {
		return false;
	}

	@Override
	public boolean canStepInto() {
		return thread.canStepInto();
	}

	@Override
	public boolean canStepOver() {
		return thread.canStepOver();
	}

	@Override
	public boolean canStepReturn() {
		return thread.canStepReturn();
	}

	@Override
	public boolean isStepping() {
		return thread.isStepping();
	}

	@Override
	public void stepInto() throws DebugException {
		thread.stepInto();
	}

	@Override
	public void stepOver() throws DebugException {
		thread.stepOver();
	}

	@Override
	public void stepReturn() throws DebugException {
		thread.stepReturn();
	}

	@Override
	public boolean canStepBack() {
		return thread.canStepBack();
	}

	@Override
	public void stepBack() throws DebugException {
		thread.stepBack();
	}

	@Override
	public boolean canResume() {
		return thread.canResume();
	}

	@Override
	public boolean canSuspend() {
		return thread.canSuspend();
	}

	@Override
	public boolean isSuspended() {
		return thread.isSuspended();
	}

	@Override
	public void resume() throws DebugException {
		thread.resume();
	}

	@Override
	public void suspend() throws DebugException {
		thread.suspend();
	}

	@Override
	public boolean canTerminate() {
		return thread.canTerminate();
	}

	@Override
	public boolean isTerminated() {
		return thread.isTerminated();
	}

	@Override
	public void terminate() throws DebugException {
		thread.terminate();
	}

	/** The same activation at any step: the Debug view keeps its selection and expansion from step to step. */
	@Override
	public boolean equals(Object o) {
		return o instanceof FaultStackFrame f && f.thread == thread && f.level == level
				&& f.view.function().equals(view.function());
	}

	@Override
	public int hashCode() {
		return thread.hashCode() * 31 + level;
	}

	@Override
	public String toString() {
		return view.function() + " (" + view.file() + ":" + view.line() + ")";
	}
}
