package org.faultline.review.view;

import java.util.ArrayList;
import java.util.List;

import org.faultline.model.c.CCallChange;
import org.faultline.model.c.CCodeMove;
import org.faultline.model.c.CContractChange;
import org.faultline.model.c.CFunctionDiff;
import org.faultline.model.c.CSemanticDiff;
import org.faultline.model.c.CSignatureChange;

/**
 * The changes of one function besides its decision table and balance, each as a line a reviewer reads: signature
 * and callers, the leading comment's contract before and after, calls added, removed or reordered, code moved in
 * or out.
 */
public final class FunctionChanges {

	/** A before/after pair: what the contract says on entry or return about a subject. */
	public record Contract(String moment, String subject, String before, String after) {
	}

	/** Shown where the leading comment says nothing. */
	public static final String NOT_STATED = "(not stated)";

	private FunctionChanges() {
	}

	public static List<String> signature(CFunctionDiff f) {
		List<String> out = new ArrayList<>();
		for (CSignatureChange s : f.getSignatureChanges()) {
			out.add(switch (s.getKind()) {
			case "ADDED" -> "gains parameter " + s.getAfterType() + " " + s.getParameter() + " (position " + (s.getPosition() + 1) + ")";
			case "REMOVED" -> "loses parameter " + s.getBeforeType() + " " + s.getParameter();
			case "RETYPED" -> "parameter " + s.getParameter() + ": " + s.getBeforeType() + " \u2192 " + s.getAfterType();
			default -> "returns " + s.getBeforeType() + " \u2192 " + s.getAfterType();
			});
		}
		if (!f.getSignatureChanges().isEmpty()) {
			CSignatureChange s = f.getSignatureChanges().get(0);
			out.add("callers updated: " + names(s.getCallersUpdated())
					+ (s.getCallersNotUpdated().isEmpty() ? "" : "; NOT updated: " + names(s.getCallersNotUpdated())));
		}
		return out;
	}

	public static List<Contract> contract(CFunctionDiff f) {
		List<Contract> out = new ArrayList<>();
		for (CContractChange c : f.getContractChanges())
			out.add(new Contract(c.getMoment().toLowerCase(), c.getSubject(),
					c.getBefore() == null ? NOT_STATED : c.getBefore(), c.getAfter() == null ? NOT_STATED : c.getAfter()));
		return out;
	}

	public static List<String> calls(CFunctionDiff f) {
		List<String> out = new ArrayList<>();
		for (CCallChange c : f.getCallChanges())
			out.add(switch (c.getKind()) {
			case "ADDED" -> "+ " + c.getCallee() + " (" + c.getBeforeCount() + " \u2192 " + c.getAfterCount() + " calls)";
			case "REMOVED" -> "\u2212 " + c.getCallee() + " (" + c.getBeforeCount() + " \u2192 " + c.getAfterCount() + " calls)";
			default -> "\u21c5 " + c.getCallee() + " now before " + c.getOther() + " (was after)";
			});
		return out;
	}

	/** Code moved out of or into {@code function}, with the statements moved. */
	public static List<String> moves(CSemanticDiff diff, String function) {
		List<String> out = new ArrayList<>();
		for (CCodeMove m : diff.getMoves()) {
			if (m.getFromFunction().equals(function))
				out.add("moved out to " + m.getToFunction() + " (" + m.getToFile() + ":" + m.getToLine() + "): "
						+ String.join(" ", m.getStatements()));
			else if (m.getToFunction().equals(function))
				out.add("moved in from " + m.getFromFunction() + " (" + m.getFromFile() + ":" + m.getFromLine() + "): "
						+ String.join(" ", m.getStatements()));
		}
		return out;
	}

	private static String names(List<String> names) {
		return names.isEmpty() ? "none" : String.join(", ", names);
	}
}
