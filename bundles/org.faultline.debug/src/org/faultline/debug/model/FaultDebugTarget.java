package org.faultline.debug.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntPredicate;

import org.eclipse.core.resources.IMarkerDelta;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugEvent;
import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.IBreakpointListener;
import org.eclipse.debug.core.IBreakpointManager;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.model.DebugElement;
import org.eclipse.debug.core.model.IBreakpoint;
import org.eclipse.debug.core.model.IDebugTarget;
import org.eclipse.debug.core.model.IMemoryBlock;
import org.eclipse.debug.core.model.IProcess;
import org.eclipse.debug.core.model.IThread;
import org.faultline.debug.FaultlineDebug;
import org.faultline.debug.breakpoints.CFunctionBreakpoint;
import org.faultline.debug.breakpoints.CLineBreakpoint;
import org.faultline.debug.breakpoints.FindingBreakpoint;
import org.faultline.debug.internal.FindingMarkers;
import org.faultline.exec.Lockstep;
import org.faultline.exec.StepSession;
import org.faultline.exec.StepSession.Point;
import org.faultline.exec.StepSession.Raised;

/**
 * One launch of a fault scenario: a thread per version (before, after, or both). With both, the threads move
 * together, from one call to the next that the engine's {@link Lockstep} aligns; where only one version makes a
 * call they have diverged, and the target fires a {@link DebugEvent#MODEL_SPECIFIC} event with detail
 * {@link #DIVERGED} and the {@link Divergence} as its data. Every command replays the run to the step it
 * reaches (the engine's back-step by replay), so going back is exact. The target honours the enabled line,
 * function and finding breakpoints of this model, and shows the findings seen at each thread's step as
 * markers.
 */
public final class FaultDebugTarget extends DebugElement implements IDebugTarget, IBreakpointListener, StepBack {

	/** Detail of the {@link DebugEvent#MODEL_SPECIFIC} event fired when two versions in lockstep part. */
	public static final int DIVERGED = 0x4000;

	/** What a command asks of a thread. */
	enum Move {
		INTO(DebugEvent.STEP_INTO), OVER(DebugEvent.STEP_OVER), RETURN(DebugEvent.STEP_RETURN),
		RESUME(DebugEvent.CLIENT_REQUEST), BACK(DebugEvent.UNSPECIFIED);

		final int detail;

		Move(int detail) {
			this.detail = detail;
		}
	}

	private final ILaunch launch;
	private final String name;
	private final List<VersionThread> threads = new ArrayList<>();
	/** Both versions' sessions aligned by their calls; null with one version. */
	private final Lockstep lockstep;
	private final boolean honourBreakpoints;
	private final FindingMarkers markers;
	private final AutoCloseable resources;
	private final List<IBreakpoint> breakpoints = new CopyOnWriteArrayList<>();
	/** Held while a command runs: commands from several threads of the IDE run one after the other. */
	private final Object commands = new Object();
	/** In lockstep: both versions ran past their last aligned call to their ends. */
	private boolean togetherAtEnd;
	private Divergence divergence;
	private boolean attached;
	private volatile boolean terminated;

	/**
	 * @param sides             one version, or two (before, after) to step in lockstep
	 * @param honourBreakpoints false for a run that goes to the end (run mode)
	 * @param markers           where findings are shown, or null for nowhere
	 * @param resources         closed on termination (the review's repository)
	 */
	public FaultDebugTarget(ILaunch launch, String name, List<VersionSide> sides, boolean honourBreakpoints,
			FindingMarkers markers, AutoCloseable resources) {
		super(null);
		if (sides.isEmpty() || sides.size() > 2)
			throw new IllegalArgumentException("one or two versions, not " + sides.size());
		this.launch = launch;
		this.name = name;
		this.honourBreakpoints = honourBreakpoints;
		this.markers = markers;
		this.resources = resources;
		sides.forEach(s -> threads.add(new VersionThread(this, s)));
		this.lockstep = sides.size() == 2 ? Lockstep.of(sides.get(0).session(), sides.get(1).session()) : null;
	}

