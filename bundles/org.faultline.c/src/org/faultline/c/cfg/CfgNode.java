package org.faultline.c.cfg;

import java.util.List;

import org.faultline.c.ast.Expression;
import org.faultline.c.ast.SourceRange;
import org.faultline.c.ast.Statement;

/**
 * A node of a function's control-flow graph: one simple statement, one decision, or a structural point.
 * {@code statement} is the source statement (null for entry, exit and joins), {@code expression} what the node
 * evaluates (the condition of a decision, the value of a return; null when nothing), {@code label} the name of
 * a label node.
 */
public record CfgNode(int id, Kind kind, Statement statement, Expression expression, String label, SourceRange range) {

	public enum Kind {
		/** Where the function starts. */
		ENTRY,
		/** The single exit every return reaches. */
		EXIT,
		/** A declaration or expression statement (or the update of a for loop). */
		STATEMENT,
		/** if, while, for or do-while condition: TRUE and FALSE edges leave it. */
		BRANCH,
		/** A switch selector: CASE and DEFAULT edges leave it. */
		SWITCH,
		/** The head of an iterator macro loop: TRUE (next element) and FALSE (done). */
		ITERATE,
		/** A case or default label inside a switch. */
		CASE,
		/** A goto label. */
		LABEL,
		/** The top of a do-while loop, where the back edge returns. */
		JOIN,
		RETURN
	}

	/** @return the expressions this node evaluates, in order; a declaration contributes its initializers. */
	public List<Expression> evaluated() {
		if (expression != null)
			return List.of(expression);
		if (statement instanceof Statement.Declaration d)
			return d.variables().stream().map(v -> v.initializer()).filter(i -> i != null).toList();
		if (statement instanceof Statement.IteratorLoop l && kind == Kind.ITERATE)
			return l.arguments();
		return List.of();
	}
}
