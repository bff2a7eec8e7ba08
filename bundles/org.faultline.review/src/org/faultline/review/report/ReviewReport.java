package org.faultline.review.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.faultline.c.diff.SemanticDiffResult;
import org.faultline.c.diff.SemanticDiffResult.FunctionChange;
import org.faultline.c.diff.SemanticDiffResult.ResourceHandlers;
import org.faultline.exec.Finding;
import org.faultline.exec.RunResult;
import org.faultline.exec.StepSession.Point;
import org.faultline.exec.TraceEvent;

/**
 * A whole review as a reviewer reads it, the same for the terminal, JSON and HTML: what was reviewed, how the
 * patch applied, the findings the patch fixes or brings, the changed functions of the fault path with their
 * decision rows and balances compared, every shipped scenario run on both versions, and the call graph. Made
 * by {@link ReviewReports#of}; with a patch that does not apply it holds only the apply report.
 *
 * @param diff the semantic diff it was made from; null when the patch does not apply
 * @param callGraph empty unless asked for ({@link ReviewReports.Extra#CALL_GRAPH})
 * @param abbreviations short forms of the long calls in the conditions shown, with their legend
 */
public record ReviewReport(Subject subject, List<PatchApplied> patches, Verdict verdict, List<FindingChange> findings,
		List<FunctionReport> functions, SemanticDiffResult diff, List<ScenarioReport> scenarios, CallGraph callGraph,
		Abbreviations abbreviations) {

	public ReviewReport {
		patches = List.copyOf(patches);
		findings = List.copyOf(findings);
		functions = List.copyOf(functions);
		scenarios = List.copyOf(scenarios);
	}

	/**
	 * The resource calls whose callers in the fault path differ; callers listed in another order are the same
	 * callers.
	 */
	public List<ResourceHandlers> changedHandlers() {
		return diff == null ? List.of() : ReviewReports.changedHandlers(diff);
	}

	/**
	 * The runs that reached a function or name the engine does not know, as {@code "scenario (version)"}: for
	 * them the review cannot say whether the kernel has a finding (ADR 0020).
	 */
	public List<String> incompleteRuns() {
		List<String> runs = new ArrayList<>();
		for (ScenarioReport s : scenarios)
			for (RunResult r : List.of(s.before(), s.after()))
				if (r.incomplete())
					runs.add(s.name() + " (" + r.version() + ")");
		return runs;
	}

	/** Every function and name that some run reached and the engine does not know, sorted. */
	public Set<String> unknown() {
		Set<String> names = new TreeSet<>();
		scenarios.forEach(s -> {
			names.addAll(s.before().unknown());
			names.addAll(s.after().unknown());
		});
		return names;
	}

	/**
	 * What was reviewed on what: the (last) patch's subject and author, the tree, and the two versions.
	 *
	 * @param after null when the patch does not apply
	 */
	public record Subject(String title, String author, String date, String patchId, String tree, String baseRevision,
			VersionRef before, VersionRef after) {
	}

	/** One side: how reports call it and its commit. */
	public record VersionRef(String label, String commit) {
	}

	/**
	 * How one patch applied.
	 *
	 * @param failure the first error when it did not apply, else null
	 */
	public record PatchApplied(String label, String author, List<HunkApplied> hunks, String diffstat,
			List<String> notes, String failure) {
		public PatchApplied {
			hunks = List.copyOf(hunks);
			notes = List.copyOf(notes);
		}

		public boolean applied() {
			return failure == null;
		}
	}

	/** @param outcome exact, offset, whitespace-repaired or failed; {@code description} says where and how */
	public record HunkApplied(String path, int index, String outcome, String description) {
	}

	/** What the review says about the patch's effect on findings, from the runs of every scenario. */
	public enum Verdict {
		/** No scenario finds anything on one version that it does not find on the other. */
		NO_CHANGE_IN_FINDINGS,
		/** Some findings of the old version are gone, and the new version has none of its own. */
		FIXES_FINDINGS,
		/** The new version has findings the old one did not. */
		NEW_FINDINGS,
		/** The patch (or one of the series) does not apply: nothing else was reviewed. */
		DOES_NOT_APPLY
	}

	/** A finding of one scenario and whether the patch fixes it, brings it, or keeps it. */
	public record FindingChange(String scenario, Change change, String version, Finding finding) {
		public enum Change {
			/** Only the old version has it. */
			FIXED,
			/** Only the new version has it. */
			NEW,
			/** Both versions have a finding of this kind. */
			KEPT
		}
	}

	/**
	 * A function of the fault path that changed, in the form a reviewer reads.
	 *
	 * @param change the semantic diff's own record (signature, contract, calls in full)
	 * @param notes one line per signature, contract and call change
	 */
	public record FunctionReport(FunctionChange change, List<String> notes, List<DecisionReport> decisions,
			List<BalanceReport> balances) {
		public FunctionReport {
			notes = List.copyOf(notes);
			decisions = List.copyOf(decisions);
			balances = List.copyOf(balances);
		}

		public String name() {
			return change.name();
		}
	}

	/** A row of a function's decision table: the condition under which it reaches a fault-path callee. */
	public record DecisionReport(String callee, ConditionComparison condition) {
	}

	/**
	 * A resource whose balance on the ways out changed: per net change, the condition of the paths with it.
	 *
	 * @param nets net change (e.g. "-1") to both sides' conditions; a side's condition is null where no path
	 *            has that net
	 */
	public record BalanceReport(String resource, String before, String after, Map<String, ConditionComparison> nets) {
		public BalanceReport {
			nets = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(nets));
		}
	}

	/**
	 * A scenario run on both versions.
	 *
	 * @param same whether both behave alike: the same outcome, kinds of finding and calls
	 * @param callsOnlyBefore calls made only by the old version (aligned by call events)
	 * @param traceBefore empty unless asked for ({@link ReviewReports.Extra#TRACE_SOURCES})
	 */
	public record ScenarioReport(String name, String description, RunResult before, RunResult after, boolean same,
			List<Point> callsOnlyBefore, List<Point> callsOnlyAfter, List<TraceStep> traceBefore,
			List<TraceStep> traceAfter) {
		public ScenarioReport {
			callsOnlyBefore = List.copyOf(callsOnlyBefore);
			callsOnlyAfter = List.copyOf(callsOnlyAfter);
			traceBefore = List.copyOf(traceBefore);
			traceAfter = List.copyOf(traceAfter);
		}
	}

	/** A trace event with its version's source line, trimmed; null when the file has no such line. */
	public record TraceStep(TraceEvent event, String source) {
	}

	/** The fault path's call graph of both versions in one: which functions and calls are new, gone or changed. */
	public record CallGraph(List<Node> nodes, List<Edge> edges) {
		public CallGraph {
			nodes = List.copyOf(nodes);
			edges = List.copyOf(edges);
		}

		public enum Status {
			SAME, CHANGED, ADDED, REMOVED
		}

		public record Node(String name, Status status) {
		}

		/** A call; {@code CHANGED} is not used for edges. */
		public record Edge(String from, String to, Status status) {
		}
	}
}
