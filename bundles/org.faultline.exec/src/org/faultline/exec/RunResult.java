package org.faultline.exec;

import org.faultline.model.exec.FindingKind;

import java.util.List;

/**
 * What one run of a version's fault path over a scenario gave: the VM_FAULT_* outcome (decoded by the version's
 * own names, {@link VmFault#decode(long, java.util.function.Function)}), the findings
 * of the invariants checked while it ran, what it reached that the engine does not know, the trace (empty
 * unless asked for), and the machine state before and after.
 *
 * @param unknown the functions ({@code "name()"}) and names the run reached that neither the version nor the
 *                engine defines, sorted; the run went on with the scenario's values for them, so it is
 *                {@link #incomplete()}: its findings, or their absence, are not the kernel's word
 */
public record RunResult(String version, String scenario, long outcome, String outcomeNames, boolean completed,
		List<Finding> findings, List<String> unknown, List<TraceEvent> trace, String stateBefore, String stateAfter,
		long steps) {

	public RunResult {
		findings = List.copyOf(findings);
		unknown = List.copyOf(unknown);
		trace = List.copyOf(trace);
	}

	public String outcomeText() {
		return completed ? outcomeNames : "did not complete";
	}

	/** Whether the run reached a function or name the engine does not know (ADR 0020). */
	public boolean incomplete() {
		return !unknown.isEmpty();
	}

	/** The reason a reader must not take the run as clean, or null when it is complete. */
	public String incompleteText() {
		return incomplete() ? "INCOMPLETE: reached " + String.join(", ", unknown)
				+ ", which neither the version nor the engine defines" : null;
	}

	public boolean has(FindingKind kind) {
		return findings.stream().anyMatch(f -> f.kind() == kind);
	}

	/** Outcome and findings, and the trace if there is one, as the CLI prints them. */
	public String report() {
		StringBuilder s = new StringBuilder();
		s.append("== ").append(version).append(": ").append(scenario).append('\n');
		s.append("outcome: ").append(outcomeText()).append(" (").append(steps).append(" steps)\n");
		if (incomplete())
			s.append(incompleteText()).append('\n');
		if (findings.isEmpty())
			s.append(incomplete() ? "findings: none found, but the run is incomplete\n" : "findings: none\n");
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
