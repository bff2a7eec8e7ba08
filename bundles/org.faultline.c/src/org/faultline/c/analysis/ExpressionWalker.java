package org.faultline.c.analysis;

import java.util.ArrayList;
import java.util.List;

import org.faultline.c.ast.Expression;

/** The direct sub-expressions of an expression, left to right. */
final class ExpressionWalker {

	private ExpressionWalker() {
	}

	static List<Expression> children(Expression e) {
		return switch (e) {
			case Expression.Unary u -> List.of(u.operand());
			case Expression.Binary b -> List.of(b.left(), b.right());
			case Expression.Assignment a -> List.of(a.target(), a.value());
			case Expression.Conditional c -> c.whenTrue() == null ? List.of(c.condition(), c.whenFalse())
					: List.of(c.condition(), c.whenTrue(), c.whenFalse());
			case Expression.Comma c -> List.of(c.left(), c.right());
			case Expression.Call c -> {
				List<Expression> out = new ArrayList<>();
				out.add(c.callee());
				out.addAll(c.arguments());
				yield out;
			}
			case Expression.FieldAccess f -> List.of(f.object());
			case Expression.Subscript s -> List.of(s.array(), s.index());
			case Expression.Cast c -> List.of(c.operand());
			case Expression.SizeofExpression s -> List.of(s.operand());
			case Expression.Parenthesized p -> List.of(p.inner());
			case Expression.InitializerList l -> l.elements().stream().map(Expression.Initializer::value).toList();
			case Expression.CompoundLiteral c -> List.of(c.value());
			default -> List.of();
		};
	}
}
