package org.faultline.review;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jgit.lib.ObjectId;
import org.faultline.c.diff.SemanticDiffResult;
import org.faultline.c.diff.SemanticDiffResult.FunctionChange;
import org.faultline.exec.FaultlineRun.Which;
import org.faultline.exec.RunResult;
import org.faultline.exec.ScenarioException;
import org.faultline.exec.TraceEvent;
import org.faultline.model.patch.ApplyReport;
import org.faultline.model.patch.PatchFactory;
import org.faultline.model.patch.PatchSeries;
import org.faultline.model.review.Annotation;
import org.faultline.model.review.DecisionRowTarget;
import org.faultline.model.review.FindingTarget;
import org.faultline.model.review.FunctionTarget;
import org.faultline.model.review.LineTarget;
import org.faultline.model.review.Review;
import org.faultline.model.review.Side;
import org.faultline.model.review.TraceStepTarget;
import org.faultline.patch.PatchException;
import org.faultline.review.internal.LineMapper;
import org.faultline.review.internal.LineMapper.Mapped;

/**
 * Carries a review's annotations onto a new revision of its patch. Functions, decision-table rows, findings and
 * trace steps are placed by identity: the later version has the function, its semantic diff the row, its run
 * the finding or the step's event. Line ranges go through the diff of the two revisions' files of their side
 * and are confirmed by their excerpt. What cannot be placed is added all the same, orphaned, with the reason.
 *
 * <pre>
 * Revisions.Carried carried = Revisions.carryOver(v1Review, v2Session);
 * carried.orphaned().forEach(a -&gt; System.out.println(a.getOrphanReason()));
 * </pre>
 */
public final class Revisions {

	/** A trace event's place in the source, which moves with every edit above it and says nothing of the step. */
	private static final Pattern LOCATION = Pattern.compile("\\s*\\([^()]*:\\d+\\)$");

	/** The annotations added to the later review, placed and orphaned. */
	public record Carried(List<Annotation> placed, List<Annotation> orphaned) {
	}

	private final ReviewSession later;

	private final ReviewSession earlier;

	private SemanticDiffResult diff;

	private final Map<String, List<RunResult>> runs = new HashMap<>();

	private Revisions(ReviewSession earlier, ReviewSession later) {
		this.earlier = earlier;
		this.later = later;
	}

	/**
	 * Adds the annotations of {@code earlierReview} (with their replies) to the later session's review and
	 * records the earlier revision's id there. The earlier revision's files are made again by applying its patch
	 * in the later session's repository, onto its own base when that is there.
	 *
	 * @throws ReviewException when the earlier patch no longer reads or applies, or the later versions cannot be
	 *             built or run
	 */
	public static Carried carryOver(Review earlierReview, ReviewSession later) throws ReviewException {
		try (ReviewSession earlier = reopen(earlierReview, later)) {
			Revisions revisions = new Revisions(earlier, later);
			List<Annotation> placed = new ArrayList<>();
			List<Annotation> orphaned = new ArrayList<>();
			for (Annotation annotation : earlierReview.getAnnotations()) {
				Annotation carried = EcoreUtil.copy(annotation);
				String reason = revisions.place(carried);
				carried.setOrphaned(reason != null);
				carried.setOrphanReason(reason);
				(reason == null ? placed : orphaned).add(carried);
				later.document().getAnnotations().add(carried);
			}
			List<String> ids = later.document().getEarlierRevisions();
			for (String id : earlierReview.getEarlierRevisions())
				if (!ids.contains(id))
					ids.add(id);
			if (!ids.contains(earlierReview.getId()))
				ids.add(earlierReview.getId());
			return new Carried(placed, orphaned);
		}
	}

	private static ReviewSession reopen(Review review, ReviewSession later) throws ReviewException {
		PatchSeries series = PatchFactory.eINSTANCE.createPatchSeries();
		series.setSource("earlier revision " + review.getId());
		for (ApplyReport report : review.getApplyReports())
			series.getPatches().add(EcoreUtil.copy(report.getPatch() != null ? report.getPatch() : review.getPatch()));
		String base = later.before().commitId().name();
		try {
			String own = review.getBefore() == null ? null : review.getBefore().getCommitId();
			if (own != null && later.base().repository().getObjectDatabase().has(ObjectId.fromString(own)))
				base = own;
			ReviewSession session = ReviewSession.on(later.base()).setSeries(series).setBaseRevision(base).open();
			if (!session.hasAfter()) {
				session.close();
				throw new ReviewException("the earlier revision's patch no longer applies to " + base);
			}
			return session;
		} catch (PatchException e) {
			throw new ReviewException("the earlier revision's patch does not read: " + e.getMessage(), e);
		} catch (IOException e) {
			throw new ReviewException("cannot read " + later.base().name() + ": " + e.getMessage(), e);
		}
	}

