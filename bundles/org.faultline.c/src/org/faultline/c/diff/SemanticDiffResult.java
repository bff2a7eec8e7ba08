package org.faultline.c.diff;

import org.faultline.model.c.CChangeStatus;
import java.util.List;

import org.faultline.c.analysis.Resource;
import org.faultline.c.ast.SourceRange;

/**
 * What changed in behaviour between two versions of the fault path: per function, and across functions
 * (code moved between them, and which functions take and release each resource).
 *
 * @param root the function the closure starts from
 * @param functions one entry per function of the scope, in closure order (before's order, then functions
 *            only in after)
 * @param moves blocks of statements removed from one function and added to another
 * @param handlers for each resource primitive, the functions of the closure that call it, before and after
 */
public record SemanticDiffResult(String root, List<FunctionChange> functions, List<CodeMove> moves,
		List<ResourceHandlers> handlers) {

	public SemanticDiffResult {
		functions = List.copyOf(functions);
		moves = List.copyOf(moves);
		handlers = List.copyOf(handlers);
	}

	/** @return the change of one function, or null if it is not in the result. */
	public FunctionChange function(String name) {
		return functions.stream().filter(f -> f.name().equals(name)).findFirst().orElse(null);
	}

	/** Ranges are null on the side where the function does not exist. */
	public record FunctionChange(String name, CChangeStatus status, SourceRange before, SourceRange after,
			List<SignatureChange> signature, List<ContractChange> contract, List<DecisionRow> decisions,
			List<CallChange> calls, List<OwnershipChange> ownership) {

		public FunctionChange {
			signature = List.copyOf(signature);
			contract = List.copyOf(contract);
			decisions = List.copyOf(decisions);
			calls = List.copyOf(calls);
			ownership = List.copyOf(ownership);
		}

		public DecisionRow decision(String callee) {
			return decisions.stream().filter(d -> d.callee().equals(callee)).findFirst().orElse(null);
		}
	}

	/**
	 * A parameter added, removed or retyped, or the return type changed ({@code parameter} null). For a changed
	 * signature, the callers in the after version whose calls match (or do not match) its arity.
	 */
	public record SignatureChange(Kind kind, String parameter, String beforeType, String afterType, int position,
			List<String> callersUpdated, List<String> callersNotUpdated) {

		public SignatureChange {
			callersUpdated = List.copyOf(callersUpdated);
			callersNotUpdated = List.copyOf(callersNotUpdated);
		}

		public enum Kind {
			ADDED, REMOVED, RETYPED, RETURN_TYPE
		}
	}

	/** What the leading comment says about {@code subject} on entry or on return; null where it says nothing. */
	public record ContractChange(Moment moment, String subject, String before, String after) {
		public enum Moment {
			ENTRY, RETURN
		}
	}

	/**
	 * The condition under which a callee is reached; null on a side where it is not called. {@code defined}
	 * says whether the callee is a function of the tree (rather than a primitive).
	 */
	public record DecisionRow(String callee, boolean defined, String before, String after, CChangeStatus status) {
	}

	/** A callee called more or less often, or a pair of calls whose order flipped ({@code other}). */
	public record CallChange(Kind kind, String callee, String other, int beforeCount, int afterCount) {
		public enum Kind {
			ADDED, REMOVED, REORDERED
		}
	}

	/** The net balance of a resource on the paths out of a function, before and after. */
	public record OwnershipChange(Resource resource, String before, String after) {
	}

	/** Statements (printed canonically) removed from one function and added to another. */
	public record CodeMove(String fromFunction, String toFunction, List<String> statements, SourceRange from,
			SourceRange to) {
		public CodeMove {
			statements = List.copyOf(statements);
		}
	}

	/** Which functions of the closure call a resource primitive (or a callee that takes or releases it). */
	public record ResourceHandlers(Resource resource, String call, List<String> before, List<String> after) {
		public ResourceHandlers {
			before = List.copyOf(before);
			after = List.copyOf(after);
		}
	}
}
