package org.faultline.exec.internal;

import java.util.List;
import org.faultline.model.exec.FindingKind;
import org.faultline.model.exec.TraceEventKind;

import org.faultline.exec.FollowUp;
import org.faultline.exec.RunObserver;
import org.faultline.exec.RunResult;
import org.faultline.exec.Scenario;
import org.faultline.exec.VmFault;
import org.faultline.exec.internal.interp.CompiledVersion;
import org.faultline.exec.internal.interp.InterpreterError;
import org.faultline.exec.internal.interp.Run;

/**
 * Runs a version's fault path from its entry ({@link FaultEntry}) over a scenario's machine, and checks it on return; then
 * the follow-ups, if any, on the same machine.
 */
public final class FaultExecution {

	/**
	 * How to run: with a trace, with the machine state before and after (implied by the trace), a step hook, an
	 * observer, and follow-ups after the scenario's fault.
	 */
	public record Options(boolean trace, boolean states, Run.StepHook hook, RunObserver observer,
			List<FollowUp> followUps) {

		public static Options traced(boolean trace, Run.StepHook hook) {
			return new Options(trace, trace, hook, null, List.of());
		}
	}

	private FaultExecution() {
	}

	public static RunResult run(CompiledVersion version, String label, Scenario s, boolean trace, Run.StepHook hook) {
		return run(version, label, s, Options.traced(trace, hook));
	}

	public static RunResult run(CompiledVersion version, String label, Scenario s, Options o) {
		Run run = MachineSetup.prepare(version, s, o.trace());
		run.setHook(o.hook());
		run.setObserver(o.observer());
		FaultEntry entry = FaultEntry.of(version, label);
		long address = s.fault().address();
		String before = o.states() ? run.machine.describe(address) : "";
		Long outcome = fault(run, entry);
		for (FollowUp next : o.followUps()) {
			if (outcome == null || (outcome & (VmFault.ERROR | VmFault.RETRY)) != 0)
				break;
			switch (next) {
			case FollowUp.Fault f -> {
				if (run.machine.satisfies(f.address(), (f.flags() & 1) != 0))
					continue;
				run.address = f.address();
				run.flags = (int) f.flags();
				outcome = fault(run, entry);
			}
			case FollowUp.MadvDontneed z -> MachineSetup.race(run, Scenario.RaceAction.MADV_DONTNEED);
			case FollowUp.OtherMm m -> MachineSetup.otherMm(run);
			}
		}
		for (Run.Race r : run.racesNotRun())
			run.event(TraceEventKind.NOTE, "the race " + r.action() + " before call " + r.nth() + " of " + r.at()
					+ " never happened: this version's path made fewer such calls");
		long result = outcome == null ? 0 : outcome;
		return new RunResult(label, s.name(), result, VmFault.decode(result, run.program::constant), outcome != null,
				run.findings(), run.unknown(), run.trace(), before, o.states() ? run.machine.describe(address) : "",
				run.steps());
	}

	/** One fault at run.address with run.flags, and its exit checks; null when it did not complete. */
	private static Long fault(Run run, FaultEntry entry) {
		long[] walkBefore = run.machine.walk(run.address);
		Object cachedBefore = ExitChecks.cached(run);
		run.machine.zappedByOther = false;
		try {
			long outcome = entry.call(run);
			ExitChecks.check(run, outcome, walkBefore, cachedBefore);
			return outcome;
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
		return null;
	}
}
