package org.faultline.review;

import java.io.IOException;
import java.util.Arrays;

import org.faultline.model.exec.FindingKind;
import org.faultline.model.review.AnnotationTarget;
import org.faultline.model.review.DecisionRowTarget;
import org.faultline.model.review.FindingTarget;
import org.faultline.model.review.FunctionTarget;
import org.faultline.model.review.LineTarget;
import org.faultline.model.review.ReviewFactory;
import org.faultline.model.review.Side;
import org.faultline.model.review.TraceStepTarget;

/**
 * What an annotation can be pinned to, named so that it means the same after saving, reopening and a new
 * revision of the patch: lines of one version's file, a function, a decision-table row, a finding, a trace step.
 */
public final class Anchors {

	private static final ReviewFactory FACTORY = ReviewFactory.eINSTANCE;

	private Anchors() {
	}

	/**
	 * Lines {@code first} to {@code last} (1-based, inclusive) of a file of one version.
	 *
	 * @param excerpt the lines' text as they read now, to place the annotation again in another revision
	 */
	public static LineTarget lines(Side side, String path, int first, int last, String excerpt) {
		if (first < 1 || last < first)
			throw new IllegalArgumentException("lines " + first + " to " + last + " of " + path + " are no range");
		LineTarget target = FACTORY.createLineTarget();
		target.setSide(side);
		target.setPath(path);
		target.setFirstLine(first);
		target.setLastLine(last);
		target.setExcerpt(excerpt);
		return target;
	}

	/** Lines of a version, with their text read from it. */
	public static LineTarget lines(Side side, Version version, String path, int first, int last)
			throws ReviewException {
		String text;
		try {
			text = version.read(path);
		} catch (IOException e) {
			throw new ReviewException("cannot read " + path + " of " + version.label() + ": " + e.getMessage(), e);
		}
		if (text == null)
			throw new ReviewException(version.label() + " has no file " + path);
		String[] lines = text.split("\n", -1);
		if (last > lines.length)
			throw new ReviewException(path + " of " + version.label() + " has " + lines.length + " lines, not " + last);
		return lines(side, path, first, last, String.join("\n", Arrays.copyOfRange(lines, first - 1, last)));
	}

	public static FunctionTarget function(Side side, String path, String function) {
		FunctionTarget target = FACTORY.createFunctionTarget();
		target.setSide(side);
		target.setPath(path);
		target.setFunction(function);
		return target;
	}

	/** The row of {@code function}'s decision table that reaches {@code callee}, with its condition as shown. */
	public static DecisionRowTarget decisionRow(String function, String callee, String condition) {
		DecisionRowTarget target = FACTORY.createDecisionRowTarget();
		target.setSide(Side.BOTH);
		target.setFunction(function);
		target.setCallee(callee);
		target.setCondition(condition);
		return target;
	}

	/** A finding of a scenario's run on one version. */
	public static FindingTarget finding(Side side, String scenario, FindingKind kind, String function) {
		FindingTarget target = FACTORY.createFindingTarget();
		target.setSide(side);
		target.setScenario(scenario);
		target.setKind(kind);
		target.setFunction(function);
		return target;
	}

	/** What a target points at, in one line, e.g. {@code after mm/memory.c:12-14} or {@code finding ... }. */
	public static String describe(AnnotationTarget target) {
		String side = target.getSide() == null ? "" : target.getSide().getLiteral().toLowerCase() + " ";
		return switch (target) {
		case LineTarget l -> side + l.getPath() + ":" + l.getFirstLine()
				+ (l.getLastLine() == l.getFirstLine() ? "" : "-" + l.getLastLine());
		case FunctionTarget f -> side + "function " + f.getFunction() + " (" + f.getPath() + ")";
		case DecisionRowTarget d -> "decision row " + d.getFunction() + " -> " + d.getCallee();
		case FindingTarget f -> side + "finding " + f.getKind().getLiteral() + " of " + f.getScenario() + " in "
				+ f.getFunction();
		case TraceStepTarget t -> side + "trace step " + t.getStep() + " of " + t.getScenario() + ": " + t.getEvent();
		default -> side + target.eClass().getName();
		};
	}

	/** Step {@code step} (0-based) of a scenario's trace on one version, with the event it shows. */
	public static TraceStepTarget traceStep(Side side, String scenario, int step, String event) {
		TraceStepTarget target = FACTORY.createTraceStepTarget();
		target.setSide(side);
		target.setScenario(scenario);
		target.setStep(step);
		target.setEvent(event);
		return target;
	}
}
