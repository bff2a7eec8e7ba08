package org.faultline.exec.internal.interp;

import org.faultline.model.exec.FindingKind;
import org.faultline.model.exec.TraceEventKind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.faultline.exec.Finding;
import org.faultline.exec.RunObserver;
import org.faultline.exec.TraceEvent;
import org.faultline.exec.internal.machine.Machine;
import org.faultline.exec.internal.machine.Page;

/**
 * One execution of a version's fault path over a machine: calls, the step budget, the trace, and the
 * findings of the invariant checks that primitives and the interpreter make while it runs.
 */
public final class Run {

	/** Ends a run early: the budget is spent, or a stepping session reached the step it wanted. */
	public static final class Stop extends RuntimeException {
		private static final long serialVersionUID = 1L;

		Stop(String why) {
			super(why, null, false, false);
		}
	}

	/** The stop a stepping session throws from its hook at the step it wants. */
	public static Stop pause() {
		return new Stop("paused");
	}

	/** Called before every statement; a stepping session uses it to stop at a step. */
	public interface StepHook {
		void onStep(Run run, Frame frame);
	}

	/** Something injected before a named primitive or function runs for the nth time (a concurrent thread). */
	public record Race(String at, int nth, String action, java.util.function.Consumer<Run> effect) {
	}

	private static final int MAX_DEPTH = 64;

	/**
	 * What one run may allocate, counted in the model's bytes (a page or page table 4 KB, a struct 8 bytes a field
	 * but at least 64, what it costs the JVM): far above what a fault needs (a huge page split is 2 MB), far below
	 * what would take the JVM's heap, so C that allocates in a loop ends with a finding.
	 */
	private static final long MAX_ALLOCATED = 64L << 20;

	public final CompiledVersion program;
	public final Machine machine;
	final Object[] globals;
	final Addresses addresses = new Addresses();
	private final List<Finding> findings = new ArrayList<>();
	private final Set<String> reported = new HashSet<>();
	private final List<TraceEvent> trace;
	private final long budget;
	private long steps;
	private long allocated;
	private Frame current;
	/** The outermost frame once it has returned: where exit checks report. */
	private Frame finished;
	private StepHook hook;
	private RunObserver observer;
	/** The vma's ->fault, ->map_pages and ->page_mkwrite, looked up once for the observer. */
	private Object[] vmaOps;
	private final Map<String, List<Race>> races = new HashMap<>();
	private final Map<String, Integer> callCounts = new HashMap<>();
	private final Map<String, Object> unknownValues = new HashMap<>();
	/** What the run reached that neither the version nor the engine defines: functions as "name()". */
	private final Set<String> unknown = new TreeSet<>();

	/** The fault being run: the machine state that the run must change. */
	public long address;
	public int flags;
	public Obj vma;

	public Run(CompiledVersion program, Machine machine, boolean traced, long budget) {
		this.program = program;
		this.machine = machine;
		this.globals = program.freshGlobals();
		this.trace = traced ? new ArrayList<>() : null;
		this.budget = budget;
	}

	public void setHook(StepHook hook) {
		this.hook = hook;
	}

	/** Set after the vma: tells the observer which of its operations a call runs as. */
	public void setObserver(RunObserver observer) {
		this.observer = observer;
		Obj ops = vma != null && vma.get("vm_ops") instanceof Obj o ? o : null;
		vmaOps = ops == null ? new Object[3]
				: new Object[] { ops.get("fault"), ops.get("map_pages"), ops.get("page_mkwrite") };
	}

	public void addRace(Race race) {
		races.computeIfAbsent(race.at(), k -> new ArrayList<>()).add(race);
	}

	public void setUnknownValue(String name, Object value) {
		unknownValues.put(name, value);
	}

	public void setGlobal(String name, Object value) {
		int i = program.global(name);
		if (i < 0)
			throw new IllegalArgumentException("no global " + name + " in this version");
		globals[i] = value;
	}

	public long steps() {
		return steps;
	}

	public List<Finding> findings() {
		return findings;
	}

	public List<TraceEvent> trace() {
		return trace == null ? List.of() : trace;
	}

	public Frame current() {
		return current;
	}

