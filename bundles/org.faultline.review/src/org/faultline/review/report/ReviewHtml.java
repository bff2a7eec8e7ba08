package org.faultline.review.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.faultline.c.diff.SemanticDiffResult.CodeMove;
import org.faultline.c.diff.SemanticDiffResult.ResourceHandlers;
import org.faultline.exec.Finding;
import org.faultline.exec.RunResult;
import org.faultline.exec.StepSession.Point;
import org.faultline.model.exec.TraceEventKind;
import org.faultline.review.report.ConditionComparison.Side;
import org.faultline.review.report.ReviewReport.BalanceReport;
import org.faultline.review.report.ReviewReport.DecisionReport;
import org.faultline.review.report.ReviewReport.FindingChange;
import org.faultline.review.report.ReviewReport.FunctionReport;
import org.faultline.review.report.ReviewReport.HunkApplied;
import org.faultline.review.report.ReviewReport.PatchApplied;
import org.faultline.review.report.ReviewReport.ScenarioReport;
import org.faultline.review.report.ReviewReport.TraceStep;

/**
 * Reviews as one offline HTML page, {@code index.html}: everything inline (style, the call graph as SVG), no
 * script and no reference to anything outside the file, so it reads the same from a mail attachment or a CI
 * artifact. Per review: verdict, findings, how the patch applied, the call graph, the changed functions with
 * decision rows and balances side by side, the scenarios with the calls only one version makes and both traces
 * with their source lines.
 */
public final class ReviewHtml {

	public static final String FILE = "index.html";

	/** Up to this many hunks are listed open; a patch with more shows their outcomes counted. */
	private static final int FOLDED_HUNKS = 6;

	private final StringBuilder html = new StringBuilder();

	/** The id of the review being written, e.g. {@code r1}; its sections are {@code r1-findings} and so on. */
	private String review;

	private ReviewHtml() {
	}

	/**
	 * Writes {@code dir/index.html}, making the folder if needed.
	 *
	 * @return the file written
	 */
	public static Path write(List<ReviewReport> reports, Path dir) throws IOException {
		Files.createDirectories(dir);
		Path file = dir.resolve(FILE);
		Files.writeString(file, render(reports), StandardCharsets.UTF_8);
		return file;
	}

	public static String render(List<ReviewReport> reports) {
		ReviewHtml page = new ReviewHtml();
		page.page(reports);
		return page.html.toString();
	}

	private void page(List<ReviewReport> reports) {
		String title = reports.size() == 1 ? reports.get(0).subject().title() : reports.size() + " patches";
		html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>Faultline review: ")
				.append(Html.escape(title)).append("</title>\n<style>\n").append(ReportStyle.CSS).append("</style>\n</head>\n<body>\n");
		if (reports.size() > 1)
			series(reports);
		for (int i = 0; i < reports.size(); i++)
			review(reports.get(i), "r" + (i + 1));
		html.append("<footer>Faultline review, report format ").append(ReviewJson.VERSION).append("</footer>\n</body></html>\n");
	}

	private void series(List<ReviewReport> reports) {
		html.append("<h1>Series of ").append(reports.size()).append(" patches</h1>\n<table class=\"grid\"><tr><th>#</th>"
				+ "<th>patch</th><th>verdict</th></tr>\n");
		for (int i = 0; i < reports.size(); i++) {
			ReviewReport r = reports.get(i);
			html.append("<tr><td>").append(i + 1).append("</td><td><a href=\"#r").append(i + 1).append("\">")
					.append(Html.escape(r.subject().title())).append("</a></td><td>").append(verdictBadge(r))
					.append("</td></tr>\n");
		}
		html.append("</table>\n");
	}

