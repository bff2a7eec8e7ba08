package org.faultline.review.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.faultline.c.analysis.CallClosure;
import org.faultline.c.diff.SemanticDiff;
import org.faultline.c.diff.SemanticDiffFormatter;
import org.faultline.c.diff.SemanticDiffResult;
import org.faultline.c.diff.SemanticDiffResult.DecisionRow;
import org.faultline.c.diff.SemanticDiffResult.FunctionChange;
import org.faultline.c.diff.SemanticDiffResult.OwnershipChange;
import org.faultline.c.diff.SemanticDiffResult.ResourceHandlers;
import org.faultline.c.parse.Program;
import org.faultline.exec.Finding;
import org.faultline.exec.FaultlineRun.Which;
import org.faultline.exec.Lockstep;
import org.faultline.exec.NamedScenarios;
import org.faultline.exec.RunResult;
import org.faultline.exec.ScenarioException;
import org.faultline.exec.StepSession.Point;
import org.faultline.exec.TraceEvent;
import org.faultline.model.c.CChangeStatus;
import org.faultline.model.patch.ApplyReport;
import org.faultline.model.patch.PatchMail;
import org.faultline.model.patch.PatchProblem;
import org.faultline.model.patch.Severity;
import org.faultline.patch.ApplyResult;
import org.faultline.review.ReviewException;
import org.faultline.review.ReviewSession;
import org.faultline.review.Version;
import org.faultline.review.report.ReviewReport.BalanceReport;
import org.faultline.review.report.ReviewReport.CallGraph;
import org.faultline.review.report.ReviewReport.DecisionReport;
import org.faultline.review.report.ReviewReport.FindingChange;
import org.faultline.review.report.ReviewReport.FindingChange.Change;
import org.faultline.review.report.ReviewReport.FunctionReport;
import org.faultline.review.report.ReviewReport.HunkApplied;
import org.faultline.review.report.ReviewReport.PatchApplied;
import org.faultline.review.report.ReviewReport.ScenarioReport;
import org.faultline.review.report.ReviewReport.Subject;
import org.faultline.review.report.ReviewReport.TraceStep;
import org.faultline.review.report.ReviewReport.Verdict;
import org.faultline.review.report.ReviewReport.VersionRef;

/**
 * Makes the {@link ReviewReport} of an open session: the semantic diff of the whole fault path, every shipped
 * scenario on both versions (with traces, to compare the calls made), and what only some outputs show, when
 * asked for: the call graph of both versions and the traces with their source lines. The runs are the long part;
 * the monitor gets one step per scenario.
 *
 * <pre>
 * ReviewReport report = ReviewReports.of(session, EnumSet.allOf(Extra.class), monitor);
 * </pre>
 */
public final class ReviewReports {

	/** What a report holds only when asked for, because only some outputs show it. */
	public enum Extra {
		/** both versions' call graphs of the fault path (JSON and HTML) */
		CALL_GRAPH,
		/** each run's steps with the source line of each (HTML) */
		TRACE_SOURCES
	}

	private ReviewReports() {
	}

