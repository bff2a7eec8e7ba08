package org.faultline.exec.internal;

import org.faultline.model.exec.FindingKind;

import org.faultline.exec.Finding;
import org.faultline.exec.RunResult;
import org.faultline.exec.Scenario;
import org.faultline.exec.internal.interp.CompiledVersion;
import org.faultline.exec.internal.interp.InterpreterError;
import org.faultline.exec.internal.interp.Run;
import org.faultline.exec.internal.interp.Values;

/** Runs a version's fault path from __handle_mm_fault over a scenario's machine, and checks it on return. */
public final class FaultExecution {

	private FaultExecution() {
	}

	public static RunResult run(CompiledVersion version, String label, Scenario s, boolean trace, Run.StepHook hook) {
		Run run = MachineSetup.prepare(version, s, trace);
		run.setHook(hook);
		String entry = version.function("__handle_mm_fault") != null ? "__handle_mm_fault" : "handle_mm_fault";
		if (version.function(entry) == null)
			throw new IllegalArgumentException(label + " defines neither __handle_mm_fault nor handle_mm_fault");
		long address = s.fault().address();
		String before = trace ? run.machine.describe(address) : "";
		long[] walkBefore = run.machine.walk(address);
		long outcome = 0;
		boolean completed = false;
		try {
			outcome = Values.asLong(run.callBack(entry, run.machine.mm, run.vma, Values.box(address),
					Values.box(s.fault().flags())));
			completed = true;
		} catch (Run.Stop stop) {
			if ("paused".equals(stop.getMessage()))
				throw stop;
			run.finding(FindingKind.STEP_BUDGET, stop.getMessage());
		} catch (InterpreterError e) {
			run.finding(FindingKind.CRASH, e.getMessage());
		} catch (ClassCastException | IndexOutOfBoundsException | NullPointerException e) {
			// A primitive was handed a value of the wrong kind: the C code is wrong for the model.
			run.finding(FindingKind.CRASH, "a helper got an argument of the wrong kind: " + e.getMessage());
		}
		if (completed)
			ExitChecks.check(run, outcome, walkBefore);
		return new RunResult(label, s.name(), outcome, completed, run.findings(), run.trace(), before,
				trace ? run.machine.describe(address) : "", run.steps());
	}
}
