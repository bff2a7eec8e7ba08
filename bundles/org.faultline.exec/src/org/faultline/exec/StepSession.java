package org.faultline.exec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.faultline.exec.internal.FaultExecution;
import org.faultline.exec.internal.StateTrees;
import org.faultline.exec.internal.interp.Frame;
import org.faultline.exec.internal.interp.Run;
import org.faultline.exec.internal.interp.Values;

/**
 * Steps through one run: into, over, out, to a breakpoint, and back. A run is deterministic, so the state at
 * step n is made by running again up to step n: going back gives exactly the earlier state, and nothing has
 * to be undone.
 */
public final class StepSession {

	/** Where a step is: the statement about to run, and how deep in calls. */
	public record Point(int step, int depth, String function, String file, int line) {
	}

	/**
	 * One frame, innermost first, with its parameters and locals: as text, and as trees in which structs
	 * expand to their fields and pointers to what they reach.
	 */
	public record FrameView(String function, String file, int line, Map<String, String> locals,
			List<StateNode> variables) {
	}

	/**
	 * Everything the IDE shows at a step: the frames, the machine (as one text and as groups: page tables,
	 * vmas, page cache, pages, locks, pte maps, counters) and the findings raised so far.
	 */
	public record Snapshot(Point point, List<FrameView> frames, String machine, List<StateNode> machineState,
			List<Raised> findings) {
	}

	/**
	 * A finding with the step whose statement raised it; a finding of the exit checks has the run's last step.
	 * It is seen from the next position on.
	 */
	public record Raised(Finding finding, int step) {
	}

	/** A function name, or a file and line. */
	public record Breakpoint(String function, String file, int line) {
		public static Breakpoint function(String name) {
			return new Breakpoint(name, null, 0);
		}

		public static Breakpoint line(String file, int line) {
			return new Breakpoint(null, file, line);
		}

		/** A function breakpoint stops where the function is entered; a line one at any step on the line. */
		boolean matches(Point previous, Point p) {
			if (function == null)
				return p.file().equals(file) && p.line() == line;
			return function.equals(p.function()) && (previous == null || previous.depth() < p.depth());
		}
	}

	private final ExecutableVersion version;
	private final Scenario scenario;
	private final List<Point> points = new ArrayList<>();
	private final RunResult result;
	private final List<Raised> raised = new ArrayList<>();
	private int position;

	private StepSession(ExecutableVersion version, Scenario scenario) {
		this.version = version;
		this.scenario = scenario;
		this.result = FaultExecution.run(version.compiled, version.label(), scenario, true, (run, frame) -> {
			// what the previous statement raised is seen before this one
			while (raised.size() < run.findings().size())
				raised.add(new Raised(run.findings().get(raised.size()), points.size()));
			points.add(new Point(points.size() + 1, frame.depth, frame.function.name(), frame.function.file(),
					frame.line));
		});
		for (int i = raised.size(); i < result.findings().size(); i++)
			raised.add(new Raised(result.findings().get(i), points.size()));
	}

	public static StepSession start(ExecutableVersion version, Scenario scenario) {
		return new StepSession(version, scenario);
	}

	/** The whole run's result (outcome, findings, trace). */
	public RunResult result() {
		return result;
	}

	/** Steps in the whole run; position {@link #length()} is the end. */
	public int length() {
		return points.size();
	}

	/** 0 before the first statement, {@link #length()} after the last. */
	public int position() {
		return position;
	}

	public List<Point> points() {
		return List.copyOf(points);
	}

	/** Every finding of the run with the step that raised it, in the order raised. */
	public List<Raised> raised() {
		return List.copyOf(raised);
	}

	/** The findings seen at a position: raised by an earlier step, or every one at the end. */
	public List<Raised> raisedAt(int step) {
		return raised.stream().filter(r -> r.step() < step || step >= points.size()).toList();
	}

	public boolean stepInto() {
		return goTo(position + 1);
	}

	/** To the next step in this function or a caller, or to the end; false only at the end already. */
	public boolean stepOver() {
		int depth = position == 0 ? 0 : points.get(position - 1).depth();
		return seek(p -> p.depth() <= depth);
	}

	/** To the next step in a caller, or to the end when no caller has a statement left; false at the end. */
	public boolean stepOut() {
		int depth = position == 0 ? 0 : points.get(position - 1).depth();
		return seek(p -> p.depth() < depth);
	}

	public boolean runTo(Breakpoint b) {
		for (int i = position; i < points.size(); i++)
			if (b.matches(i == 0 ? null : points.get(i - 1), points.get(i)))
				return goTo(i + 1);
		goTo(points.size());
		return false;
	}

	public boolean backStep() {
		return goTo(position - 1);
	}

	public boolean goTo(int step) {
		if (step < 0 || step > points.size())
			return false;
		position = step;
		return true;
	}

	private boolean seek(java.util.function.Predicate<Point> p) {
		if (position >= points.size())
			return false;
		for (int i = position; i < points.size(); i++)
			if (p.test(points.get(i)))
				return goTo(i + 1);
		return goTo(points.size());
	}

	/**
	 * The frames and machine state at the current position, made by running up to it; before the first step,
	 * the machine as the scenario sets it up and no frame.
	 */
	public Snapshot snapshot() {
		if (position == 0)
			return new Snapshot(null, List.of(), result.stateBefore(), List.of(), List.of());
		Snapshot[] taken = new Snapshot[1];
		int target = position;
		try {
			FaultExecution.run(version.compiled, version.label(), scenario, false, (run, frame) -> {
				if (run.steps() == target) {
					String machine = run.machine.describe(scenario.fault().address());
					taken[0] = new Snapshot(points.get(target - 1), frames(frame), machine, StateTrees.machine(run),
							raisedAt(target));
					throw Run.pause();
				}
			});
		} catch (Run.Stop paused) {
			// reached the step
		}
		return taken[0];
	}

	private static List<FrameView> frames(Frame innermost) {
		List<FrameView> out = new ArrayList<>();
		for (Frame f = innermost; f != null; f = f.caller) {
			Map<String, String> locals = new LinkedHashMap<>();
			for (int i = 0; i < f.cells.length; i++)
				locals.put(f.function.cellName(i), Values.describe(f.cells[i]));
			out.add(new FrameView(f.function.name(), f.function.file(), f.line, locals, StateTrees.variables(f)));
		}
		return out;
	}
}