	private void review(ReviewReport r, String id) {
		review = id;
		var s = r.subject();
		html.append("<section class=\"review\" id=\"").append(id).append("\">\n<h1>").append(Html.escape(s.title()))
				.append("</h1>\n<p class=\"verdict\">").append(verdictBadge(r)).append("</p>\n<table class=\"facts\">");
		fact("author", s.author() == null ? null : s.author() + (s.date() == null ? "" : ", " + s.date()));
		fact("tree", s.tree() + ", base " + s.baseRevision());
		fact("before", s.before().commit() + " (" + s.before().label() + ")");
		fact("after", s.after() == null ? null : s.after().commit() + " (" + s.after().label() + ")");
		fact("patch id", s.patchId());
		html.append("</table>\n");
		if (r.diff() != null)
			findings(r);
		apply(r);
		if (r.diff() != null) {
			callGraph(r);
			functions(r);
			scenarios(r);
		}
		html.append("</section>\n");
	}

	/** A section heading with an id to link to (and to screenshot from), e.g. {@code r1-functions}. */
	private void heading(String id, String text) {
		html.append("<h2 id=\"").append(review).append('-').append(id).append("\">").append(Html.escape(text))
				.append("</h2>\n");
	}

	private void fact(String name, String value) {
		if (value != null)
			html.append("<tr><th>").append(name).append("</th><td>").append(Html.escape(value)).append("</td></tr>");
	}

	private static String verdictBadge(ReviewReport r) {
		String css = ReviewJson.verdict(r.verdict());
		String text = switch (r.verdict()) {
		case NO_CHANGE_IN_FINDINGS -> "no change in findings";
		case FIXES_FINDINGS -> "fixes findings of the old version, brings none";
		case NEW_FINDINGS -> "new findings in the new version";
		case DOES_NOT_APPLY -> "does not apply";
		};
		String incomplete = r.incompleteRuns().isEmpty() ? ""
				: " <span class=\"badge incomplete\">incomplete: " + r.incompleteRuns().size()
						+ " runs reached what the engine does not know (" + Html.escape(String.join(", ", r.unknown()))
						+ ")</span>";
		return "<span class=\"badge " + css + "\">" + text + "</span>" + incomplete;
	}

	private void findings(ReviewReport r) {
		heading("findings", "Findings");
		if (r.findings().isEmpty()) {
			html.append("<p>No scenario finds anything on either version.</p>\n");
			return;
		}
		html.append("<table class=\"grid\"><tr><th>change</th><th>scenario</th><th>finding</th><th>where</th></tr>\n");
		for (FindingChange c : r.findings()) {
			Finding f = c.finding();
			String change = c.change().name().toLowerCase();
			html.append("<tr class=\"").append(change).append("\"><td><span class=\"tag ").append(change).append("\">")
					.append(change).append("</span></td><td>").append(Html.escape(c.scenario())).append("</td><td><b>")
					.append(Html.escape(f.title())).append("</b>: ").append(Html.escape(f.message()))
					.append("</td><td><code>").append(Html.escape(f.function() + " " + f.file() + ":" + f.line()))
					.append("</code></td></tr>\n");
		}
		html.append("</table>\n");
	}

	private void apply(ReviewReport r) {
		heading("apply", "Apply");
		for (PatchApplied p : r.patches()) {
			html.append("<p><b>").append(Html.escape(p.label())).append("</b>")
					.append(p.author() == null ? "" : " (" + Html.escape(p.author()) + ")").append("</p>\n");
			// many hunks bury what follows: they fold away unless one failed
			boolean fold = p.applied() && p.hunks().size() > FOLDED_HUNKS;
			if (fold)
				html.append("<details><summary>").append(p.hunks().size()).append(" hunks: ")
						.append(Html.escape(outcomes(p.hunks()))).append("</summary>\n");
			html.append("<table class=\"grid\"><tr><th>hunk</th><th>outcome</th></tr>\n");
			for (HunkApplied h : p.hunks())
				html.append("<tr class=\"").append(h.outcome().equals("failed") ? "new" : "").append("\"><td><code>")
						.append(Html.escape(h.path() + " #" + h.index())).append("</code></td><td>")
						.append(Html.escape(h.description())).append("</td></tr>\n");
			html.append("</table>\n").append(fold ? "</details>\n" : "");
			if (p.diffstat() != null)
				html.append("<p>applied: ").append(Html.escape(p.diffstat())).append("</p>\n");
			p.notes().forEach(n -> html.append("<p class=\"note\">").append(Html.escape(n)).append("</p>\n"));
			if (!p.applied())
				html.append("<p class=\"failure\">does not apply: ").append(Html.escape(p.failure())).append("</p>\n");
		}
	}

