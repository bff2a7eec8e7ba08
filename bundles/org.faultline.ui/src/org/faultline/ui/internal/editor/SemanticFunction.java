package org.faultline.ui.internal.editor;

import java.util.List;

import org.faultline.model.c.CFunctionDiff;
import org.faultline.model.c.CSemanticDiff;
import org.faultline.review.view.BalanceTable;
import org.faultline.review.view.DecisionTable;
import org.faultline.review.view.FunctionChanges;

/**
 * What the Semantic page shows of one function of the fault path, worked out from the semantic diff: for the function
 * the page opens on, by the review's job, so that its first showing costs the display thread only the widgets.
 */
public record SemanticFunction(CFunctionDiff diff, List<String> signature, List<FunctionChanges.Contract> contract,
		List<DecisionTable.Row> decisions, List<String> calls, List<String> moves, List<BalanceTable.Row> balance) {

	public static SemanticFunction of(CSemanticDiff semanticDiff, CFunctionDiff f) {
		return new SemanticFunction(f, FunctionChanges.signature(f), FunctionChanges.contract(f), DecisionTable.of(f).rows(),
				FunctionChanges.calls(f), FunctionChanges.moves(semanticDiff, f.getName()), BalanceTable.of(f).rows());
	}

	/** The function the Semantic page opens on, worked out; null when the fault path does not have it. */
	public static SemanticFunction opening(CSemanticDiff semanticDiff) {
		return semanticDiff.getFunctions().stream().filter(f -> f.getName().equals(SemanticPage.DEFAULT_FUNCTION))
				.findFirst().map(f -> of(semanticDiff, f)).orElse(null);
	}
}
