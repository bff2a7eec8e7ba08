package org.faultline.review.report;

import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.faultline.c.diff.SemanticDiffResult.CodeMove;
import org.faultline.c.diff.SemanticDiffResult.ResourceHandlers;
import org.faultline.c.ast.SourceRange;
import org.faultline.exec.Finding;
import org.faultline.exec.RunResult;
import org.faultline.exec.StepSession.Point;
import org.faultline.explore.internal.JsonWriter;
import org.faultline.review.report.ReviewReport.BalanceReport;
import org.faultline.review.report.ReviewReport.CallGraph;
import org.faultline.review.report.ReviewReport.DecisionReport;
import org.faultline.review.report.ReviewReport.FindingChange;
import org.faultline.review.report.ReviewReport.FunctionReport;
import org.faultline.review.report.ReviewReport.HunkApplied;
import org.faultline.review.report.ReviewReport.PatchApplied;
import org.faultline.review.report.ReviewReport.ScenarioReport;
import org.faultline.review.report.ReviewReport.Verdict;
import org.faultline.review.report.ReviewReport.VersionRef;

/**
 * Reviews as JSON for tools, in the format {@value #FORMAT} version {@value #VERSION}, described by
 * {@code docs/json-schema/review-v1.schema.json}. Conditions are given whole and factored, atoms unabbreviated;
 * traces are left out (the HTML report shows them). A change that can break a reader raises the version.
 */
public final class ReviewJson {

	public static final String FORMAT = "faultline-review";

	public static final int VERSION = 1;

	private ReviewJson() {
	}

	/** Writes one document for the reviews (one per patch of a series) and flushes nothing: the caller does. */
	public static void write(List<ReviewReport> reports, Writer out) {
		JsonWriter json = new JsonWriter(out);
		json.beginObject().member("format", FORMAT).member("formatVersion", VERSION);
		json.member("verdict", verdict(ReviewReports.overall(reports)));
		json.name("reviews").beginArray();
		reports.forEach(r -> review(r, json));
		json.endArray().endObject();
	}

	private static void review(ReviewReport r, JsonWriter json) {
		json.beginObject();
		var s = r.subject();
		json.name("subject").beginObject().member("title", s.title()).member("author", s.author())
				.member("date", s.date()).member("patchId", s.patchId()).member("tree", s.tree())
				.member("baseRevision", s.baseRevision());
		version("before", s.before(), json);
		version("after", s.after(), json);
		json.endObject();
		json.member("verdict", verdict(r.verdict()));
		json.member("incomplete", r.incompleteRuns()).member("unknown", List.copyOf(r.unknown()));
		json.name("patches").beginArray();
		r.patches().forEach(p -> patch(p, json));
		json.endArray();
		json.name("findings").beginArray();
		r.findings().forEach(f -> finding(f, json));
		json.endArray();
		json.name("functions").beginArray();
		r.functions().forEach(f -> function(f, json));
		json.endArray();
		json.name("moves").beginArray();
		if (r.diff() != null)
			r.diff().moves().forEach(m -> move(m, json));
		json.endArray();
		json.name("handlers").beginArray();
		r.changedHandlers().forEach(h -> handlers(h, json));
		json.endArray();
		json.name("scenarios").beginArray();
		r.scenarios().forEach(sc -> scenario(sc, json));
		json.endArray();
		callGraph(r.callGraph(), json);
		json.endObject();
	}

	private static void version(String name, VersionRef v, JsonWriter json) {
		json.name(name);
		if (v == null)
			json.value((String) null);
		else
			json.beginObject().member("label", v.label()).member("commit", v.commit()).endObject();
	}

	private static void patch(PatchApplied p, JsonWriter json) {
		json.beginObject().member("label", p.label()).member("author", p.author()).member("applied", p.applied())
				.member("failure", p.failure()).member("diffstat", p.diffstat()).member("notes", p.notes());
		json.name("hunks").beginArray();
		for (HunkApplied h : p.hunks())
			json.beginObject().member("path", h.path()).member("index", h.index()).member("outcome", h.outcome())
					.member("description", h.description()).endObject();
		json.endArray().endObject();
	}

	private static void finding(FindingChange f, JsonWriter json) {
		json.beginObject().member("scenario", f.scenario()).member("change", f.change().name().toLowerCase(Locale.ROOT))
				.member("version", f.version());
		findingFields(f.finding(), json);
		json.endObject();
	}

