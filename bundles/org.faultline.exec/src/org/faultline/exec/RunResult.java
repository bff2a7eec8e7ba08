package org.faultline.exec;

import org.faultline.model.exec.FindingKind;

import java.util.List;

/**
 * What one run of a version's fault path over a scenario gave: the VM_FAULT_* outcome (decoded), the findings
 * of the invariants checked while it ran, the trace (empty unless asked for), and the machine state before and
 * after.
 */
public record RunResult(String version, String scenario, long outcome, boolean completed, List<Finding> findings,
		List<TraceEvent> trace, String stateBefore, String stateAfter, long steps) {

	public RunResult {
		findings = List.copyOf(findings);
		trace = List.copyOf(trace);
	}

	public String outcomeText() {
		return completed ? VmFault.decode(outcome) : "did not complete";
	}

	public boolean has(FindingKind kind) {
		return findings.stream().anyMatch(f -> f.kind() == kind);
	}

	/** Outcome and findings, and the trace if there is one, as the CLI prints them. */
	public String report() {
		StringBuilder s = new StringBuilder();
		s.append("== ").append(version).append(": ").append(scenario).append('\n');
		s.append("outcome: ").append(outcomeText()).append(" (").append(steps).append(" steps)\n");
		if (findings.isEmpty())
			s.append("findings: none\n");
		else {
			s.append("findings:\n");
			findings.forEach(f -> s.append("  ").append(f).append('\n'));
		}
		if (!trace.isEmpty()) {
			s.append("trace:\n");
			trace.forEach(e -> s.append("  ").append(e).append('\n'));
			s.append("state before:\n").append(stateBefore.indent(2));
			s.append("state after:\n").append(stateAfter.indent(2));
		}
		return s.toString();
	}
}