	/**
	 * Registers with the breakpoint manager (taking the model's breakpoints already there) and announces the
	 * target and its threads, at the first statement; then suspends there or, without {@code stopOnEntry},
	 * resumes.
	 */
	public void start(boolean stopOnEntry) throws DebugException {
		IBreakpointManager manager = DebugPlugin.getDefault().getBreakpointManager();
		manager.addBreakpointListener(this);
		attached = true;
		for (IBreakpoint b : manager.getBreakpoints(FaultlineDebug.MODEL_ID))
			breakpointAdded(b);
		if (lockstep != null)
			lockstep.goTo(0);
		else
			threads.getFirst().session().goTo(1);
		fireCreationEvent();
		threads.forEach(t -> t.fireCreationEvent());
		showFindings();
		if (stopOnEntry) {
			threads.forEach(t -> t.fire(DebugEvent.SUSPEND, DebugEvent.CLIENT_REQUEST));
			announceDivergence(null);
		} else
			resume();
	}

	@Override
	public IDebugTarget getDebugTarget() {
		return this;
	}

	@Override
	public ILaunch getLaunch() {
		return launch;
	}

	@Override
	public String getModelIdentifier() {
		return FaultlineDebug.MODEL_ID;
	}

	@Override
	public String getName() {
		return name;
	}

	@Override
	public IProcess getProcess() {
		return null;
	}

	@Override
	public IThread[] getThreads() {
		return terminated ? new IThread[0] : threads.toArray(IThread[]::new);
	}

	/** The version threads, before first. */
	public List<VersionThread> versionThreads() {
		return List.copyOf(threads);
	}

	@Override
	public boolean hasThreads() {
		return !terminated;
	}

	/** Whether the two versions move together. */
	public boolean isLockstep() {
		return lockstep != null;
	}

	/** In lockstep, where the versions stand apart: a call that only one makes. */
	public synchronized Optional<Divergence> divergence() {
		return Optional.ofNullable(divergence);
	}

	// --- commands

	synchronized boolean canMove(VersionThread t) {
		if (terminated)
			return false;
		return lockstep == null ? !t.atEnd() : !togetherAtEnd;
	}

	synchronized boolean canStepBack(VersionThread t) {
		if (terminated)
			return false;
		return lockstep == null ? t.session().position() > 1 : togetherAtEnd || lockstep.index() > 0;
	}

	/** Carries out a command: every thread that moves is resumed, moved, and suspended where it stopped. */
	void move(VersionThread t, Move m) throws DebugException {
		synchronized (commands) {
			moveNow(t, m);
		}
	}

	private void moveNow(VersionThread t, Move m) throws DebugException {
		List<VersionThread> moving = lockstep == null ? List.of(t) : threads;
		synchronized (this) {
			if (terminated || (m == Move.BACK ? !canStepBack(t) : !canMove(t)))
				return;
			moving.forEach(th -> th.setStepping(true));
		}
		moving.forEach(th -> th.fire(DebugEvent.RESUME, m.detail));
		List<List<IBreakpoint>> hits;
		Divergence before;
		synchronized (this) {
			before = divergence;
			hits = lockstep == null ? List.of(moveAlone(t.side(), m)) : moveTogether(m);
			divergence = lockstep == null ? null : divergenceHere();
		}
		boolean byBreakpoint = hits.stream().anyMatch(h -> !h.isEmpty());
		for (int i = 0; i < moving.size(); i++) {
			moving.get(i).moved(hits.get(i).toArray(IBreakpoint[]::new));
			moving.get(i).setStepping(false);
		}
		showFindings();
		int detail = byBreakpoint ? DebugEvent.BREAKPOINT
				: m == Move.RESUME ? DebugEvent.CLIENT_REQUEST : DebugEvent.STEP_END;
		moving.forEach(th -> th.fire(DebugEvent.SUSPEND, detail));
		announceDivergence(before);
	}

	private void announceDivergence(Divergence before) {
		Divergence now;
		synchronized (this) {
			now = divergence;
		}
		if (now != null && !now.equals(before)) {
			DebugEvent e = new DebugEvent(this, DebugEvent.MODEL_SPECIFIC, DIVERGED);
			e.setData(now);
			fireEvent(e);
		}
	}