	/** How many hunks of each outcome, e.g. {@code 1 offset, 21 whitespace_repaired}. */
	private static String outcomes(List<HunkApplied> hunks) {
		Map<String, Long> counts = new java.util.TreeMap<>();
		hunks.forEach(h -> counts.merge(h.outcome(), 1L, Long::sum));
		return String.join(", ", counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).toList());
	}

	private void callGraph(ReviewReport r) {
		heading("callgraph", "Call graph of the fault path");
		html.append("<p class=\"legend\"><span class=\"key added\">only after"
				+ "</span> <span class=\"key removed\">only before</span> <span class=\"key changed\">changed</span> "
				+ "<span class=\"key same\">unchanged</span></p>\n<div class=\"graph\">")
				.append(CallGraphSvg.render(r.callGraph())).append("</div>\n");
	}

	private void functions(ReviewReport r) {
		heading("functions", "Fault path: " + r.functions().size() + " of " + r.diff().functions().size()
				+ " functions changed");
		Abbreviations names = r.abbreviations();
		for (FunctionReport f : r.functions()) {
			var change = f.change();
			var where = change.after() != null ? change.after() : change.before();
			html.append("<h3><code>").append(Html.escape(f.name())).append("</code> <span class=\"status\">")
					.append(change.status().getLiteral().toLowerCase()).append("</span>")
					.append(where == null ? "" : " <small>" + Html.escape(where.file() + ":" + where.line()) + "</small>")
					.append("</h3>\n");
			if (!f.notes().isEmpty()) {
				html.append("<ul class=\"notes\">");
				f.notes().forEach(n -> html.append("<li>").append(Html.escape(n)).append("</li>"));
				html.append("</ul>\n");
			}
			if (!f.decisions().isEmpty()) {
				html.append("<table class=\"sbs\"><caption>decisions: when each fault-path callee is reached</caption>"
						+ "<tr><th>callee</th><th>before</th><th>after</th></tr>\n");
				for (DecisionReport d : f.decisions())
					comparison("<code>" + Html.escape(d.callee()) + "</code>", d.condition(), "not called", "not called",
							names);
				html.append("</table>\n");
			}
			if (!f.balances().isEmpty()) {
				html.append("<table class=\"sbs\"><caption>balances: net change of each resource on the ways out, and "
						+ "on which paths</caption><tr><th>resource, net</th><th>before</th><th>after</th></tr>\n");
				for (BalanceReport b : f.balances())
					for (Map.Entry<String, ConditionComparison> net : b.nets().entrySet())
						comparison(Html.escape(b.resource()) + " <b>" + Html.escape(net.getKey()) + "</b>", net.getValue(),
								absent(b.before()), absent(b.after()), names);
				html.append("</table>\n");
			}
		}
		moves(r);
		legend(names);
	}

	private static String absent(String balance) {
		return balance.equals("untouched") ? "untouched" : "no path";
	}

	/** A compared condition: what both require across both columns, then each side's own part side by side. */
	private void comparison(String label, ConditionComparison c, String absentBefore, String absentAfter,
			Abbreviations names) {
		boolean shared = !c.shared().isEmpty() || !c.sharedCases().isEmpty();
		html.append("<tbody class=\"row\">");
		if (shared) {
			html.append("<tr><th rowspan=\"2\">").append(label).append("</th><td colspan=\"2\" class=\"both\">"
					+ "<span class=\"tag both\">both</span> ");
			conjunction(c.shared(), names);
			if (!c.sharedCases().isEmpty()) {
				html.append(c.shared().isEmpty() ? "" : " <span class=\"op\">&amp;&amp;</span> ")
						.append("one of (alike before and after):");
				cases(c.sharedCases(), names);
			}
			html.append("</td></tr>\n<tr>");
		} else
			html.append("<tr><th>").append(label).append("</th>");
		String css = c.same() ? "same" : "differs";
		side(c.before(), c.beforeSide(), shared, absentBefore, "before " + css, names);
		side(c.after(), c.afterSide(), shared, absentAfter, "after " + css, names);
		html.append("</tr></tbody>\n");
	}

	private void side(Condition condition, Side side, boolean afterShared, String absent, String css,
			Abbreviations names) {
		html.append("<td class=\"").append(css).append("\">");
		if (condition == null)
			html.append("<i>").append(absent).append("</i>");
		else if (condition.isNever())
			html.append("<i>never</i>");
		else if (side.isEmpty())
			html.append("<i>").append(afterShared ? "nothing more" : "always").append("</i>");
		else {
			if (!side.only().isEmpty()) {
				if (afterShared)
					html.append("<span class=\"op\">&amp;&amp;</span> ");
				conjunction(side.only(), names);
			}
			if (!side.cases().isEmpty()) {
				if (afterShared || !side.only().isEmpty())
					html.append(" <span class=\"op\">&amp;&amp;</span> ");
				html.append("one of:");
				cases(side.cases(), names);
			}
		}
		html.append("</td>");
	}

	private void conjunction(List<String> literals, Abbreviations names) {
		for (int i = 0; i < literals.size(); i++) {
			if (i > 0)
				html.append(" <span class=\"op\">&amp;&amp;</span> ");
			literal(literals.get(i), names);
		}
	}

	private void cases(List<List<String>> cases, Abbreviations names) {
		html.append("<ol class=\"cases\">");
		for (List<String> c : cases) {
			html.append("<li>");
			if (c.isEmpty())
				html.append("<i>always</i>");
			conjunction(c, names);
			html.append("</li>");
		}
		html.append("</ol>");
	}

	private void literal(String literal, Abbreviations names) {
		String shown = names.shorten(literal);
		html.append("<code class=\"lit\"");
		if (!shown.equals(literal))
			html.append(" title=\"").append(Html.escape(literal)).append("\"");
		html.append(">").append(Html.escape(shown)).append("</code>");
	}

	private void moves(ReviewReport r) {
		List<CodeMove> moves = r.diff().moves();
		if (!moves.isEmpty()) {
			html.append("<h3>Code moved between functions</h3>\n");
			for (CodeMove m : moves) {
				html.append("<p><code>").append(Html.escape(m.fromFunction())).append("</code> &rarr; <code>")
						.append(Html.escape(m.toFunction())).append("</code> <small>")
						.append(Html.escape(m.from() + " -> " + m.to())).append("</small></p>\n<pre>");
				m.statements().forEach(s -> html.append(Html.escape(s)).append('\n'));
				html.append("</pre>\n");
			}
		}
		List<ResourceHandlers> handlers = r.changedHandlers();
		if (!handlers.isEmpty()) {
			html.append("<h3>Who takes and releases</h3>\n<table class=\"grid\"><tr><th>resource via call</th>"
					+ "<th>before</th><th>after</th></tr>\n");
			for (ResourceHandlers h : handlers)
				html.append("<tr><td>").append(Html.escape(h.resource().label())).append(" via <code>")
						.append(Html.escape(h.call())).append("</code></td><td class=\"before differs\">")
						.append(Html.escape(String.join(", ", h.before()))).append("</td><td class=\"after differs\">")
						.append(Html.escape(String.join(", ", h.after()))).append("</td></tr>\n");
			html.append("</table>\n");
		}
	}

	private void legend(Abbreviations names) {
		if (names.legend().isEmpty())
			return;
		html.append("<h3>Abbreviated calls</h3>\n<table class=\"grid\">");
		names.legend().forEach((shortForm, full) -> html.append("<tr><td><code>").append(Html.escape(shortForm))
				.append("</code></td><td><code>").append(Html.escape(full)).append("</code></td></tr>\n"));
		html.append("</table>\n");
	}

	private void scenarios(ReviewReport r) {
		long differing = r.scenarios().stream().filter(s -> !s.same()).count();
		heading("scenarios", "Scenarios: " + r.scenarios().size() + " run on both versions, " + differing
				+ " behave differently");
		html.append("<table class=\"grid\"><tr><th>scenario</th><th>outcome before</th>"
						+ "<th>outcome after</th><th>findings before</th><th>findings after</th><th></th></tr>\n");
		for (ScenarioReport s : r.scenarios())
			html.append("<tr class=\"").append(s.same() ? "" : "differs").append("\"><td>").append(Html.escape(s.name()))
					.append("</td><td>").append(Html.escape(s.before().outcomeText())).append("</td><td>")
					.append(Html.escape(s.after().outcomeText())).append("</td><td>").append(findingTitles(s.before()))
					.append("</td><td>").append(findingTitles(s.after())).append("</td><td>")
					.append(s.same() ? "same" : "<b>differs</b>").append("</td></tr>\n");
		html.append("</table>\n");
		for (ScenarioReport s : r.scenarios())
			if (!s.same())
				scenario(s);
	}

	private static String findingTitles(RunResult run) {
		String found = run.findings().isEmpty() ? "none"
				: Html.escape(String.join(", ", run.findings().stream().map(Finding::title).distinct().toList()));
		return run.incomplete() ? found + " <b>(incomplete: " + Html.escape(String.join(", ", run.unknown())) + ")</b>"
				: found;
	}

	private void scenario(ScenarioReport s) {
		html.append("<h3>").append(Html.escape(s.name())).append("</h3>\n");
		if (s.description() != null)
			html.append("<p>").append(Html.escape(s.description())).append("</p>\n");
		if (!s.callsOnlyBefore().isEmpty() || !s.callsOnlyAfter().isEmpty()) {
			html.append("<ul class=\"notes\">");
			s.callsOnlyBefore().forEach(p -> onlyCall("before", p));
			s.callsOnlyAfter().forEach(p -> onlyCall("after", p));
			html.append("</ul>\n");
		}
		html.append("<details><summary>traces: ").append(s.traceBefore().size()).append(" events before, ")
				.append(s.traceAfter().size()).append(" after</summary>\n<div class=\"traces\">");
		trace(s.before().version(), s.traceBefore(), s.callsOnlyBefore(), "before");
		trace(s.after().version(), s.traceAfter(), s.callsOnlyAfter(), "after");
		html.append("</div></details>\n");
	}

	private void onlyCall(String side, Point p) {
		html.append("<li class=\"").append(side).append(" differs\">only ").append(side).append(": calls <code>")
				.append(Html.escape(p.function())).append("</code> <small>").append(Html.escape(p.file() + ":" + p.line()))
				.append("</small></li>");
	}

	/** One version's trace; the calls only this version makes are marked. */
	private void trace(String version, List<TraceStep> steps, List<Point> onlyHere, String side) {
		Set<Integer> marked = new HashSet<>();
		onlyHere.forEach(p -> marked.add(p.step()));
		html.append("<table class=\"trace\"><caption>").append(Html.escape(version)).append("</caption>\n");
		int calls = 0;
		for (TraceStep step : steps) {
			var e = step.event();
			boolean mark = e.kind() == TraceEventKind.CALL && marked.contains(++calls);
			html.append("<tr").append(mark ? " class=\"" + side + " differs\"" : "").append("><td class=\"ev\">")
					.append("&nbsp;".repeat(2 * e.depth())).append(e.kind().name().toLowerCase()).append(' ')
					.append(Html.escape(e.what())).append("</td><td class=\"loc\">")
					.append(e.line() > 0 ? Html.escape(e.file() + ":" + e.line()) : "").append("</td><td class=\"src\"><code>")
					.append(Html.escape(step.source())).append("</code></td></tr>\n");
		}
		html.append("</table>");
	}
}
