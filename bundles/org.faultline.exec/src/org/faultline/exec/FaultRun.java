package org.faultline.exec;

import java.util.List;

import org.faultline.exec.internal.FaultExecution;

/**
 * Runs one scenario over one version of the fault path. Usage:
 *
 * <pre>
 * RunResult r = FaultRun.scenario(s).version(v).setTrace(true).call();
 * </pre>
 */
public final class FaultRun {

	private final Scenario scenario;
	private ExecutableVersion version;
	private boolean trace;
	private boolean states;
	private RunObserver observer;
	private List<FollowUp> followUps = List.of();

	private FaultRun(Scenario scenario) {
		this.scenario = scenario;
	}

	public static FaultRun scenario(Scenario scenario) {
		return new FaultRun(scenario);
	}

	public FaultRun version(ExecutableVersion v) {
		this.version = v;
		return this;
	}

	/** Records every call, lock, map, allocation and pte store; off, only findings and the outcome are kept. */
	public FaultRun setTrace(boolean on) {
		this.trace = on;
		return this;
	}

	/** Keeps the machine state before and after without the trace (for comparing two versions' runs). */
	public FaultRun setMachineStates(boolean on) {
		this.states = on;
		return this;
	}

	/** Tells {@code o} every call and event while the run goes; null for none. */
	public FaultRun setObserver(RunObserver o) {
		this.observer = o;
		return this;
	}

	/** What happens after the scenario's fault, in order, on the same machine; stops at a failed fault. */
	public FaultRun setFollowUps(List<FollowUp> f) {
		this.followUps = List.copyOf(f);
		return this;
	}

	public RunResult call() {
		if (version == null)
			throw new IllegalStateException("no version to run");
		return FaultExecution.run(version.compiled, version.label(), scenario,
				new FaultExecution.Options(trace, trace || states, null, observer, followUps));
	}
}
