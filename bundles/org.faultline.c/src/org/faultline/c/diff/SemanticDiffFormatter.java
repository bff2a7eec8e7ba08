package org.faultline.c.diff;

import java.util.List;

import org.faultline.c.diff.SemanticDiffResult.CallChange;
import org.faultline.c.diff.SemanticDiffResult.ContractChange;
import org.faultline.c.diff.SemanticDiffResult.SignatureChange;

/**
 * The sentences a report shows for one change of a {@link SemanticDiffResult}: a signature, its callers, a stated
 * contract, a call. Laying them out (and the conditions of decision rows) is the review layer's.
 */
public final class SemanticDiffFormatter {

	private SemanticDiffFormatter() {
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