	/** One version: to the step the command reaches, or to an earlier one where a breakpoint is hit. */
	private List<IBreakpoint> moveAlone(VersionSide side, Move m) {
		StepSession s = side.session();
		List<Point> points = s.points();
		int pos = s.position();
		int depth = points.get(pos - 1).depth();
		int target = switch (m) {
		case INTO -> pos + 1;
		case OVER -> next(points, pos, d -> d <= depth);
		case RETURN -> next(points, pos, d -> d < depth);
		case RESUME -> points.size();
		case BACK -> pos - 1;
		};
		if (m != Move.INTO && m != Move.BACK) {
			List<Raised> raised = s.raised();
			for (int i = pos + 1; i < target; i++) {
				List<IBreakpoint> hit = hits(side, points, raised, i);
				if (!hit.isEmpty()) {
					s.goTo(i);
					return hit;
				}
			}
		}
		s.goTo(target);
		return List.of();
	}

	/** The first step after {@code pos} whose depth passes, or the end. */
	private static int next(List<Point> points, int pos, IntPredicate depth) {
		for (int i = pos + 1; i <= points.size(); i++)
			if (depth.test(points.get(i - 1).depth()))
				return i;
		return points.size();
	}

	/**
	 * Both versions from aligned call to aligned call: into stops at the next, over at the next as shallow,
	 * return at the next shallower, resume at none; each stops early at a breakpoint on either side or where
	 * the versions start to diverge. After the last call both run to their ends.
	 */
	private List<List<IBreakpoint>> moveTogether(Move m) {
		List<Lockstep.Pair> pairs = lockstep.pairs();
		List<List<IBreakpoint>> none = List.of(List.of(), List.of());
		if (m == Move.BACK) {
			// from the ends, back to the last aligned call
			lockstep.goTo(togetherAtEnd ? lockstep.index() : lockstep.index() - 1);
			togetherAtEnd = false;
			return none;
		}
		int from = lockstep.index();
		int depth = depth(pairs.get(from));
		StepSession left = lockstep.left(), right = lockstep.right();
		List<Point> leftPoints = left.points(), rightPoints = right.points();
		List<Raised> leftRaised = left.raised(), rightRaised = right.raised();
		for (int k = from + 1; k <= pairs.size(); k++) {
			int leftWas = left.position(), rightWas = right.position();
			if (k == pairs.size()) {
				left.goTo(left.length());
				right.goTo(right.length());
				togetherAtEnd = true;
			} else
				lockstep.goTo(k);
			if (m == Move.INTO)
				return none;
			List<IBreakpoint> leftHits = hitsBetween(threads.get(0).side(), leftPoints, leftRaised, leftWas,
					left.position());
			List<IBreakpoint> rightHits = hitsBetween(threads.get(1).side(), rightPoints, rightRaised, rightWas,
					right.position());
			if (!leftHits.isEmpty() || !rightHits.isEmpty())
				return List.of(leftHits, rightHits);
			if (k == pairs.size())
				return none;
			Lockstep.Pair p = pairs.get(k);
			if (unmatched(p) && !unmatched(pairs.get(k - 1)))
				return none;
			if (m == Move.OVER && depth(p) <= depth || m == Move.RETURN && depth(p) < depth)
				return none;
		}
		return none;
	}

	private static boolean unmatched(Lockstep.Pair p) {
		return p.left() == null || p.right() == null;
	}

	private static int depth(Lockstep.Pair p) {
		return (p.left() != null ? p.left() : p.right()).depth();
	}

	/** The divergence at the current pair, if it is a call only one version makes. */
	private Divergence divergenceHere() {
		Lockstep.Pair p = lockstep.current();
		if (togetherAtEnd || p == null || !unmatched(p))
			return null;
		return new Divergence(lockstep.index(), p.left() != null, current(lockstep.left()), current(lockstep.right()));
	}

	private static Point current(StepSession s) {
		return s.position() == 0 ? null : s.points().get(s.position() - 1);
	}

	private List<IBreakpoint> hitsBetween(VersionSide side, List<Point> points, List<Raised> raised, int from,
			int to) {
		for (int i = from + 1; i <= to; i++) {
			List<IBreakpoint> hit = hits(side, points, raised, i);
			if (!hit.isEmpty())
				return hit;
		}
		return List.of();
	}