	/** Re-targets a carried annotation in place; returns why it cannot be placed, or null. */
	private String place(Annotation annotation) throws ReviewException {
		try {
			return switch (annotation.getTarget()) {
				case LineTarget t -> lines(t);
				case FunctionTarget t -> function(t);
				case DecisionRowTarget t -> row(t);
				case FindingTarget t -> finding(t);
				case TraceStepTarget t -> step(t);
				default -> "Faultline does not know a " + annotation.getTarget().eClass().getName();
			};
		} catch (IOException e) {
			throw new ReviewException("cannot read the versions: " + e.getMessage(), e);
		} catch (ScenarioException e) {
			return "the scenario no longer runs: " + e.getMessage();
		}
	}

	private String lines(LineTarget t) throws IOException, ReviewException {
		Version before = t.getSide() == Side.BEFORE ? earlier.before() : earlier.after();
		Version after = t.getSide() == Side.BEFORE ? later.before() : later.after();
		String earlierText = before.read(t.getPath());
		String laterText = after.read(t.getPath());
		if (laterText == null)
			return t.getPath() + " is not in " + after.label();
		if (earlierText == null)
			return t.getPath() + " was not in " + before.label();
		Mapped mapped = new LineMapper(earlierText, laterText).map(t.getFirstLine(), t.getLastLine(), t.getExcerpt());
		if (!mapped.placed())
			return mapped.reason() + " (" + t.getPath() + ", " + t.getSide().getName().toLowerCase() + ")";
		t.setFirstLine(mapped.first());
		t.setLastLine(mapped.last());
		return null;
	}

	private String function(FunctionTarget t) throws IOException, ReviewException {
		boolean inBefore = later.before().program().function(t.getFunction()) != null;
		boolean inAfter = later.after().program().function(t.getFunction()) != null;
		boolean there = switch (t.getSide()) {
			case BEFORE -> inBefore;
			case AFTER -> inAfter;
			case BOTH -> inBefore || inAfter;
		};
		return there ? null : "no function " + t.getFunction() + " on the " + t.getSide().getName().toLowerCase()
				+ " side of this revision";
	}

	private String row(DecisionRowTarget t) throws ReviewException {
		if (diff == null)
			diff = later.semanticDiff(null, null);
		FunctionChange change = diff.function(t.getFunction());
		return change != null && change.decision(t.getCallee()) != null ? null
				: "the semantic diff of this revision has no row " + t.getFunction() + " -> " + t.getCallee();
	}

	private String finding(FindingTarget t) throws ReviewException, ScenarioException {
		for (RunResult run : runs(t.getScenario(), t.getSide()))
			if (run.findings().stream().anyMatch(f -> f.kind() == t.getKind()
					&& (t.getFunction() == null || t.getFunction().equals(f.function()))))
				return null;
		return "the run of " + t.getScenario() + " on this revision has no " + t.getKind().getName()
				+ (t.getFunction() == null ? "" : " in " + t.getFunction());
	}

	private String step(TraceStepTarget t) throws ReviewException, ScenarioException {
		if (t.getSide() == Side.BOTH)
			return "a trace step belongs to one version";
		List<TraceEvent> trace = runs(t.getScenario(), t.getSide()).getFirst().trace();
		String wanted = t.getEvent() == null ? null : event(t.getEvent());
		int best = -1;
		for (int i = 0; i < trace.size(); i++)
			if (wanted != null && wanted.equals(event(trace.get(i).toString()))
					&& (best < 0 || Math.abs(i - t.getStep()) < Math.abs(best - t.getStep())))
				best = i;
		if (best < 0)
			return "the trace of " + t.getScenario() + " on this revision has no step " + t.getEvent();
		t.setStep(best);
		t.setEvent(trace.get(best).toString().strip());
		return null;
	}

	private static String event(String text) {
		return LOCATION.matcher(text.strip()).replaceFirst("");
	}

	/** The later revision's runs of a scenario on a side (both runs for BOTH), run once with a trace. */
	private List<RunResult> runs(String scenario, Side side) throws ReviewException, ScenarioException {
		List<RunResult> both = runs.get(scenario);
		if (both == null) {
			both = later.run(scenario, Which.BOTH, true).get(scenario);
			runs.put(scenario, both);
		}
		return switch (side) {
			case BEFORE -> List.of(both.get(0));
			case AFTER -> List.of(both.get(1));
			case BOTH -> both;
		};
	}
}