	public static ReviewReport of(ReviewSession session, Set<Extra> extras, IProgressMonitor monitor)
			throws ReviewException, ScenarioException {
		ApplyResult applied = session.applyResult();
		List<PatchApplied> patches = applied == null ? List.of() : applied.reports().stream().map(ReviewReports::patch).toList();
		if (!session.hasAfter())
			return new ReviewReport(subject(session), patches, Verdict.DOES_NOT_APPLY, List.of(), List.of(), null,
					List.of(), new CallGraph(List.of(), List.of()), Abbreviations.of(List.of()));
		try {
			List<String> scenarioNames = NamedScenarios.names();
			SubMonitor progress = SubMonitor.convert(monitor, "Reviewing", 4 + scenarioNames.size());
			SemanticDiffResult diff = session.semanticDiff(null, progress.split(3));
			List<FunctionReport> functions = functions(diff, false);
			CallGraph graph = extras.contains(Extra.CALL_GRAPH)
					? callGraph(session.before().program(), session.after().program(), diff)
					: new CallGraph(List.of(), List.of());
			progress.split(1);
			List<ScenarioReport> scenarios = new ArrayList<>();
			for (String name : scenarioNames) {
				progress.subTask(name);
				List<RunResult> pair = session.run(name, Which.BOTH, true).get(name);
				scenarios.add(scenario(name, NamedScenarios.load(name).description(), pair.get(0), pair.get(1),
						extras.contains(Extra.TRACE_SOURCES) ? session : null));
				progress.split(1);
			}
			List<FindingChange> findings = findings(scenarios);
			return new ReviewReport(subject(session), patches, verdict(findings), findings, functions, diff, scenarios,
					graph, abbreviations(functions));
		} catch (IOException e) {
			throw new ReviewException("cannot read the fault path's sources: " + e.getMessage(), e);
		}
	}

	/** The verdict over a series: a patch that does not apply counts most, then new findings, then fixed ones. */
	public static Verdict overall(List<ReviewReport> reports) {
		for (Verdict v : List.of(Verdict.DOES_NOT_APPLY, Verdict.NEW_FINDINGS, Verdict.FIXES_FINDINGS))
			if (reports.stream().anyMatch(r -> r.verdict() == v))
				return v;
		return Verdict.NO_CHANGE_IN_FINDINGS;
	}

	private static Subject subject(ReviewSession session) throws ReviewException {
		PatchMail patch = session.document().getPatch();
		String author = patch == null || patch.getAuthorName() == null ? null
				: patch.getAuthorName() + (patch.getAuthorAddress() == null ? "" : " <" + patch.getAuthorAddress() + ">");
		Version before = session.before();
		VersionRef after = session.hasAfter()
				? new VersionRef(session.after().label(), session.after().commitId().name()) : null;
		return new Subject(patch == null ? "the modelled tree's two images" : patch.getSubject(), author,
				patch == null ? null : patch.getDateText(), session.document().getId(), session.base().name(),
				session.baseRevision(), new VersionRef(before.label(), before.commitId().name()), after);
	}

	private static PatchApplied patch(ApplyReport report) {
		PatchMail mail = report.getPatch();
		String position = mail.getSeriesIndex() > 0 ? "[" + mail.getSeriesIndex() + "/" + mail.getSeriesTotal() + "] " : "";
		List<HunkApplied> hunks = report.getHunkReports().stream().map(h -> new HunkApplied(h.getPath(),
				h.getHunkIndex(), h.getOutcome().getLiteral().toLowerCase(), HunkDescriptions.describe(h))).toList();
		var stat = report.getAppliedDiffstat();
		String diffstat = stat == null ? null : stat.getFilesChanged() + " files, " + stat.getInsertions()
				+ " insertions(+), " + stat.getDeletions() + " deletions(-)";
		List<String> notes = new ArrayList<>();
		String failure = null;
		for (PatchProblem problem : report.getProblems()) {
			String text = where(problem) + problem.getMessage();
			if (problem.getSeverity() != Severity.ERROR)
				notes.add(problem.getSeverity().getLiteral().toLowerCase() + ": " + text);
			else if (failure == null)
				failure = text;
		}
		String author = mail.getAuthorName() == null ? null
				: mail.getAuthorName() + (mail.getDateText() == null ? "" : ", " + mail.getDateText());
		return new PatchApplied(position + mail.getSubject(), author, hunks, diffstat, notes,
				report.isSuccess() ? null : failure == null ? "does not apply" : failure);
	}

	/** Where a problem is, as a prefix: {@code path hunk N: }, or nothing. */
	public static String where(PatchProblem problem) {
		String where = (problem.getPath() == null ? "" : problem.getPath())
				+ (problem.getHunkIndex() > 0 ? " hunk " + problem.getHunkIndex() : "");
		return where.isEmpty() ? "" : where + ": ";
	}

