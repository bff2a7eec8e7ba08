package org.faultline.cli.internal;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

import org.faultline.c.diff.SemanticDiffResult.CodeMove;
import org.faultline.c.diff.SemanticDiffResult.ResourceHandlers;
import org.faultline.cli.internal.TextTable.Cell;
import org.faultline.exec.Finding;
import org.faultline.exec.RunResult;
import org.faultline.exec.StepSession.Point;
import org.faultline.review.report.Abbreviations;
import org.faultline.review.report.ConditionComparison;
import org.faultline.review.report.ReviewReport;
import org.faultline.review.report.ReviewReport.BalanceReport;
import org.faultline.review.report.ReviewReport.DecisionReport;
import org.faultline.review.report.ReviewReport.FindingChange;
import org.faultline.review.report.ReviewReport.FunctionReport;
import org.faultline.review.report.ReviewReport.HunkApplied;
import org.faultline.review.report.ReviewReport.PatchApplied;
import org.faultline.review.report.ReviewReport.ScenarioReport;

/**
 * A review for a reader at a terminal: findings first, then how the patch applied, the changed functions of the
 * fault path with their decision rows and balances side by side, and the scenarios; aligned tables, colour
 * only when asked for.
 */
final class ReviewText {

	private static final String INDENT = "  ";

	private final PrintWriter out;

	private final boolean colour;

	private final int width;

	/** Whether anything was printed yet: sections are parted by a blank line, the first is not preceded by one. */
	private boolean started;

	ReviewText(PrintWriter out, boolean colour, int width) {
		this.out = out;
		this.colour = colour;
		this.width = width;
	}

	void print(ReviewReport report) {
		header(report);
		if (report.diff() != null) {
			findings(report);
			apply(report);
			functions(report);
			scenarios(report);
		} else
			apply(report);
		out.flush();
	}

	/** A patch's whole review in a series, under a rule that says which patch it is. */
	void printInSeries(int position, int total, ReviewReport report) {
		out.println();
		String title = "Patch " + position + " of " + total + " ";
		out.println(Style.BOLD.apply(title + "=".repeat(width - title.length()), colour));
		print(report);
	}

	/** One line for a patch of a series: its label and what its review says. */
	void summaryLine(int position, ReviewReport report) {
		PatchApplied last = report.patches().isEmpty() ? null : report.patches().getLast();
		String label = last == null ? report.subject().title() : last.label();
		out.println(String.format("%2d ", position) + style(report.verdict()).apply(Verdicts.tag(report.verdict()), colour)
				+ "  " + label + "  " + Verdicts.counts(report));
		out.flush();
	}

	private void header(ReviewReport report) {
		started = true;
		var subject = report.subject();
		out.println(Style.BOLD.apply("Review of \"" + subject.title() + "\"", colour));
		if (subject.author() != null)
			out.println(INDENT + "by " + subject.author() + (subject.date() == null ? "" : ", " + subject.date()));
		out.println(INDENT + "tree: " + subject.tree() + ", base " + subject.baseRevision());
		out.println(INDENT + "before: " + subject.before().commit());
		if (subject.after() != null)
			out.println(INDENT + "after:  " + subject.after().commit());
		if (subject.patchId() != null)
			out.println(INDENT + "patch id: " + subject.patchId());
		out.println();
		out.println(style(report.verdict()).apply("Verdict: " + Verdicts.sentence(report), colour));
		String incomplete = Verdicts.incomplete(report);
		if (incomplete != null)
			Wrap.words(incomplete, width).forEach(line -> out.println(Style.YELLOW.apply(line, colour)));
	}

	private void findings(ReviewReport report) {
		heading("Findings (" + report.findings().size() + ")");
		if (report.findings().isEmpty()) {
			out.println(INDENT + "no scenario finds anything on either version");
			return;
		}
		TextTable table = new TextTable(4);
		table.add(Cell.of("change", Style.DIM), Cell.of("scenario", Style.DIM), Cell.of("finding", Style.DIM),
				Cell.of("where", Style.DIM));
		int scenario = report.findings().stream().mapToInt(c -> c.scenario().length()).max().orElse(0);
		int where = report.findings().stream().mapToInt(c -> where(c.finding()).length()).max().orElse(0);
		// the finding's text takes what the other columns and their gaps leave of the line
		int text = Math.max(30, width - INDENT.length() - "change".length() - scenario - where - 3 * 2);
		for (FindingChange change : report.findings()) {
			Finding f = change.finding();
			table.add(Cell.of(change.change().name().toLowerCase(), style(change.change())), Cell.of(change.scenario()),
					new Cell(Wrap.words(f.title() + ": " + f.message(), text), Style.PLAIN), Cell.of(where(f)));
		}
		table.print(out, INDENT, colour);
	}

