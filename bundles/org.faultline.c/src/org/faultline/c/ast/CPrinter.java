package org.faultline.c.ast;

import java.util.stream.Collectors;

/**
 * Prints expressions and statements in one canonical C form (single spaces, no comments, explicit
 * parentheses only where the source had them), so that two pieces of code compare equal exactly when they
 * differ only in layout.
 */
public final class CPrinter {

	private CPrinter() {
	}

	public static String print(Expression e) {
		return switch (e) {
			case null -> "";
			case Expression.Identifier i -> i.name();
			case Expression.IntegerLiteral i -> i.text();
			case Expression.FloatLiteral f -> f.text();
			case Expression.CharLiteral c -> c.text();
			case Expression.StringLiteral s -> s.text();
			case Expression.BoolLiteral b -> String.valueOf(b.value());
			case Expression.NullLiteral n -> "NULL";
			case Expression.Unary u -> u.operator().isPostfix() ? print(u.operand()) + u.operator().token()
					: u.operator().token() + print(u.operand());
			case Expression.Binary b -> print(b.left()) + " " + b.operator().token() + " " + print(b.right());
			case Expression.Assignment a -> print(a.target()) + " " + a.operator().token() + " " + print(a.value());
			case Expression.Conditional c -> print(c.condition()) + " ? "
					+ (c.whenTrue() == null ? "" : print(c.whenTrue()) + " ") + ": " + print(c.whenFalse());
			case Expression.Comma c -> print(c.left()) + ", " + print(c.right());
			case Expression.Call c -> print(c.callee()) + "("
					+ c.arguments().stream().map(CPrinter::print).collect(Collectors.joining(", ")) + ")";
			case Expression.FieldAccess f -> print(f.object()) + (f.arrow() ? "->" : ".") + f.field();
			case Expression.Subscript s -> print(s.array()) + "[" + print(s.index()) + "]";
			case Expression.Cast c -> "(" + c.type().spelling() + ")" + print(c.operand());
			case Expression.SizeofType s -> "sizeof(" + s.type().spelling() + ")";
			case Expression.SizeofExpression s -> "sizeof " + print(s.operand());
			case Expression.Parenthesized p -> "(" + print(p.inner()) + ")";
			case Expression.InitializerList l -> "{ " + l.elements().stream().map(CPrinter::print)
					.collect(Collectors.joining(", ")) + " }";
			case Expression.CompoundLiteral c -> "(" + c.type().spelling() + ")" + print(c.value());
			case Expression.StatementExpression s -> "(" + print(s.body()) + ")";
			case Expression.TypeName t -> t.type().spelling();
			case Expression.Asm a -> a.text().replaceAll("\\s+", " ");
			case Expression.Unknown u -> u.text().replaceAll("\\s+", " ");
		};
	}

	private static String print(Expression.Initializer i) {
		String designators = i.designators().stream().map(d -> switch (d) {
			case Expression.Designator.FieldName f -> "." + f.name();
			case Expression.Designator.Index x -> "[" + print(x.index()) + "]";
		}).collect(Collectors.joining());
		return designators.isEmpty() ? print(i.value()) : designators + " = " + print(i.value());
	}

	/** Prints a statement on one line. */
	public static String print(Statement s) {
		return switch (s) {
			case null -> "";
			case Statement.Compound c -> "{ " + c.items().stream().map(CPrinter::print)
					.collect(Collectors.joining(" ")) + (c.items().isEmpty() ? "}" : " }");
			case Statement.Declaration d -> d.variables().stream()
					.map(v -> v.type().spelling() + " " + v.name()
							+ (v.initializer() == null ? "" : " = " + print(v.initializer())))
					.collect(Collectors.joining("; ")) + ";";
			case Statement.ExpressionStatement e -> print(e.expression()) + ";";
			case Statement.If i -> "if (" + print(i.condition()) + ") " + print(i.then())
					+ (i.otherwise() == null ? "" : " else " + print(i.otherwise()));
			case Statement.Switch w -> "switch (" + print(w.selector()) + ") " + print(w.body());
			case Statement.Case c -> (c.isDefault() ? "default:"
					: "case " + print(c.value()) + (c.rangeEnd() == null ? "" : " ... " + print(c.rangeEnd())) + ":")
					+ c.body().stream().map(b -> " " + print(b)).collect(Collectors.joining());
			case Statement.While w -> "while (" + print(w.condition()) + ") " + print(w.body());
			case Statement.DoWhile d -> "do " + print(d.body()) + " while (" + print(d.condition()) + ");";
			case Statement.For f -> "for (" + (f.initializer() == null ? ";" : print(f.initializer())) + " "
					+ print(f.condition()) + "; " + print(f.update()) + ") " + print(f.body());
			case Statement.IteratorLoop l -> l.macro() + "("
					+ l.arguments().stream().map(CPrinter::print).collect(Collectors.joining(", ")) + ") "
					+ print(l.body());
			case Statement.Goto g -> "goto " + g.label() + ";";
			case Statement.Labeled l -> l.label() + ": " + print(l.statement());
			case Statement.Return r -> r.value() == null ? "return;" : "return " + print(r.value()) + ";";
			case Statement.Break b -> "break;";
			case Statement.Continue c -> "continue;";
			case Statement.Empty e -> ";";
			case Statement.Conditional c -> c.branches().stream()
					.map(b -> "#" + b.directive().name().toLowerCase() + " "
							+ (b.symbol() != null ? b.symbol() : print(b.condition())) + " "
							+ b.items().stream().map(CPrinter::print).collect(Collectors.joining(" ")))
					.collect(Collectors.joining(" ")) + " #endif";
			case Statement.Unknown u -> u.text().replaceAll("\\s+", " ");
		};
	}
}
