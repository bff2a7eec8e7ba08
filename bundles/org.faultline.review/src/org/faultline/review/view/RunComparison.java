package org.faultline.review.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.faultline.model.exec.Finding;
import org.faultline.model.exec.RunResult;

/**
 * The runs of a review's scenarios, one entry per scenario with its run on each version, those that behave
 * differently first: another outcome, a kind of finding only one version has, or another sequence of trace events.
 */
public final class RunComparison {

	/** A scenario's two runs (either may be missing) and how they differ; {@code differences} empty when alike. */
	public record Entry(String scenario, RunResult before, RunResult after, List<String> differences) {

		public boolean differs() {
			return !differences.isEmpty();
		}
	}

	private final List<Entry> entries;

	private RunComparison(List<Entry> entries) {
		this.entries = entries;
	}

	/**
	 * Pairs runs by scenario.
	 *
	 * @param beforeLabel the version label of the before side's runs (the session's before version)
	 * @param afterLabel the after side's
	 */
	public static RunComparison of(List<RunResult> runs, String beforeLabel, String afterLabel) {
		Map<String, RunResult[]> pairs = new LinkedHashMap<>();
		for (RunResult run : runs) {
			RunResult[] pair = pairs.computeIfAbsent(run.getScenario(), s -> new RunResult[2]);
			if (run.getVersion().equals(beforeLabel))
				pair[0] = run;
			else if (run.getVersion().equals(afterLabel))
				pair[1] = run;
		}
		List<Entry> entries = new ArrayList<>();
		pairs.forEach((scenario, pair) -> entries.add(new Entry(scenario, pair[0], pair[1], differences(pair[0], pair[1]))));
		entries.sort(Comparator.comparing((Entry e) -> !e.differs()).thenComparing(Entry::scenario));
		return new RunComparison(List.copyOf(entries));
	}

	private static List<String> differences(RunResult before, RunResult after) {
		List<String> out = new ArrayList<>();
		if (before == null || after == null) {
			out.add(before == null ? "run on the after version only" : "run on the before version only");
			return out;
		}
		if (!Objects.equals(before.getOutcomeText(), after.getOutcomeText()))
			out.add("outcome " + before.getOutcomeText() + " -> " + after.getOutcomeText());
		onlyIn("before", before, after, out);
		onlyIn("after", after, before, out);
		// not a difference of behaviour, but what makes "no difference" untrustworthy: shown with them
		if (!before.getUnknown().isEmpty())
			out.add("before incomplete: reached " + String.join(", ", before.getUnknown()));
		if (!after.getUnknown().isEmpty())
			out.add("after incomplete: reached " + String.join(", ", after.getUnknown()));
		if (before.getTrace() != null && after.getTrace() != null) {
			// calls made, not every event: addresses and values differ between any two runs
			TraceAlignment calls = TraceAlignment.ofCalls(before.getTrace(), after.getTrace());
			List<String> onlyBefore = new ArrayList<>();
			List<String> onlyAfter = new ArrayList<>();
			for (TraceAlignment.Row r : calls.rows()) {
				if (r.kind() == TraceAlignment.Kind.SAME)
					continue;
				if (r.before() >= 0)
					onlyBefore.add(calls.beforeKey(r.before()));
				if (r.after() >= 0)
					onlyAfter.add(calls.afterKey(r.after()));
			}
			// a call both make, but at another point of the fault, is a move rather than a call lost and one gained
			List<String> moved = onlyBefore.stream().filter(onlyAfter::contains).distinct().toList();
			onlyBefore.removeAll(moved);
			onlyAfter.removeAll(moved);
			if (!onlyBefore.isEmpty())
				out.add("calls only before: " + String.join(", ", onlyBefore));
			if (!onlyAfter.isEmpty())
				out.add("calls only after: " + String.join(", ", onlyAfter));
			if (!moved.isEmpty())
				out.add("called at another point: " + String.join(", ", moved));
		}
		return out;
	}

	private static void onlyIn(String side, RunResult run, RunResult other, List<String> out) {
		for (Finding f : run.getFindings())
			if (other.getFindings().stream().noneMatch(g -> g.getKind() == f.getKind()))
				out.add("only " + side + ": " + findingTitle(f));
	}

	/** A finding in a line: its kind and where. */
	public static String findingTitle(Finding f) {
		return f.getKind().getLiteral() + (f.getFunction() == null ? "" : " in " + f.getFunction())
				+ (f.getFile() == null ? "" : " (" + f.getFile() + ":" + f.getLine() + ")");
	}

	public List<Entry> entries() {
		return entries;
	}

	/** The entries whose runs differ. */
	public List<Entry> differing() {
		return entries.stream().filter(Entry::differs).toList();
	}

	public Entry entry(String scenario) {
		return entries.stream().filter(e -> e.scenario().equals(scenario)).findFirst().orElse(null);
	}
}