	private static String where(Finding f) {
		return f.function() + " " + f.file() + ":" + f.line();
	}

	private void apply(ReviewReport report) {
		heading("Apply");
		for (PatchApplied patch : report.patches()) {
			out.println(INDENT + patch.label() + (patch.author() == null ? "" : " (" + patch.author() + ")"));
			TextTable hunks = new TextTable(2);
			int name = patch.hunks().stream().mapToInt(h -> h.path().length() + 4).max().orElse(0);
			for (HunkApplied hunk : patch.hunks())
				hunks.add(Cell.of(hunk.path() + " #" + hunk.index()),
						new Cell(Wrap.words(hunk.description(), Math.max(40, width - 2 * INDENT.length() - name - 2)),
								hunk.outcome().equals("failed") ? Style.RED : Style.PLAIN));
			hunks.print(out, INDENT + INDENT, colour);
			if (patch.diffstat() != null)
				out.println(INDENT + INDENT + "applied: " + patch.diffstat());
			patch.notes().forEach(note -> out.println(INDENT + INDENT + note));
			if (!patch.applied())
				out.println(Style.RED.apply(INDENT + INDENT + "does not apply: " + patch.failure(), colour));
		}
	}

	private void functions(ReviewReport report) {
		faultPath("Fault path: " + report.functions().size() + " of " + report.diff().functions().size()
				+ " functions changed", report.functions(), report.diff().moves(), report.changedHandlers(),
				report.abbreviations());
	}

	/**
	 * The functions of the fault path with their decision rows and balances side by side, the code moved between
	 * them, who takes and releases what, and the legend of abbreviated calls.
	 *
	 * @param heading null for none
	 */
	void faultPath(String heading, List<FunctionReport> functions, List<CodeMove> moves,
			List<ResourceHandlers> handlers, Abbreviations abbreviations) {
		if (heading != null)
			heading(heading);
		for (FunctionReport f : functions) {
			var change = f.change();
			var where = change.after() != null ? change.after() : change.before();
			blankLine();
			out.println(INDENT + Style.BOLD.apply(f.name(), colour) + "  " + change.status().getLiteral().toLowerCase()
					+ (where == null ? "" : "  " + where.file() + ":" + where.line()));
			f.notes().forEach(note -> out.println(INDENT + INDENT + note));
			if (!f.decisions().isEmpty()) {
				out.println(INDENT + INDENT + "decisions: when each fault-path callee is reached");
				int label = f.decisions().stream().mapToInt(d -> d.callee().length()).max().orElse(0);
				ConditionRows rows = new ConditionRows(abbreviations, column(label));
				TextTable table = rows.table("callee");
				for (DecisionReport d : f.decisions())
					rows.add(table, d.callee(), d.condition(), "not called", "not called");
				table.print(out, INDENT + INDENT, colour);
			}
			balances(f, abbreviations);
		}
		moves(moves, handlers);
		legend(abbreviations);
		out.flush();
	}

	/** Per resource and net change, the paths out with that net before and after. */
	private void balances(FunctionReport f, Abbreviations abbreviations) {
		if (f.balances().isEmpty())
			return;
		out.println(INDENT + INDENT + "balances: net change of each resource on the ways out, and on which paths");
		int label = f.balances().stream().mapToInt(b -> b.resource().length() + 4).max().orElse(0);
		ConditionRows rows = new ConditionRows(abbreviations, column(label));
		TextTable table = rows.table("resource, net");
		for (BalanceReport b : f.balances()) {
			boolean first = true;
			for (Map.Entry<String, ConditionComparison> net : b.nets().entrySet()) {
				String name = first ? b.resource() : " ".repeat(b.resource().length());
				rows.add(table, name + " " + net.getKey(), net.getValue(), absent(b.before()), absent(b.after()));
				first = false;
			}
			if (b.nets().isEmpty())
				table.add(Cell.of(b.resource()), Cell.of(b.before(), Style.RED), Cell.of(b.after(), Style.GREEN));
		}
		table.print(out, INDENT + INDENT, colour);
	}

	/** A side without paths of some net: the resource untouched there, or other nets on every path. */
	private static String absent(String balance) {
		return balance.equals("untouched") ? "untouched" : "no path";
	}

