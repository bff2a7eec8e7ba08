package org.faultline.c.analysis;

import java.util.function.Consumer;

import org.faultline.c.ast.Statement;
import org.faultline.c.ast.Variable;

/** Visits the statements of a tree and the top-level expressions they hold, in source order. */
final class StatementWalker {

	private StatementWalker() {
	}

	static void statements(Statement s, Consumer<Statement> visitor) {
		if (s == null)
			return;
		visitor.accept(s);
		switch (s) {
			case Statement.Compound c -> c.items().forEach(i -> statements(i, visitor));
			case Statement.If i -> {
				statements(i.then(), visitor);
				statements(i.otherwise(), visitor);
			}
			case Statement.Switch w -> statements(w.body(), visitor);
			case Statement.Case c -> c.body().forEach(i -> statements(i, visitor));
			case Statement.While w -> statements(w.body(), visitor);
			case Statement.DoWhile d -> statements(d.body(), visitor);
			case Statement.For f -> {
				statements(f.initializer(), visitor);
				statements(f.body(), visitor);
			}
			case Statement.IteratorLoop l -> statements(l.body(), visitor);
			case Statement.Labeled l -> statements(l.statement(), visitor);
			case Statement.Conditional c -> c.branches().forEach(b -> b.items().forEach(i -> statements(i, visitor)));
			default -> {
				// no nested statements
			}
		}
	}

	static void expressions(Statement root, Consumer<org.faultline.c.ast.Expression> visitor) {
		statements(root, s -> {
			switch (s) {
				case Statement.Declaration d -> d.variables().stream().map(Variable::initializer)
						.filter(i -> i != null).forEach(visitor);
				case Statement.ExpressionStatement e -> visitor.accept(e.expression());
				case Statement.If i -> visitor.accept(i.condition());
				case Statement.Switch w -> visitor.accept(w.selector());
				case Statement.Case c -> {
					if (c.value() != null)
						visitor.accept(c.value());
				}
				case Statement.While w -> visitor.accept(w.condition());
				case Statement.DoWhile d -> visitor.accept(d.condition());
				case Statement.For f -> {
					if (f.condition() != null)
						visitor.accept(f.condition());
					if (f.update() != null)
						visitor.accept(f.update());
				}
				case Statement.IteratorLoop l -> l.arguments().forEach(visitor);
				case Statement.Return r -> {
					if (r.value() != null)
						visitor.accept(r.value());
				}
				default -> {
					// no expression of its own
				}
			}
		});
	}
}