	/**
	 * The functions of a semantic diff as a report shows them, their decision rows and balances compared.
	 *
	 * @param unchangedToo also the unchanged functions and decision rows, not only what the patch changes
	 */
	public static List<FunctionReport> functions(SemanticDiffResult diff, boolean unchangedToo) {
		return diff.functions().stream().filter(f -> unchangedToo || f.status() != CChangeStatus.UNCHANGED)
				.map(f -> function(f, unchangedToo)).toList();
	}

	/**
	 * The resource calls whose callers in the fault path differ; callers listed in another order are the same
	 * callers.
	 */
	public static List<ResourceHandlers> changedHandlers(SemanticDiffResult diff) {
		return diff.handlers().stream().filter(h -> !Set.copyOf(h.before()).equals(Set.copyOf(h.after()))).toList();
	}

	/** The abbreviations of the long calls in the conditions of these functions' rows. */
	public static Abbreviations abbreviations(List<FunctionReport> functions) {
		return Abbreviations.of(literals(functions));
	}

	private static FunctionReport function(FunctionChange f, boolean unchangedRows) {
		List<String> notes = new ArrayList<>();
		f.signature().forEach(s -> notes.add("signature: " + SemanticDiffFormatter.describe(s)));
		if (!f.signature().isEmpty())
			notes.add(SemanticDiffFormatter.callers(f.signature().get(0)));
		f.contract().forEach(c -> notes.add(SemanticDiffFormatter.describe(c)));
		f.calls().forEach(c -> notes.add("calls: " + SemanticDiffFormatter.describe(c)));
		List<DecisionReport> decisions = new ArrayList<>();
		for (DecisionRow row : f.decisions())
			if (row.defined() && (unchangedRows || row.status() != CChangeStatus.UNCHANGED))
				decisions.add(new DecisionReport(row.callee(), ConditionComparison.of(row.before(), row.after())));
		List<BalanceReport> balances = new ArrayList<>();
		for (OwnershipChange o : f.ownership())
			balances.add(new BalanceReport(o.resource().label(), o.before(), o.after(),
					Balance.compare(Balance.parse(o.before()), Balance.parse(o.after()))));
		return new FunctionReport(f, notes, decisions, balances);
	}

	/** With {@code sources} null, the steps are left out. */
	private static ScenarioReport scenario(String name, String description, RunResult before, RunResult after,
			ReviewSession sources) throws ReviewException, IOException {
		List<Point> onlyBefore = new ArrayList<>();
		List<Point> onlyAfter = new ArrayList<>();
		for (Lockstep.Pair pair : Lockstep.alignCalls(before.trace(), after.trace())) {
			if (pair.right() == null)
				onlyBefore.add(pair.left());
			if (pair.left() == null)
				onlyAfter.add(pair.right());
		}
		boolean same = onlyBefore.isEmpty() && onlyAfter.isEmpty() && before.outcomeText().equals(after.outcomeText())
				&& kinds(before).equals(kinds(after));
		return new ScenarioReport(name, description, before, after, same, onlyBefore, onlyAfter,
				sources == null ? List.of() : steps(before, sources.before()),
				sources == null ? List.of() : steps(after, sources.after()));
	}

	private static Set<Object> kinds(RunResult run) {
		Set<Object> kinds = new LinkedHashSet<>();
		run.findings().forEach(f -> kinds.add(f.kind()));
		return kinds;
	}

	private static List<TraceStep> steps(RunResult run, Version version) throws IOException {
		Map<String, String[]> files = new HashMap<>();
		List<TraceStep> steps = new ArrayList<>();
		for (TraceEvent event : run.trace()) {
			String[] lines = files.get(event.file());
			if (lines == null && event.file() != null) {
				String text = version.read(event.file());
				lines = text == null ? new String[0] : text.split("\n", -1);
				files.put(event.file(), lines);
			}
			boolean known = lines != null && event.line() >= 1 && event.line() <= lines.length;
			steps.add(new TraceStep(event, known ? lines[event.line() - 1].strip() : null));
		}
		return steps;
	}

