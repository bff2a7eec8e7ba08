package org.faultline.c.diff;

import org.faultline.model.c.CChangeStatus;
import java.util.List;

import org.faultline.c.diff.SemanticDiffResult.CallChange;
import org.faultline.c.diff.SemanticDiffResult.CodeMove;
import org.faultline.c.diff.SemanticDiffResult.ContractChange;
import org.faultline.c.diff.SemanticDiffResult.DecisionRow;
import org.faultline.c.diff.SemanticDiffResult.FunctionChange;
import org.faultline.c.diff.SemanticDiffResult.OwnershipChange;
import org.faultline.c.diff.SemanticDiffResult.ResourceHandlers;
import org.faultline.c.diff.SemanticDiffResult.SignatureChange;

/** Renders a {@link SemanticDiffResult} as plain text, for the command line and for tests. */
public final class SemanticDiffFormatter {

	private final boolean showUnchanged;

	private SemanticDiffFormatter(boolean showUnchanged) {
		this.showUnchanged = showUnchanged;
	}

	/** @return a formatter that lists only what changed. */
	public static SemanticDiffFormatter changesOnly() {
		return new SemanticDiffFormatter(false);
	}

	/** @return a formatter that also lists unchanged functions and decision rows. */
	public static SemanticDiffFormatter complete() {
		return new SemanticDiffFormatter(true);
	}

	public String format(SemanticDiffResult result) {
		StringBuilder out = new StringBuilder();
		for (FunctionChange f : result.functions())
			if (showUnchanged || f.status() != CChangeStatus.UNCHANGED)
				function(f, out);
		if (!result.moves().isEmpty()) {
			out.append("Code moved between functions\n");
			for (CodeMove m : result.moves()) {
				out.append("  ").append(m.fromFunction()).append(" -> ").append(m.toFunction()).append(" (")
						.append(m.from()).append(" -> ").append(m.to()).append(")\n");
				m.statements().forEach(s -> out.append("    ").append(s).append('\n'));
			}
		}
		List<ResourceHandlers> changedHandlers = result.handlers().stream()
				.filter(h -> showUnchanged || !h.before().equals(h.after())).toList();
		if (!changedHandlers.isEmpty()) {
			out.append("Who takes and releases (callers in the fault path)\n");
			for (ResourceHandlers h : changedHandlers)
				out.append("  ").append(h.resource().label()).append(" via ").append(h.call()).append(": ")
						.append(names(h.before())).append(" -> ").append(names(h.after())).append('\n');
		}
		return out.toString();
	}

	private void function(FunctionChange f, StringBuilder out) {
		out.append("function ").append(f.name()).append(": ").append(f.status().name().toLowerCase());
		if (f.after() != null)
			out.append(" (").append(f.after()).append(')');
		out.append('\n');
		for (SignatureChange s : f.signature())
			out.append("  signature: ").append(describe(s)).append('\n');
		if (!f.signature().isEmpty())
			out.append("  ").append(callers(f.signature().get(0))).append('\n');
		for (ContractChange c : f.contract())
			out.append("  ").append(describe(c)).append('\n');
		List<DecisionRow> rows = f.decisions().stream()
				.filter(r -> showUnchanged || r.defined() && r.status() != CChangeStatus.UNCHANGED).toList();
		if (!rows.isEmpty()) {
			out.append(showUnchanged ? "  decisions: the condition under which each callee is reached\n"
					: "  decisions: the condition under which each fault-path callee is reached\n");
			for (DecisionRow r : rows)
				out.append("    ").append(r.callee()).append('\n')
						.append("      before: ").append(r.before() == null ? "not called" : r.before()).append('\n')
						.append("      after:  ").append(r.after() == null ? "not called" : r.after()).append('\n');
		}
		for (CallChange c : f.calls())
			out.append("  calls: ").append(describe(c)).append('\n');
		for (OwnershipChange o : f.ownership())
			out.append("  ").append(o.resource().label()).append(": ").append(o.before()).append(" -> ")
					.append(o.after()).append('\n');
	}

	/** A parameter gained, lost or retyped, or the return type changed, in a few words. */
	public static String describe(SignatureChange s) {
		return switch (s.kind()) {
			case ADDED -> "gains parameter " + s.afterType() + " " + s.parameter() + " (position " + (s.position() + 1) + ")";
			case REMOVED -> "loses parameter " + s.beforeType() + " " + s.parameter();
			case RETYPED -> "parameter " + s.parameter() + " retyped " + s.beforeType() + " -> " + s.afterType();
			case RETURN_TYPE -> "return type " + s.beforeType() + " -> " + s.afterType();
		};
	}

	/** Which callers follow a changed signature, and which do not. */
	public static String callers(SignatureChange s) {
		return "callers updated: " + names(s.callersUpdated())
				+ (s.callersNotUpdated().isEmpty() ? "" : "; NOT updated: " + names(s.callersNotUpdated()));
	}

	/** What the leading comment says before and after, e.g. {@code contract on entry, pte: ... -> ...}. */
	public static String describe(ContractChange c) {
		return "contract on " + c.moment().name().toLowerCase() + ", " + c.subject() + ": " + quoted(c.before())
				+ " -> " + quoted(c.after());
	}

	/** A callee added, removed or reordered, with how often it is called. */
	public static String describe(CallChange c) {
		return switch (c.kind()) {
			case ADDED -> "adds " + c.callee() + counts(c);
			case REMOVED -> "removes " + c.callee() + counts(c);
			case REORDERED -> c.callee() + " now before " + c.other() + " (was after)";
		};
	}

	private static String counts(CallChange c) {
		return " (" + c.beforeCount() + " -> " + c.afterCount() + " calls)";
	}

	private static String quoted(String s) {
		return s == null ? "(not stated)" : "\"" + s + "\"";
	}

	private static String names(List<String> names) {
		return names.isEmpty() ? "none" : String.join(", ", names);
	}
}
