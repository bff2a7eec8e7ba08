package org.faultline.cli.internal;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.faultline.c.ast.ExternalDeclaration.FunctionDefinition;
import org.faultline.c.diff.SemanticDiffResult.DecisionRow;
import org.faultline.c.diff.SemanticDiffResult.FunctionChange;
import org.faultline.exec.Finding;
import org.faultline.exec.FaultlineRun.Which;
import org.faultline.exec.RunResult;
import org.faultline.exec.ScenarioException;
import org.faultline.model.exec.FindingKind;
import org.faultline.model.review.AnnotationTarget;
import org.faultline.model.review.Side;
import org.faultline.review.Anchors;
import org.faultline.review.ReviewException;
import org.faultline.review.ReviewSession;
import org.faultline.review.Version;

/**
 * Reads what {@code annotate --on} names and pins it in the session's versions, so that a target that does not
 * exist (no such line, function, row, finding or step) is refused rather than stored:
 * <ul>
 * <li>{@code lines:SIDE:PATH:FIRST[-LAST]}</li>
 * <li>{@code function:SIDE:NAME}</li>
 * <li>{@code decision:FUNCTION:CALLEE}</li>
 * <li>{@code finding:SIDE:SCENARIO:KIND}</li>
 * <li>{@code step:SIDE:SCENARIO:N} (N counts the trace's events from 0)</li>
 * </ul>
 * SIDE is {@code before} or {@code after}.
 */
final class AnnotationTargets {

	static final String SYNTAX = "lines:SIDE:PATH:FIRST[-LAST], function:SIDE:NAME, decision:FUNCTION:CALLEE, "
			+ "finding:SIDE:SCENARIO:KIND or step:SIDE:SCENARIO:N (SIDE: before or after)";

	private AnnotationTargets() {
	}

	static AnnotationTarget resolve(String spec, ReviewSession session) throws ReviewException, ScenarioException {
		List<String> parts = List.of(spec.split(":", -1));
		String kind = parts.get(0);
		int expected = switch (kind) {
		case "lines", "finding", "step" -> 4;
		case "function", "decision" -> 3;
		default -> throw bad(spec, "unknown kind of target '" + kind + "'");
		};
		if (parts.size() != expected)
			throw bad(spec, "a " + kind + " target has " + expected + " parts separated by ':'");
		return switch (kind) {
		case "lines" -> lines(spec, side(spec, parts.get(1)), parts.get(2), parts.get(3), session);
		case "function" -> function(spec, side(spec, parts.get(1)), parts.get(2), session);
		case "decision" -> decision(spec, parts.get(1), parts.get(2), session);
		case "finding" -> finding(spec, side(spec, parts.get(1)), parts.get(2), parts.get(3), session);
		default -> step(spec, side(spec, parts.get(1)), parts.get(2), parts.get(3), session);
		};
	}

	private static AnnotationTarget lines(String spec, Side side, String path, String range, ReviewSession session)
			throws ReviewException {
		String[] ends = range.split("-", -1);
		int first = number(spec, ends[0]);
		int last = ends.length > 1 ? number(spec, ends[1]) : first;
		if (ends.length > 2 || first < 1 || last < first)
			throw bad(spec, "'" + range + "' is no range of lines (FIRST or FIRST-LAST, from 1)");
		return Anchors.lines(side, version(side, session), path, first, last);
	}

	private static AnnotationTarget function(String spec, Side side, String name, ReviewSession session)
			throws ReviewException {
		Version version = version(side, session);
		try {
			FunctionDefinition function = version.program().function(name);
			if (function == null)
				throw bad(spec, version.label() + " has no function " + name + " in its fault path's sources");
			return Anchors.function(side, function.range().file(), name);
		} catch (IOException e) {
			throw new ReviewException("cannot read the sources of " + version.label() + ": " + e.getMessage(), e);
		}
	}

	private static AnnotationTarget decision(String spec, String function, String callee, ReviewSession session)
			throws ReviewException {
		FunctionChange change = session.semanticDiff(function, null).function(function);
		DecisionRow row = change == null ? null : change.decision(callee);
		if (row == null)
			throw bad(spec, function + " has no decision row for " + callee);
		return Anchors.decisionRow(function, callee, row.after() != null ? row.after() : row.before());
	}

	private static AnnotationTarget finding(String spec, Side side, String scenario, String kindName,
			ReviewSession session) throws ReviewException, ScenarioException {
		FindingKind kind = FindingKind.get(kindName.toUpperCase(Locale.ROOT).replace('-', '_'));
		if (kind == null)
			throw bad(spec, "no kind of finding '" + kindName + "'");
		Finding finding = run(side, scenario, false, session).findings().stream().filter(f -> f.kind() == kind)
				.findFirst().orElseThrow(() -> bad(spec, scenario + " finds no " + kind.getLiteral() + " on the "
						+ side.getLiteral().toLowerCase() + " version"));
		return Anchors.finding(side, scenario, kind, finding.function());
	}

	private static AnnotationTarget step(String spec, Side side, String scenario, String n, ReviewSession session)
			throws ReviewException, ScenarioException {
		int step = number(spec, n);
		RunResult run = run(side, scenario, true, session);
		if (step < 0 || step >= run.trace().size())
			throw bad(spec, "the trace of " + scenario + " has " + run.trace().size() + " steps, counted from 0");
		return Anchors.traceStep(side, scenario, step, run.trace().get(step).toString().strip());
	}

	private static RunResult run(Side side, String scenario, boolean trace, ReviewSession session)
			throws ReviewException, ScenarioException {
		Which which = side == Side.BEFORE ? Which.BEFORE : Which.AFTER;
		return session.run(scenario, which, trace).values().iterator().next().getFirst();
	}

	private static Version version(Side side, ReviewSession session) throws ReviewException {
		return side == Side.BEFORE ? session.before() : session.after();
	}

	private static Side side(String spec, String name) throws ReviewException {
		return switch (name) {
		case "before" -> Side.BEFORE;
		case "after" -> Side.AFTER;
		default -> throw bad(spec, "the side is before or after, not '" + name + "'");
		};
	}

	private static int number(String spec, String text) throws ReviewException {
		try {
			return Integer.parseInt(text);
		} catch (NumberFormatException e) {
			throw bad(spec, "'" + text + "' is not a number");
		}
	}

	private static ReviewException bad(String spec, String problem) {
		return new ReviewException("--on " + spec + ": " + problem);
	}
}