	private static void findingFields(Finding f, JsonWriter json) {
		json.member("kind", f.kind().getLiteral()).member("title", f.title()).member("message", f.message())
				.member("function", f.function()).member("file", f.file()).member("line", f.line());
	}

	private static void function(FunctionReport f, JsonWriter json) {
		SourceRange where = f.change().after() != null ? f.change().after() : f.change().before();
		json.beginObject().member("name", f.name())
				.member("status", f.change().status().getLiteral().toLowerCase(Locale.ROOT))
				.member("file", where == null ? null : where.file()).member("line", where == null ? 0 : where.line())
				.member("notes", f.notes());
		json.name("decisions").beginArray();
		for (DecisionReport d : f.decisions()) {
			json.beginObject().member("callee", d.callee());
			comparison(d.condition(), json);
			json.endObject();
		}
		json.endArray();
		json.name("balances").beginArray();
		for (BalanceReport b : f.balances()) {
			json.beginObject().member("resource", b.resource()).member("before", b.before()).member("after", b.after());
			json.name("nets").beginArray();
			for (Map.Entry<String, ConditionComparison> net : b.nets().entrySet()) {
				json.beginObject().member("net", net.getKey());
				comparison(net.getValue(), json);
				json.endObject();
			}
			json.endArray().endObject();
		}
		json.endArray().endObject();
	}

	/** The members of a compared condition: both texts, then the factored parts. */
	private static void comparison(ConditionComparison c, JsonWriter json) {
		json.member("before", c.before() == null ? null : c.before().text())
				.member("after", c.after() == null ? null : c.after().text()).member("same", c.same())
				.member("shared", c.shared());
		cases("sharedCases", c.sharedCases(), json);
		side("beforeOnly", c.beforeSide(), json);
		side("afterOnly", c.afterSide(), json);
	}

	private static void side(String name, ConditionComparison.Side side, JsonWriter json) {
		json.name(name).beginObject().member("literals", side.only());
		cases("cases", side.cases(), json);
		json.endObject();
	}

	private static void cases(String name, List<List<String>> cases, JsonWriter json) {
		json.name(name).beginArray();
		for (List<String> c : cases) {
			json.beginArray();
			c.forEach(json::value);
			json.endArray();
		}
		json.endArray();
	}

	private static void move(CodeMove m, JsonWriter json) {
		json.beginObject().member("from", m.fromFunction()).member("to", m.toFunction())
				.member("statements", m.statements()).endObject();
	}

	private static void handlers(ResourceHandlers h, JsonWriter json) {
		json.beginObject().member("resource", h.resource().label()).member("call", h.call())
				.member("before", h.before()).member("after", h.after()).endObject();
	}

	private static void scenario(ScenarioReport s, JsonWriter json) {
		json.beginObject().member("name", s.name()).member("description", s.description()).member("same", s.same());
		run("before", s.before(), json);
		run("after", s.after(), json);
		calls("callsOnlyBefore", s.callsOnlyBefore(), json);
		calls("callsOnlyAfter", s.callsOnlyAfter(), json);
		json.endObject();
	}

	private static void run(String name, RunResult run, JsonWriter json) {
		json.name(name).beginObject().member("version", run.version()).member("outcome", run.outcomeText())
				.member("completed", run.completed()).member("unknown", run.unknown()).member("steps", run.steps());
		json.name("findings").beginArray();
		for (Finding f : run.findings()) {
			json.beginObject();
			findingFields(f, json);
			json.endObject();
		}
		json.endArray().endObject();
	}

	private static void calls(String name, List<Point> calls, JsonWriter json) {
		json.name(name).beginArray();
		for (Point p : calls)
			json.beginObject().member("function", p.function()).member("file", p.file()).member("line", p.line())
					.endObject();
		json.endArray();
	}

	private static void callGraph(CallGraph graph, JsonWriter json) {
		json.name("callGraph").beginObject().name("nodes").beginArray();
		for (CallGraph.Node n : graph.nodes())
			json.beginObject().member("name", n.name()).member("status", status(n.status())).endObject();
		json.endArray().name("edges").beginArray();
		for (CallGraph.Edge e : graph.edges())
			json.beginObject().member("from", e.from()).member("to", e.to()).member("status", status(e.status()))
					.endObject();
		json.endArray().endObject();
	}

	private static String status(CallGraph.Status status) {
		return status.name().toLowerCase(Locale.ROOT);
	}

	/** E.g. {@code fixes-findings}. */
	public static String verdict(Verdict verdict) {
		return verdict.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}
}
