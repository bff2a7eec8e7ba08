package org.faultline.explore;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.faultline.exec.Finding;
import org.faultline.exec.RunResult;
import org.faultline.model.exec.FindingKind;

/** An {@link ExplorationResult} as text for a reader, or as JSON for tools. */
public final class ExplorationReport {

	private ExplorationReport() {
	}

	/** "N scenarios: cause" for each group, its representative and metrics; with the two traces if asked. */
	public static String text(ExplorationResult r, boolean traces) {
		StringBuilder s = new StringBuilder();
		s.append("exploration of ").append(r.before()).append(" -> ").append(r.after()).append('\n');
		s.append("space: ").append(r.product()).append(" static combinations; ").append(r.feasible())
				.append(" feasible scenarios with their variants; ").append(r.explored()).append(" run on both versions")
				.append(r.sampled() ? " (a sample, seed " + r.seed() + ")" : "").append('\n');
		s.append("pruned:\n");
		for (Rule rule : Rule.values())
			if (r.pruned().containsKey(rule))
				s.append("  ").append(r.pruned().get(rule)).append(' ').append(rule.label()).append(": ")
						.append(rule.why()).append('\n');
		s.append(r.same()).append(" scenarios behave the same; ").append(r.differing()).append(" differ, in ")
				.append(r.groups().size()).append(" groups:\n");
		for (DifferenceGroup g : r.groups()) {
			s.append('\n').append(g.count()).append(" scenarios: ").append(g.cause().describe()).append('\n');
			s.append("  representative: ").append(g.representative().label()).append('\n');
			side(s, "before", g.before(), g.beforeMetrics());
			side(s, "after", g.after(), g.afterMetrics());
			if (traces) {
				s.append("  scenario:\n").append(g.scenarioText().indent(4));
				s.append(g.before().report().indent(2)).append(g.after().report().indent(2));
			}
		}
		return s.toString();
	}

	private static void side(StringBuilder s, String name, RunResult r, Metrics m) {
		s.append("  ").append(name).append(": ").append(r.outcomeText()).append("; findings: ")
				.append(r.findings().isEmpty() ? "none" : r.findings().stream().map(f -> Finding.title(f.kind())).distinct()
						.collect(Collectors.joining(", ")))
				.append("; ").append(m.faultCalls()).append(" ->fault, ").append(m.mapPagesCalls()).append(" ->map_pages, ")
				.append(m.pagesMapped()).append(" pte(s) set\n");
	}

	/** The workloads, one block each with the metrics of both versions. */
	public static String text(List<WorkloadResult> workloads) {
		StringBuilder s = new StringBuilder("workloads:\n");
		workloads.forEach(w -> s.append(w.text()));
		return s.toString();
	}

	/**
	 * The result as one JSON object: counts, pruning by rule, the groups with their representatives, and the
	 * workloads' metrics by version.
	 */
	public static String json(ExplorationResult r, List<WorkloadResult> workloads) {
		StringBuilder s = new StringBuilder("{");
		field(s, "before", r.before()).append(',');
		field(s, "after", r.after()).append(',');
		s.append("\"product\":").append(r.product()).append(",\"feasible\":").append(r.feasible())
				.append(",\"explored\":").append(r.explored()).append(",\"sampled\":").append(r.sampled())
				.append(",\"seed\":").append(r.seed()).append(",\"same\":").append(r.same()).append(",\"pruned\":{");
		s.append(r.pruned().entrySet().stream().sorted(Map.Entry.comparingByKey())
				.map(e -> quote(e.getKey().label()) + ":" + e.getValue()).collect(Collectors.joining(",")));
		s.append("},\"groups\":[");
		boolean first = true;
		for (DifferenceGroup g : r.groups()) {
			s.append(first ? "" : ",").append('{');
			first = false;
			s.append("\"count\":").append(g.count()).append(',');
			field(s, "cause", g.cause().describe()).append(",\"onlyBefore\":").append(kinds(g.cause().onlyBefore()))
					.append(",\"onlyAfter\":").append(kinds(g.cause().onlyAfter())).append(',');
			field(s, "representative", g.representative().label()).append(',');
			field(s, "scenario", g.scenarioText()).append(',');
			field(s, "beforeOutcome", g.before().outcomeText()).append(',');
			field(s, "afterOutcome", g.after().outcomeText());
			s.append('}');
		}
		s.append("],\"workloads\":[");
		first = true;
		for (WorkloadResult w : workloads) {
			s.append(first ? "" : ",").append('{');
			first = false;
			field(s, "name", w.workload().name()).append(",\"before\":").append(metrics(w.before()))
					.append(",\"after\":").append(metrics(w.after())).append('}');
		}
		return s.append("]}").toString();
	}

	private static String metrics(Metrics m) {
		return "{\"faults\":" + m.faults() + ",\"faultCalls\":" + m.faultCalls() + ",\"mapPagesCalls\":"
				+ m.mapPagesCalls() + ",\"pagesMapped\":" + m.pagesMapped() + ",\"pageLocks\":" + m.pageLocks()
				+ ",\"pageTableAllocations\":" + m.pageTableAllocations() + ",\"ptlAcquisitions\":"
				+ m.ptlAcquisitions() + ",\"reclaimUnderLock\":" + m.reclaimUnderLock() + "}";
	}

	private static String kinds(java.util.Set<FindingKind> kinds) {
		return kinds.stream().sorted().map(k -> quote(k.name())).collect(Collectors.joining(",", "[", "]"));
	}

	private static StringBuilder field(StringBuilder s, String name, String value) {
		return s.append(quote(name)).append(':').append(quote(value));
	}

	private static String quote(String v) {
		StringBuilder q = new StringBuilder("\"");
		for (char c : v.toCharArray())
			switch (c) {
			case '"' -> q.append("\\\"");
			case '\\' -> q.append("\\\\");
			case '\n' -> q.append("\\n");
			case '\t' -> q.append("\\t");
			default -> {
				if (c < 0x20)
					q.append(String.format("\\u%04x", (int) c));
				else
					q.append(c);
			}
			}
		return q.append('"').toString();
	}
}