	/** Per scenario: findings only before (fixed), only after (new), or of a kind both have (kept). */
	private static List<FindingChange> findings(List<ScenarioReport> scenarios) {
		List<FindingChange> changes = new ArrayList<>();
		for (ScenarioReport s : scenarios) {
			for (Finding f : s.before().findings())
				changes.add(new FindingChange(s.name(), kinds(s.after()).contains(f.kind()) ? Change.KEPT : Change.FIXED,
						s.before().version(), f));
			for (Finding f : s.after().findings())
				if (!kinds(s.before()).contains(f.kind()))
					changes.add(new FindingChange(s.name(), Change.NEW, s.after().version(), f));
		}
		// a reviewer reads what the patch brings first, then what it fixes, then what stays
		changes.sort(java.util.Comparator.comparing(c -> switch (c.change()) {
			case NEW -> 0;
			case FIXED -> 1;
			case KEPT -> 2;
		}));
		return changes;
	}

	private static Verdict verdict(List<FindingChange> findings) {
		if (findings.stream().anyMatch(f -> f.change() == Change.NEW))
			return Verdict.NEW_FINDINGS;
		if (findings.stream().anyMatch(f -> f.change() == Change.FIXED))
			return Verdict.FIXES_FINDINGS;
		return Verdict.NO_CHANGE_IN_FINDINGS;
	}

	/** Both versions' call graphs of the fault path in one; a function is changed when the semantic diff says so. */
	private static CallGraph callGraph(Program before, Program after, SemanticDiffResult diff) {
		CallClosure b = CallClosure.of(before, SemanticDiff.FAULT_PATH_ROOT, SemanticDiff.PAGE_CACHE_OPERATIONS);
		CallClosure a = CallClosure.of(after, SemanticDiff.FAULT_PATH_ROOT, SemanticDiff.PAGE_CACHE_OPERATIONS);
		Set<String> names = new LinkedHashSet<>(b.functions());
		names.addAll(a.functions());
		List<CallGraph.Node> nodes = new ArrayList<>();
		List<CallGraph.Edge> edges = new ArrayList<>();
		for (String name : names) {
			FunctionChange change = diff.function(name);
			boolean changed = change != null && change.status() != CChangeStatus.UNCHANGED;
			nodes.add(new CallGraph.Node(name, status(b.contains(name), a.contains(name), changed)));
			Set<String> callees = new LinkedHashSet<>(b.callees(name));
			callees.addAll(a.callees(name));
			for (String callee : callees)
				edges.add(new CallGraph.Edge(name, callee,
						status(b.callees(name).contains(callee), a.callees(name).contains(callee), false)));
		}
		return new CallGraph(nodes, edges);
	}

	private static CallGraph.Status status(boolean before, boolean after, boolean changed) {
		if (!before)
			return CallGraph.Status.ADDED;
		if (!after)
			return CallGraph.Status.REMOVED;
		return changed ? CallGraph.Status.CHANGED : CallGraph.Status.SAME;
	}

	private static Set<String> literals(List<FunctionReport> functions) {
		Set<String> literals = new LinkedHashSet<>();
		for (FunctionReport f : functions) {
			f.decisions().forEach(d -> addLiterals(d.condition(), literals));
			f.balances().forEach(b -> b.nets().values().forEach(c -> addLiterals(c, literals)));
		}
		return literals;
	}

	private static void addLiterals(ConditionComparison c, Set<String> literals) {
		if (c.before() != null)
			literals.addAll(c.before().literals());
		if (c.after() != null)
			literals.addAll(c.after().literals());
	}
}
