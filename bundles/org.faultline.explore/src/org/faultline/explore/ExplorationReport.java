package org.faultline.explore;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.faultline.exec.Finding;
import org.faultline.exec.RunResult;
import org.faultline.explore.internal.JsonWriter;
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
		StringWriter text = new StringWriter();
		JsonWriter json = new JsonWriter(text).beginObject().member("before", r.before()).member("after", r.after())
				.member("product", r.product()).member("feasible", r.feasible()).member("explored", r.explored())
				.member("sampled", r.sampled()).member("seed", r.seed()).member("same", r.same());
		json.name("pruned").beginObject();
		r.pruned().entrySet().stream().sorted(Map.Entry.comparingByKey())
				.forEach(e -> json.member(e.getKey().label(), e.getValue()));
		json.endObject().name("groups").beginArray();
		for (DifferenceGroup g : r.groups())
			json.beginObject().member("count", g.count()).member("cause", g.cause().describe())
					.member("onlyBefore", kinds(g.cause().onlyBefore())).member("onlyAfter", kinds(g.cause().onlyAfter()))
					.member("representative", g.representative().label()).member("scenario", g.scenarioText())
					.member("beforeOutcome", g.before().outcomeText()).member("afterOutcome", g.after().outcomeText())
					.endObject();
		json.endArray().name("workloads").beginArray();
		for (WorkloadResult w : workloads) {
			json.beginObject().member("name", w.workload().name());
			metrics(json.name("before"), w.before());
			metrics(json.name("after"), w.after());
			json.endObject();
		}
		json.endArray().endObject();
		return text.toString().strip();
	}

	private static void metrics(JsonWriter json, Metrics m) {
		json.beginObject().member("faults", m.faults()).member("faultCalls", m.faultCalls())
				.member("mapPagesCalls", m.mapPagesCalls()).member("pagesMapped", m.pagesMapped())
				.member("pageLocks", m.pageLocks()).member("pageTableAllocations", m.pageTableAllocations())
				.member("ptlAcquisitions", m.ptlAcquisitions()).member("reclaimUnderLock", m.reclaimUnderLock())
				.endObject();
	}

	private static List<String> kinds(Set<FindingKind> kinds) {
		return kinds.stream().sorted().map(FindingKind::name).toList();
	}
}
