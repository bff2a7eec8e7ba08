package org.faultline.c.ast;

import java.math.BigInteger;
import java.util.List;

/** A C expression. Absent optional parts are null, lists are never null. */
public sealed interface Expression extends Node {

	record Identifier(String name, SourceRange range) implements Expression {
	}

	/**
	 * An integer constant with its value; {@code unsigned} and {@code longs} (0, 1 or 2) come from its suffix.
	 */
	record IntegerLiteral(String text, BigInteger value, boolean unsigned, int longs, SourceRange range)
			implements Expression {
	}

	record FloatLiteral(String text, double value, SourceRange range) implements Expression {
	}

	/** A character constant with its numeric value after escapes. */
	record CharLiteral(String text, int value, SourceRange range) implements Expression {
	}

	/** A string literal (adjacent literals concatenated) with its value after escapes. */
	record StringLiteral(String text, String value, SourceRange range) implements Expression {
	}

	record BoolLiteral(boolean value, SourceRange range) implements Expression {
	}

	/** {@code NULL}. */
	record NullLiteral(SourceRange range) implements Expression {
	}

	record Unary(UnaryOperator operator, Expression operand, SourceRange range) implements Expression {
	}

	record Binary(BinaryOperator operator, Expression left, Expression right, SourceRange range)
			implements Expression {
	}

	/** {@code target op= value}; {@link AssignmentOperator#ASSIGN} is plain {@code =}. */
	record Assignment(AssignmentOperator operator, Expression target, Expression value, SourceRange range)
			implements Expression {
	}

	record Conditional(Expression condition, Expression whenTrue, Expression whenFalse, SourceRange range)
			implements Expression {
	}

	record Comma(Expression left, Expression right, SourceRange range) implements Expression {
	}

	/** A call; the callee is any expression, so {@code vma->vm_ops->fault(...)} calls through a field. */
	record Call(Expression callee, List<Expression> arguments, SourceRange range) implements Expression {
		public Call {
			arguments = List.copyOf(arguments);
		}

		/** @return the called function's name for a direct call, else null. */
		public String calleeName() {
			return callee instanceof Identifier id ? id.name() : null;
		}
	}

	/** {@code object.field} or, when {@code arrow}, {@code object->field}. */
	record FieldAccess(Expression object, String field, boolean arrow, SourceRange range) implements Expression {
	}

	record Subscript(Expression array, Expression index, SourceRange range) implements Expression {
	}

	record Cast(Type type, Expression operand, SourceRange range) implements Expression {
	}

	record SizeofType(Type type, SourceRange range) implements Expression {
	}

	record SizeofExpression(Expression operand, SourceRange range) implements Expression {
	}

	record Parenthesized(Expression inner, SourceRange range) implements Expression {
	}

	/** {@code { a, .f = b, [2] = c }}. */
	record InitializerList(List<Initializer> elements, SourceRange range) implements Expression {
		public InitializerList {
			elements = List.copyOf(elements);
		}
	}

	record CompoundLiteral(Type type, InitializerList value, SourceRange range) implements Expression {
	}

	/** {@code ({ ... })}, GNU statement expression; its value is that of the last expression statement. */
	record StatementExpression(Statement.Compound body, SourceRange range) implements Expression {
	}

	/** A type written where a macro takes one, e.g. {@code struct page} in {@code container_of(p, struct page, lru)}. */
	record TypeName(Type type, SourceRange range) implements Expression {
	}

	/** GNU inline assembly, kept as its text: analysis treats it as opaque. */
	record Asm(String text, SourceRange range) implements Expression {
	}

	/** Source the front end could not turn into an expression; analysis reports it, never guesses. */
	record Unknown(String kind, String text, SourceRange range) implements Expression {
	}

	/** One element of an initializer list; {@code designators} is empty for a positional element. */
	record Initializer(List<Designator> designators, Expression value, SourceRange range) implements Node {
		public Initializer {
			designators = List.copyOf(designators);
		}
	}

	/** {@code .field} or {@code [index]} in an initializer. */
	sealed interface Designator {
		record FieldName(String name) implements Designator {
		}

		record Index(Expression index) implements Designator {
		}
	}

	enum UnaryOperator {
		PLUS("+"), MINUS("-"), NOT("!"), BIT_NOT("~"), DEREFERENCE("*"), ADDRESS_OF("&"), PRE_INCREMENT("++"),
		PRE_DECREMENT("--"), POST_INCREMENT("++"), POST_DECREMENT("--");

		private final String token;

		UnaryOperator(String token) {
			this.token = token;
		}

		public String token() {
			return token;
		}

		public boolean isPostfix() {
			return this == POST_INCREMENT || this == POST_DECREMENT;
		}
	}

	enum BinaryOperator {
		MULTIPLY("*"), DIVIDE("/"), REMAINDER("%"), ADD("+"), SUBTRACT("-"), SHIFT_LEFT("<<"), SHIFT_RIGHT(">>"),
		LESS("<"), LESS_EQUAL("<="), GREATER(">"), GREATER_EQUAL(">="), EQUAL("=="), NOT_EQUAL("!="),
		BIT_AND("&"), BIT_XOR("^"), BIT_OR("|"), LOGICAL_AND("&&"), LOGICAL_OR("||");

		private final String token;

		BinaryOperator(String token) {
			this.token = token;
		}

		public String token() {
			return token;
		}

		public static BinaryOperator of(String token) {
			for (BinaryOperator op : values())
				if (op.token.equals(token))
					return op;
			return null;
		}
	}

	enum AssignmentOperator {
		ASSIGN("=", null), MULTIPLY("*=", BinaryOperator.MULTIPLY), DIVIDE("/=", BinaryOperator.DIVIDE),
		REMAINDER("%=", BinaryOperator.REMAINDER), ADD("+=", BinaryOperator.ADD),
		SUBTRACT("-=", BinaryOperator.SUBTRACT), SHIFT_LEFT("<<=", BinaryOperator.SHIFT_LEFT),
		SHIFT_RIGHT(">>=", BinaryOperator.SHIFT_RIGHT), BIT_AND("&=", BinaryOperator.BIT_AND),
		BIT_XOR("^=", BinaryOperator.BIT_XOR), BIT_OR("|=", BinaryOperator.BIT_OR);

		private final String token;
		private final BinaryOperator arithmetic;

		AssignmentOperator(String token, BinaryOperator arithmetic) {
			this.token = token;
			this.arithmetic = arithmetic;
		}

		public String token() {
			return token;
		}

		/** @return the operator a compound assignment applies, null for plain {@code =}. */
		public BinaryOperator arithmetic() {
			return arithmetic;
		}

		public static AssignmentOperator of(String token) {
			for (AssignmentOperator op : values())
				if (op.token.equals(token))
					return op;
			return null;
		}
	}
}
