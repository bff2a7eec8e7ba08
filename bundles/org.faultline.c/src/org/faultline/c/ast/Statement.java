package org.faultline.c.ast;

import java.util.List;

/** A C statement. Absent optional parts are null, lists are never null. */
public sealed interface Statement extends Node {

	/** @return the statements directly nested in this one, in source order (every #if branch included). */
	default List<Statement> children() {
		return switch (this) {
			case Compound c -> c.items();
			case If i -> i.otherwise() == null ? List.of(i.then()) : List.of(i.then(), i.otherwise());
			case Switch w -> List.of(w.body());
			case Case c -> c.body();
			case While w -> List.of(w.body());
			case DoWhile d -> List.of(d.body());
			case For f -> f.initializer() == null ? List.of(f.body()) : List.of(f.initializer(), f.body());
			case IteratorLoop l -> List.of(l.body());
			case Labeled l -> List.of(l.statement());
			case Conditional c -> c.branches().stream().flatMap(b -> b.items().stream()).toList();
			default -> List.of();
		};
	}

	record Compound(List<Statement> items, SourceRange range) implements Statement {
		public Compound {
			items = List.copyOf(items);
		}
	}

	/** A local declaration, one {@link Variable} per declarator. */
	record Declaration(List<Variable> variables, SourceRange range) implements Statement {
		public Declaration {
			variables = List.copyOf(variables);
		}
	}

	record ExpressionStatement(Expression expression, SourceRange range) implements Statement {
	}

	/** {@code otherwise} is null without an {@code else}. */
	record If(Expression condition, Statement then, Statement otherwise, SourceRange range) implements Statement {
	}

	record Switch(Expression selector, Statement body, SourceRange range) implements Statement {
	}

	/**
	 * {@code case value:} or, with a null value, {@code default:}, followed by the statements up to the next;
	 * {@code rangeEnd} is set for a GNU case range {@code case value ... rangeEnd:}.
	 */
	record Case(Expression value, Expression rangeEnd, List<Statement> body, SourceRange range) implements Statement {
		public Case {
			body = List.copyOf(body);
		}

		public boolean isDefault() {
			return value == null;
		}
	}

	record While(Expression condition, Statement body, SourceRange range) implements Statement {
	}

	record DoWhile(Statement body, Expression condition, SourceRange range) implements Statement {
	}

	/**
	 * {@code for (initializer; condition; update) body}; the initializer is a {@link Declaration} or an
	 * {@link ExpressionStatement}, and any of the three may be null.
	 */
	record For(Statement initializer, Expression condition, Expression update, Statement body, SourceRange range)
			implements Statement {
	}

	/**
	 * A loop written as a macro call followed by a body, e.g.
	 * {@code radix_tree_for_each_slot(slot, root, &iter, start) { ... }}: {@code break} and {@code continue}
	 * in the body belong to it.
	 */
	record IteratorLoop(String macro, List<Expression> arguments, Statement body, SourceRange range)
			implements Statement {
		public IteratorLoop {
			arguments = List.copyOf(arguments);
		}
	}

	record Goto(String label, SourceRange range) implements Statement {
	}

	record Labeled(String label, Statement statement, SourceRange range) implements Statement {
	}

	/** {@code value} is null for a bare {@code return;}. */
	record Return(Expression value, SourceRange range) implements Statement {
	}

	record Break(SourceRange range) implements Statement {
	}

	record Continue(SourceRange range) implements Statement {
	}

	record Empty(SourceRange range) implements Statement {
	}

	/** An {@code #if} group inside a function body. */
	record Conditional(List<ConditionalBranch<Statement>> branches, SourceRange range) implements Statement {
		public Conditional {
			branches = List.copyOf(branches);
		}
	}

	/** Source the front end could not turn into a statement. */
	record Unknown(String kind, String text, SourceRange range) implements Statement {
	}
}
