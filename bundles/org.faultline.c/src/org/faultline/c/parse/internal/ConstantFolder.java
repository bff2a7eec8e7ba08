package org.faultline.c.parse.internal;

import java.util.function.Function;

import org.faultline.c.ast.Expression;

/**
 * Folds integer constant expressions in 64-bit arithmetic, as far as the preprocessor and enumerators need;
 * identifiers are looked up through a function that returns null for unknown names.
 */
public final class ConstantFolder {

	private ConstantFolder() {
	}

	/** @return the value, or null if the expression is not a constant under {@code names}. */
	public static Long fold(Expression e, Function<String, Long> names) {
		return switch (e) {
			case Expression.IntegerLiteral i -> i.value().longValue();
			case Expression.CharLiteral c -> (long) c.value();
			case Expression.BoolLiteral b -> b.value() ? 1L : 0L;
			case Expression.Identifier id -> names.apply(id.name());
			case Expression.Parenthesized p -> fold(p.inner(), names);
			case Expression.Cast c -> fold(c.operand(), names);
			case Expression.Unary u -> {
				Long v = fold(u.operand(), names);
				yield v == null ? null : switch (u.operator()) {
					case PLUS -> v;
					case MINUS -> -v;
					case NOT -> v == 0 ? 1L : 0L;
					case BIT_NOT -> ~v;
					default -> null;
				};
			}
			case Expression.Binary b -> binary(b, names);
			case Expression.Conditional c -> {
				Long condition = fold(c.condition(), names);
				if (condition == null)
					yield null;
				yield condition != 0 ? fold(c.whenTrue() == null ? c.condition() : c.whenTrue(), names)
						: fold(c.whenFalse(), names);
			}
			default -> null;
		};
	}

	private static Long binary(Expression.Binary b, Function<String, Long> names) {
		Long l = fold(b.left(), names);
		if (l == null)
			return null;
		switch (b.operator()) {
			case LOGICAL_AND -> {
				if (l == 0)
					return 0L;
				Long r = fold(b.right(), names);
				return r == null ? null : r != 0 ? 1L : 0L;
			}
			case LOGICAL_OR -> {
				if (l != 0)
					return 1L;
				Long r = fold(b.right(), names);
				return r == null ? null : r != 0 ? 1L : 0L;
			}
			default -> {
				// evaluated below
			}
		}
		Long r = fold(b.right(), names);
		if (r == null)
			return null;
		return switch (b.operator()) {
			case MULTIPLY -> l * r;
			case DIVIDE -> r == 0 ? null : l / r;
			case REMAINDER -> r == 0 ? null : l % r;
			case ADD -> l + r;
			case SUBTRACT -> l - r;
			case SHIFT_LEFT -> l << r;
			case SHIFT_RIGHT -> l >> r;
			case LESS -> l < r ? 1L : 0L;
			case LESS_EQUAL -> l <= r ? 1L : 0L;
			case GREATER -> l > r ? 1L : 0L;
			case GREATER_EQUAL -> l >= r ? 1L : 0L;
			case EQUAL -> l.equals(r) ? 1L : 0L;
			case NOT_EQUAL -> !l.equals(r) ? 1L : 0L;
			case BIT_AND -> l & r;
			case BIT_XOR -> l ^ r;
			case BIT_OR -> l | r;
			case LOGICAL_AND, LOGICAL_OR -> throw new AssertionError("folded above");
		};
	}
}