	void step(Frame f, int line) {
		f.line = line;
		if (++steps > budget)
			throw new Stop("the run took more than " + budget + " steps");
		if (hook != null)
			hook.onStep(this, f);
	}

	/** Counts pages or page tables the running C allocates, 4 KB each; past {@link #MAX_ALLOCATED} the run stops. */
	public void allocatePages(int count) {
		allocate(4096L * count);
	}

	private void allocate(long bytes) {
		allocated += bytes;
		if (allocated > MAX_ALLOCATED)
			throw new Stop("the run allocated more than " + (MAX_ALLOCATED >> 20) + " MB of pages, page tables and structs");
	}

	/** A struct the running C makes: a local, a compound literal, a member reached before it was set. */
	Obj newObj(StructType type) {
		allocate(Math.max(64, 8L * type.size()));
		return new Obj(type);
	}

	/** Calls a function or primitive on behalf of C code, or of a primitive that calls back into C. */
	public Object invoke(FunctionRef target, Object[] args, Frame caller, int line) {
		if (caller != null)
			caller.line = line;
		if (observer != null)
			observer.call(target.name(), op(target));
		if (!races.isEmpty())
			injectRaces(target.name());
		return switch (target) {
		case CompiledFunction fn -> call(fn, args, caller);
		case Primitive p -> primitive(p, args);
		};
	}

	/** Calls an interpreted function by name from a primitive (pte_alloc calling __pte_alloc). */
	public Object callBack(String name, Object... args) {
		CompiledFunction fn = program.function(name);
		if (fn == null)
			throw new InterpreterError(name + " is not defined in this version");
		return invoke(fn, args, current, current == null ? 0 : current.line);
	}

	/** Which of the vma's operations {@code target} is, for the observer. */
	private RunObserver.Op op(FunctionRef target) {
		if (target == vmaOps[0])
			return RunObserver.Op.FAULT;
		if (target == vmaOps[1])
			return RunObserver.Op.MAP_PAGES;
		return target == vmaOps[2] ? RunObserver.Op.PAGE_MKWRITE : RunObserver.Op.NONE;
	}

	/** Whether an allocation by {@code primitive} fails now, by the scenario's plan. */
	public boolean allocationFails(String primitive) {
		if (observer != null)
			observer.allocation(primitive);
		return machine.allocationFails(primitive);
	}

	private Object call(CompiledFunction fn, Object[] args, Frame caller) {
		if (args.length != fn.parameterCount())
			throw new InterpreterError(fn.name() + " takes " + fn.parameterCount() + " arguments, called with "
					+ args.length);
		Frame frame = new Frame(this, fn, caller);
		if (frame.depth > MAX_DEPTH)
			throw new Stop("calls nested deeper than " + MAX_DEPTH);
		for (int i = 0; i < args.length; i++)
			frame.cells[i] = Expr.wrap(fn.cellType(i), args[i]);
		if (trace != null)
			event(TraceEventKind.CALL, fn.name() + argsText(args), caller, caller == null ? 0 : caller.line);
		Frame saved = current;
		current = frame;
		try {
			if (hook != null)
				step(frame, fn.line());
			int c = fn.body().exec(frame);
			if (c == Stmt.GOTO)
				throw new InterpreterError("goto to a label not in " + fn.name());
		} finally {
			current = saved;
			if (saved == null)
				finished = frame;
		}
		Object result = Expr.wrap(fn.result(), frame.result);
		if (trace != null)
			event(TraceEventKind.RETURN, fn.name() + " = " + Values.describe(result), frame, frame.line);
		return result;
	}

	private Object primitive(Primitive p, Object[] args) {
		boolean reclaims = p.reclaims(args, program.directReclaim());
		if (trace != null)
			event(TraceEventKind.PRIMITIVE, p.name() + argsText(args) + (reclaims ? " [may enter reclaim]" : ""));
		if (reclaims)
			checkMaySleep(p.name(), true, !p.memcg());
		return p.body().apply(this, args);
	}