	/**
	 * The enabled breakpoints that step {@code i} hits: a line breakpoint when the step comes to its line (not
	 * at each further statement of the line), a function breakpoint when the step enters its function, a
	 * finding breakpoint when the step before raised a finding of its kind.
	 */
	private List<IBreakpoint> hits(VersionSide side, List<Point> points, List<Raised> raised, int i) {
		if (!honourBreakpoints || breakpoints.isEmpty()
				|| !DebugPlugin.getDefault().getBreakpointManager().isEnabled())
			return List.of();
		Point p = points.get(i - 1);
		Point previous = i > 1 ? points.get(i - 2) : null;
		List<IBreakpoint> hit = new ArrayList<>();
		for (IBreakpoint b : breakpoints)
			try {
				if (b.isEnabled() && switch (b) {
				case CLineBreakpoint l -> l.matches(side.commit().name(), p) && (previous == null
						|| previous.line() != p.line() || previous.depth() != p.depth());
				case CFunctionBreakpoint f -> f.matches(previous, p);
				case FindingBreakpoint f -> raised.stream().anyMatch(r -> r.step() == i - 1 && f.matches(r.finding()));
				default -> false;
				})
					hit.add(b);
			} catch (CoreException e) {
				// a breakpoint whose marker is gone hits nothing
			}
		return hit;
	}

	private void showFindings() throws DebugException {
		if (markers == null)
			return;
		try {
			for (VersionThread t : threads)
				markers.show(t.side(), t.session().raisedAt(t.session().position()));
		} catch (CoreException e) {
			throw new DebugException(e.getStatus());
		}
	}

	// --- target-wide commands

	@Override
	public boolean canResume() {
		return threads.stream().anyMatch(VersionThread::canResume);
	}

	@Override
	public boolean canSuspend() {
		return false;
	}

	@Override
	public boolean isSuspended() {
		return !terminated;
	}

	@Override
	public void resume() throws DebugException {
		for (VersionThread t : threads)
			if (t.canResume()) {
				t.resume();
				return;
			}
	}

	@Override
	public void suspend() {
		// suspended between commands
	}

	@Override
	public boolean canStepBack() {
		return canStepBack(threads.getFirst());
	}

	@Override
	public void stepBack() throws DebugException {
		threads.getFirst().stepBack();
	}

	@Override
	public boolean canTerminate() {
		return !terminated;
	}

	@Override
	public boolean isTerminated() {
		return terminated;
	}

	/** Ends the launch: the finding markers go, the breakpoint listener and the review's repository close. */
	@Override
	public void terminate() throws DebugException {
		synchronized (this) {
			if (terminated)
				return;
			terminated = true;
		}
		if (attached)
			DebugPlugin.getDefault().getBreakpointManager().removeBreakpointListener(this);
		try {
			if (markers != null)
				markers.clear();
		} catch (CoreException e) {
			throw new DebugException(e.getStatus());
		} finally {
			threads.forEach(VersionThread::terminated);
			close();
			fireTerminateEvent();
		}
	}

	private void close() {
		try {
			if (resources != null)
				resources.close();
		} catch (Exception e) {
			DebugPlugin.log(e);
		}
	}

	@Override
	public boolean canDisconnect() {
		return false;
	}

	@Override
	public void disconnect() throws DebugException {
		throw new DebugException(FaultlineDebug.error("a fault scenario cannot be disconnected", null).getStatus());
	}

	@Override
	public boolean isDisconnected() {
		return false;
	}

	@Override
	public boolean supportsStorageRetrieval() {
		return false;
	}

	@Override
	public IMemoryBlock getMemoryBlock(long startAddress, long length) throws DebugException {
		throw new DebugException(FaultlineDebug.error("the modelled machine has no byte memory", null).getStatus());
	}

	// --- breakpoints

	@Override
	public boolean supportsBreakpoint(IBreakpoint b) {
		return FaultlineDebug.MODEL_ID.equals(b.getModelIdentifier());
	}

	@Override
	public void breakpointAdded(IBreakpoint b) {
		if (supportsBreakpoint(b) && !breakpoints.contains(b))
			breakpoints.add(b);
	}

	@Override
	public void breakpointRemoved(IBreakpoint b, IMarkerDelta delta) {
		breakpoints.remove(b);
	}

	@Override
	public void breakpointChanged(IBreakpoint b, IMarkerDelta delta) {
		// enabled state and attributes are read from the marker at each step
	}
}
