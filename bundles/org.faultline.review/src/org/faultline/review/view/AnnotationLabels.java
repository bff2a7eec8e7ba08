package org.faultline.review.view;

import org.faultline.model.review.Annotation;
import org.faultline.model.review.AnnotationTarget;
import org.faultline.model.review.DecisionRowTarget;
import org.faultline.model.review.FindingTarget;
import org.faultline.model.review.FunctionTarget;
import org.faultline.model.review.LineTarget;
import org.faultline.model.review.Side;
import org.faultline.model.review.TraceStepTarget;

/** How an annotation's target reads in a list: what it is pinned to, in a reviewer's words. */
public final class AnnotationLabels {

	/** Which annotations a list shows. */
	public enum Filter {
		ALL, DRAFTS, PUBLISHED;

		public boolean accepts(Annotation a) {
			return this == ALL || a.isDraft() == (this == DRAFTS);
		}
	}

	private AnnotationLabels() {
	}

	public static String target(AnnotationTarget target) {
		return switch (target) {
		case LineTarget l -> l.getPath() + ":" + l.getFirstLine()
				+ (l.getLastLine() > l.getFirstLine() ? "-" + l.getLastLine() : "") + side(l.getSide());
		case FunctionTarget f -> "function " + f.getFunction() + side(f.getSide());
		case DecisionRowTarget d -> "decision " + d.getFunction() + " \u2192 " + d.getCallee();
		case FindingTarget f -> "finding " + f.getKind().getLiteral() + (f.getFunction() == null ? "" : " in " + f.getFunction())
				+ ", " + f.getScenario() + side(f.getSide());
		case TraceStepTarget t -> "step " + (t.getStep() + 1) + " of " + t.getScenario() + side(t.getSide());
		default -> target.eClass().getName();
		};
	}

	private static String side(Side side) {
		return side == Side.BOTH ? "" : " (" + side.getLiteral().toLowerCase() + ")";
	}
}