	/** The before and after columns share what the label column leaves of the line. */
	private int column(int label) {
		return Math.max(28, (width - 2 * INDENT.length() - label - 4) / 2);
	}

	private void moves(List<CodeMove> moves, List<ResourceHandlers> handlers) {
		if (!moves.isEmpty()) {
			heading("Code moved between functions");
			for (CodeMove m : moves) {
				out.println(INDENT + m.fromFunction() + " -> " + m.toFunction() + " (" + m.from() + " -> " + m.to() + ")");
				m.statements().forEach(s -> out.println(INDENT + INDENT + s));
			}
		}
		if (!handlers.isEmpty()) {
			heading("Who takes and releases (functions of the fault path)");
			TextTable table = new TextTable(3);
			table.add(Cell.of("resource via call", Style.DIM), Cell.of("before", Style.DIM), Cell.of("after", Style.DIM));
			int column = Math.max(28, (width - 40) / 2);
			for (ResourceHandlers h : handlers)
				table.add(Cell.of(h.resource().label() + " via " + h.call()),
						new Cell(Wrap.pieces(names(h.before()), ", ", column), Style.RED),
						new Cell(Wrap.pieces(names(h.after()), ", ", column), Style.GREEN));
			table.print(out, INDENT, colour);
		}
	}

	private void legend(Abbreviations abbreviations) {
		Map<String, String> legend = abbreviations.legend();
		if (legend.isEmpty())
			return;
		heading("Abbreviated calls");
		TextTable table = new TextTable(2);
		legend.forEach((shortForm, full) -> table.add(Cell.of(shortForm), new Cell(Wrap.words(full, Math.max(40,
				width - 40)), Style.PLAIN)));
		table.print(out, INDENT, colour);
	}

	private void scenarios(ReviewReport report) {
		long differing = report.scenarios().stream().filter(s -> !s.same()).count();
		heading("Scenarios: " + report.scenarios().size() + " run on both versions, " + differing
				+ " behave differently");
		TextTable table = new TextTable(4);
		table.add(Cell.of("scenario", Style.DIM), Cell.of("outcome before -> after", Style.DIM),
				Cell.of("findings before -> after", Style.DIM), Cell.of("", Style.DIM));
		for (ScenarioReport s : report.scenarios())
			table.add(Cell.of(s.name()), Cell.of(s.before().outcomeText() + " -> " + s.after().outcomeText()),
					new Cell(Wrap.words(count(s.before()) + " -> " + count(s.after()), 48), Style.PLAIN),
					Cell.of(s.same() ? "same" : "differs", s.same() ? Style.DIM : Style.YELLOW));
		table.print(out, INDENT, colour);
		for (ScenarioReport s : report.scenarios())
			if (!s.same()) {
				out.println();
				out.println(INDENT + Style.BOLD.apply(s.name(), colour));
				if (s.description() != null)
					Wrap.words(s.description(), width - 4).forEach(line -> out.println(INDENT + INDENT + line));
				calls("only before", s.callsOnlyBefore(), Style.RED);
				calls("only after", s.callsOnlyAfter(), Style.GREEN);
			}
	}

	private void calls(String side, List<Point> calls, Style style) {
		for (Point call : calls)
			out.println(INDENT + INDENT + style.apply(side + ": calls " + call.function(), colour) + "  (" + call.file()
					+ ":" + call.line() + ")");
	}

	private static String count(RunResult run) {
		String found = run.findings().isEmpty() ? "none" : run.findings().stream().map(Finding::title).distinct()
				.reduce((a, b) -> a + ", " + b).orElseThrow();
		return run.incomplete() ? found + " (incomplete)" : found;
	}

	private void heading(String text) {
		blankLine();
		out.println(Style.CYAN.apply(Style.BOLD.apply(text, colour), colour));
	}

	private void blankLine() {
		if (started)
			out.println();
		started = true;
	}

	private static List<String> names(List<String> names) {
		return names.isEmpty() ? List.of("none") : names;
	}

	private static Style style(ReviewReport.Verdict verdict) {
		return switch (verdict) {
		case NO_CHANGE_IN_FINDINGS -> Style.BOLD;
		case FIXES_FINDINGS -> Style.GREEN;
		case NEW_FINDINGS, DOES_NOT_APPLY -> Style.RED;
		};
	}

	private static Style style(FindingChange.Change change) {
		return switch (change) {
		case FIXED -> Style.GREEN;
		case NEW -> Style.RED;
		case KEPT -> Style.YELLOW;
		};
	}
}
