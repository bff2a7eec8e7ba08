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
		s.children().forEach(c -> statements(c, visitor));
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
