package org.faultline.exec;

import org.faultline.model.exec.ExecFactory;
import org.faultline.model.exec.Trace;

/** Converts the engine's records into the EMF model at the engine's edge, for storing and showing. */
public final class ModelExport {

	private ModelExport() {
	}

	public static org.faultline.model.exec.RunResult toModel(RunResult r) {
		ExecFactory f = ExecFactory.eINSTANCE;
		var m = f.createRunResult();
		m.setVersion(r.version());
		m.setScenario(r.scenario());
		m.setOutcome(r.outcome());
		m.setOutcomeText(r.outcomeText());
		m.setCompleted(r.completed());
		m.getUnknown().addAll(r.unknown());
		m.setSteps(r.steps());
		m.setStateBefore(r.stateBefore());
		m.setStateAfter(r.stateAfter());
		for (Finding finding : r.findings()) {
			var x = f.createFinding();
			x.setKind(finding.kind());
			x.setMessage(finding.message());
			x.setFunction(finding.function());
			x.setFile(finding.file());
			x.setLine(finding.line());
			m.getFindings().add(x);
		}
		if (!r.trace().isEmpty()) {
			Trace trace = f.createTrace();
			for (TraceEvent e : r.trace()) {
				var x = f.createTraceEvent();
				x.setKind(e.kind());
				x.setDepth(e.depth());
				x.setWhat(e.what());
				x.setFile(e.file());
				x.setLine(e.line());
				trace.getEvents().add(x);
			}
			m.setTrace(trace);
		}
		return m;
	}

	public static org.faultline.model.exec.Scenario toModel(Scenario s) {
		var m = ExecFactory.eINSTANCE.createScenario();
		m.setName(s.name());
		m.setDescription(s.description());
		m.setText(s.text());
		return m;
	}
}
