package org.faultline.exec.internal.interp;

/**
 * A statement in executable form. {@link #exec} returns how it completed; a block resumes at a label of its
 * own when a goto reaches it, so gotos may jump backwards and into loop bodies from inside them, and
 * {@link #enter}s the statement that holds the label when it is nested deeper (real {@code filemap_fault}
 * jumps from after an {@code if} into the middle of its {@code else} branch: {@code goto retry_find}).
 */
abstract class Stmt {

	static final int NORMAL = 0, BREAK = 1, CONTINUE = 2, RETURN = 3, GOTO = 4;

	final int line;

	Stmt(int line) {
		this.line = line;
	}

	abstract int exec(Frame f);

	/** @return whether a label is defined in this statement, at any depth. */
	boolean contains(int label) {
		return false;
	}

	/**
	 * Runs this statement from a label it {@link #contains}, as C does after a goto: conditions and loop
	 * initialisers on the way in are not evaluated.
	 */
	int enter(Frame f, int label) {
		throw new InterpreterError("goto into a statement without labels");
	}

	static final class Block extends Stmt {
		final Stmt[] items;
		/** Label ids defined at this level, and the item each one precedes. */
		final int[] labels, targets;

		Block(int line, Stmt[] items, int[] labels, int[] targets) {
			super(line);
			this.items = items;
			this.labels = labels;
			this.targets = targets;
		}

		@Override
		int exec(Frame f) {
			return run(f, 0, -1);
		}

		@Override
		boolean contains(int label) {
			if (target(label) >= 0)
				return true;
			for (Stmt s : items)
				if (s.contains(label))
					return true;
			return false;
		}

		@Override
		int enter(Frame f, int label) {
			int t = target(label);
			return t >= 0 ? run(f, t, -1) : run(f, holder(label), label);
		}

		/** @param entering the label to enter item {@code i} at, or -1 to execute it from its start */
		private int run(Frame f, int i, int entering) {
			while (i < items.length) {
				Stmt s = items[i];
				f.run.step(f, s.line);
				int c = entering >= 0 ? s.enter(f, entering) : s.exec(f);
				entering = -1;
				if (c == NORMAL) {
					i++;
					continue;
				}
				if (c == GOTO) {
					int t = target(f.gotoLabel);
					if (t >= 0) {
						i = t;
						continue;
					}
					int nested = holder(f.gotoLabel);
					if (nested >= 0) {
						i = nested;
						entering = f.gotoLabel;
						continue;
					}
				}
				return c;
			}
			return NORMAL;
		}

		private int target(int label) {
			for (int k = 0; k < labels.length; k++)
				if (labels[k] == label)
					return targets[k];
			return -1;
		}

		/** @return the item that holds a label deeper down, or -1 */
		private int holder(int label) {
			for (int k = 0; k < items.length; k++)
				if (items[k].contains(label))
					return k;
			return -1;
		}
	}

	static final class Eval extends Stmt {
		final Expr expr;

		Eval(int line, Expr expr) {
			super(line);
			this.expr = expr;
		}

		@Override
		int exec(Frame f) {
			expr.eval(f);
			return NORMAL;
		}
	}

	/** A declaration of a local, with its initialiser or the default value of its type. */
	static final class Declare extends Stmt {
		final int cell;
		final Expr init;
		final CType type;

		Declare(int line, int cell, CType type, Expr init) {
			super(line);
			this.cell = cell;
			this.type = type;
			this.init = init;
		}

		@Override
		int exec(Frame f) {
			Object v;
			if (init != null)
				v = Expr.wrap(type, init.eval(f));
			else if (type instanceof CType.Struct s)
				v = f.run.newObj(s.struct());
			else if (type instanceof CType.Array)
				v = Values.zero(type);
			else
				v = null;
			f.cells[cell] = v;
			return NORMAL;
		}
	}

	static final class If extends Stmt {
		final Expr condition;
		final Stmt then, otherwise;

		If(int line, Expr condition, Stmt then, Stmt otherwise) {
			super(line);
			this.condition = condition;
			this.then = then;
			this.otherwise = otherwise;
		}

		@Override
		int exec(Frame f) {
			if (condition.test(f))
				return then.exec(f);
			return otherwise == null ? NORMAL : otherwise.exec(f);
		}

		@Override
		boolean contains(int label) {
			return then.contains(label) || otherwise != null && otherwise.contains(label);
		}

		@Override
		int enter(Frame f, int label) {
			return then.contains(label) ? then.enter(f, label) : otherwise.enter(f, label);
		}
	}

	/** while, do-while and for (and the iterator macros lowered to for). */
	static final class Loop extends Stmt {
		final Expr init, condition, update;
		final Stmt body;
		final boolean testFirst;

		Loop(int line, Expr init, Expr condition, Expr update, Stmt body, boolean testFirst) {
			super(line);
			this.init = init;
			this.condition = condition;
			this.update = update;
			this.body = body;
			this.testFirst = testFirst;
		}

		@Override
		int exec(Frame f) {
			if (init != null)
				init.eval(f);
			return iterate(f, -1);
		}

		@Override
		boolean contains(int label) {
			return body.contains(label);
		}

		@Override
		int enter(Frame f, int label) {
			return iterate(f, label);
		}

		/** @param entering a label of the body to start the first iteration at, or -1 */
		private int iterate(Frame f, int entering) {
			boolean first = true;
			while (true) {
				if (entering < 0 && (testFirst || !first) && condition != null && !condition.test(f))
					return NORMAL;
				first = false;
				f.run.step(f, line);
				int c = entering >= 0 ? body.enter(f, entering) : body.exec(f);
				entering = -1;
				if (c == BREAK)
					return NORMAL;
				if (c == RETURN || c == GOTO)
					return c;
				if (update != null)
					update.eval(f);
			}
		}
	}

	static final class Switch extends Stmt {
		final Expr selector;
		final Expr[] cases;
		final int[] starts;
		final int defaultStart;
		final Block body;

		Switch(int line, Expr selector, Expr[] cases, int[] starts, int defaultStart, Block body) {
			super(line);
			this.selector = selector;
			this.cases = cases;
			this.starts = starts;
			this.defaultStart = defaultStart;
			this.body = body;
		}

		@Override
		int exec(Frame f) {
			Object v = selector.eval(f);
			int start = defaultStart;
			for (int i = 0; i < cases.length; i++)
				if (Expr.Arith.same(v, cases[i].eval(f))) {
					start = starts[i];
					break;
				}
			if (start < 0)
				return NORMAL;
			Stmt[] rest = java.util.Arrays.copyOfRange(body.items, start, body.items.length);
			int c = new Block(line, rest, new int[0], new int[0]).exec(f);
			return c == BREAK ? NORMAL : c;
		}
	}

	static final class Return extends Stmt {
		final Expr value;

		Return(int line, Expr value) {
			super(line);
			this.value = value;
		}

		@Override
		int exec(Frame f) {
			f.result = value == null ? null : value.eval(f);
			return RETURN;
		}
	}

	static final class Goto extends Stmt {
		final int label;

		Goto(int line, int label) {
			super(line);
			this.label = label;
		}

		@Override
		int exec(Frame f) {
			f.gotoLabel = label;
			return GOTO;
		}
	}

	static final class Jump extends Stmt {
		final int completion;

		Jump(int line, int completion) {
			super(line);
			this.completion = completion;
		}

		@Override
		int exec(Frame f) {
			return completion;
		}
	}
}
