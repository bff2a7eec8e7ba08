package org.faultline.exec;

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

	public RunResult call() {
		if (version == null)
			throw new IllegalStateException("no version to run");
		return FaultExecution.run(version.compiled, version.label(), scenario, trace, null);
	}
}
