package org.faultline.explore.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.faultline.exec.ExecutableVersion;
import org.faultline.exec.FaultRun;
import org.faultline.exec.FollowUp;
import org.faultline.exec.RunResult;
import org.faultline.exec.Scenario;
import org.faultline.explore.Cause;
import org.faultline.model.exec.FindingKind;

/** One scenario (or workload) run on both versions, each watched by a {@link Probe}, and what differs. */
public record PairRun(RunResult before, RunResult after, Probe beforeProbe, Probe afterProbe) {

	/** @param discover whether the probes look for race points (only the runs of static scenarios need them) */
	public static PairRun run(Scenario s, List<FollowUp> followUps, ExecutableVersion before,
			ExecutableVersion after, boolean trace, boolean discover) {
		Probe b = new Probe(discover), a = new Probe(discover);
		return new PairRun(side(s, followUps, before, b, trace), side(s, followUps, after, a, trace), b, a);
	}

	private static RunResult side(Scenario s, List<FollowUp> followUps, ExecutableVersion v, Probe p,
			boolean trace) {
		return FaultRun.scenario(s).version(v).setTrace(trace).setMachineStates(true).setObserver(p)
				.setFollowUps(followUps).call();
	}

	/** Why the two runs differ, or null when outcome, findings, calls and final machine state are the same. */
	public Cause cause() {
		Set<FindingKind> kb = kinds(before), ka = kinds(after);
		Set<FindingKind> onlyBefore = EnumSet.copyOf(kb), onlyAfter = EnumSet.copyOf(ka);
		onlyBefore.removeAll(ka);
		onlyAfter.removeAll(kb);
		boolean sameCalls = beforeProbe.calls().equals(afterProbe.calls());
		if (sameCalls && onlyBefore.isEmpty() && onlyAfter.isEmpty() && before.outcome() == after.outcome()
				&& before.completed() == after.completed() && before.stateAfter().equals(after.stateAfter()))
			return null;
		// Where the behaviour parts says more than where the code's own calls part; failing that, the calls.
		List<String> sb = beforeProbe.steps(), sa = afterProbe.steps();
		boolean stepsSame = sb.equals(sa);
		if (stepsSame) {
			sb = beforeProbe.calls();
			sa = afterProbe.calls();
		}
		int i = 0;
		while (i < sb.size() && i < sa.size() && sb.get(i).equals(sa.get(i)))
			i++;
		return new Cause(onlyBefore, onlyAfter, stepsSame, i == 0 ? null : sb.get(i - 1), i < sb.size() ? sb.get(i) : null,
				i < sa.size() ? sa.get(i) : null);
	}

	private static Set<FindingKind> kinds(RunResult r) {
		Set<FindingKind> out = EnumSet.noneOf(FindingKind.class);
		r.findings().forEach(f -> out.add(f.kind()));
		return out;
	}
}