	private void injectRaces(String name) {
		List<Race> at = races.get(name);
		if (at == null)
			return;
		int n = callCounts.merge(name, 1, Integer::sum);
		for (Race r : at)
			if (r.nth() == n) {
				event(TraceEventKind.RACE, r.action() + " before " + name);
				r.effect().accept(this);
			}
	}

	/**
	 * A name that neither the version nor the engine defines: the run goes on with the scenario's value for it
	 * (NULL or 0 unless it says), but is incomplete. Not a finding: it tells of the model, not of the kernel.
	 */
	Object unknown(String name, boolean call, Frame f) {
		Object value = unknownValues.get(name);
		if (unknown.add(call ? name + "()" : name))
			event(TraceEventKind.NOTE, (call ? name + "()" : name) + " is unknown to the engine; taken as "
					+ Values.describe(value) + " as the scenario says");
		return value;
	}

	/** The unknown names reached so far, sorted. */
	public List<String> unknown() {
		return List.copyOf(unknown);
	}

	/** The races that never happened: the version did not call their function that many times. */
	public List<Race> racesNotRun() {
		List<Race> missed = new ArrayList<>();
		races.forEach((name, at) -> {
			for (Race r : at)
				if (r.nth() > callCounts.getOrDefault(name, 0))
					missed.add(r);
		});
		return missed;
	}

	/**
	 * The check of every call that may sleep: no spinlock or RCU read lock may be held; and if it may enter
	 * reclaim, no page lock taken by this fault and no i_mmap_rwsem (reclaim takes both).
	 */
	public void checkMaySleep(String what, boolean reclaim) {
		checkMaySleep(what, reclaim, true);
	}

	/** @param pageLocks whether its reclaim may wait for the page locks this fault holds */
	private void checkMaySleep(String what, boolean reclaim, boolean pageLocks) {
		if (observer != null)
			observer.sleep(what, reclaim);
		if (!machine.spinLocks.isEmpty())
			finding(FindingKind.SLEEP_IN_ATOMIC,
					what + "() may sleep while holding spinlock " + machine.spinLocks.keySet());
		else if (machine.rcuDepth > 0)
			finding(FindingKind.SLEEP_IN_ATOMIC, what + "() may sleep while holding the RCU read lock");
		else if (machine.kmapAtomic > 0)
			finding(FindingKind.SLEEP_IN_ATOMIC, what + "() may sleep inside kmap_atomic (preemption disabled)");
		if (!reclaim)
			return;
		List<String> held = new ArrayList<>();
		for (Page p : machine.lockedPages())
			if (pageLocks && !p.lockedByOther)
				held.add("the page lock of " + p.label());
		if (vma != null && vma.get("vm_file") instanceof Obj file
				&& file.get("f_mapping") instanceof org.faultline.exec.internal.machine.Mapping m && m.immapReaders > 0)
			held.add("i_mmap_rwsem");
		if (!held.isEmpty())
			finding(FindingKind.ALLOCATION_UNDER_LOCK,
					what + "() may enter reclaim while holding " + String.join(" and ", held));
	}

	/** Records a finding at the running statement; the same finding at the same place is kept once. */
	public void finding(FindingKind kind, String message) {
		Frame f = current != null ? current : finished;
		String fn = f == null ? "-" : f.function.name();
		String file = f == null ? "-" : f.function.file();
		int line = f == null ? 0 : f.line;
		if (reported.add(kind + "|" + message + "|" + file + ":" + line))
			findings.add(new Finding(kind, message, fn, file, line));
	}

	public void event(TraceEventKind kind, String what) {
		if (observer != null)
			observer.event(kind, what);
		if (trace != null)
			event(kind, what, current, current == null ? 0 : current.line);
	}

	private void event(TraceEventKind kind, String what, Frame at, int line) {
		trace.add(new TraceEvent(kind, at == null ? 0 : at.depth + (kind == TraceEventKind.CALL ? 1 : 0), what,
				at == null ? "-" : at.function.file(), line));
	}

	private static String argsText(Object[] args) {
		StringBuilder s = new StringBuilder("(");
		for (int i = 0; i < args.length; i++) {
			if (i > 0)
				s.append(", ");
			s.append(Values.describe(args[i]));
		}
		return s.append(')').toString();
	}
}
