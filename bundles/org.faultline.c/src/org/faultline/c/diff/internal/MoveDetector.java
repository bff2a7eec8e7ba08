package org.faultline.c.diff.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.faultline.c.ast.CPrinter;
import org.faultline.c.ast.ExternalDeclaration.FunctionDefinition;
import org.faultline.c.ast.SourceRange;
import org.faultline.c.ast.Statement;
import org.faultline.c.diff.SemanticDiffResult.CodeMove;
import org.faultline.c.parse.Program;

/**
 * Finds statements that left one function and arrived in another. A statement is compared by its canonical
 * text (layout and comments do not matter); only statements that call something or decide something count,
 * so that a lone {@code return 0;} is not taken for a move. Moved statements that were adjacent in the source
 * function form one block; statements inside a moved statement are not reported again.
 */
public final class MoveDetector {

	/** A statement in its block: which block (an identity), and its index there. */
	private record Unit(Statement statement, String text, Object block, int index) {
	}

	private MoveDetector() {
	}

	public static List<CodeMove> detect(Program before, Program after, List<String> scope) {
		Map<String, List<Unit>> unitsBefore = new HashMap<>();
		Map<String, List<Unit>> unitsAfter = new HashMap<>();
		for (String f : scope) {
			unitsBefore.put(f, units(before.function(f)));
			unitsAfter.put(f, units(after.function(f)));
		}
		Map<String, Map<String, Integer>> removed = new HashMap<>();
		Map<String, Map<String, Integer>> added = new HashMap<>();
		for (String f : scope) {
			removed.put(f, difference(unitsBefore.get(f), unitsAfter.get(f)));
			added.put(f, difference(unitsAfter.get(f), unitsBefore.get(f)));
		}
		List<CodeMove> moves = new ArrayList<>();
		for (String from : scope) {
			List<Unit> moved = new ArrayList<>();
			List<Unit> arrived = new ArrayList<>();
			String currentTarget = null;
			SourceRange covered = null;
			for (Unit u : unitsBefore.get(from)) {
				if (covered != null && covered.contains(u.statement().range()))
					continue;
				String to = significant(u.statement()) ? target(from, u.text(), removed, added, scope) : null;
				boolean continues = to != null && to.equals(currentTarget) && !moved.isEmpty()
						&& adjacent(moved.get(moved.size() - 1), u);
				if (!continues) {
					flush(from, currentTarget, moved, arrived, moves);
					moved = new ArrayList<>();
					arrived = new ArrayList<>();
				}
				currentTarget = to;
				if (to == null)
					continue;
				removed.get(from).merge(u.text(), -1, Integer::sum);
				added.get(to).merge(u.text(), -1, Integer::sum);
				moved.add(u);
				arrived.add(matching(unitsAfter.get(to), u.text(), arrived));
				covered = u.statement().range();
			}
			flush(from, currentTarget, moved, arrived, moves);
		}
		return moves;
	}

	private static void flush(String from, String to, List<Unit> moved, List<Unit> arrived, List<CodeMove> out) {
		if (to == null || moved.isEmpty())
			return;
		out.add(new CodeMove(from, to, moved.stream().map(Unit::text).toList(),
				span(moved.get(0).statement().range(), moved.get(moved.size() - 1).statement().range()),
				span(arrived.get(0).statement().range(), arrived.get(arrived.size() - 1).statement().range())));
	}

	private static SourceRange span(SourceRange a, SourceRange b) {
		return new SourceRange(a.file(), a.line(), a.column(), b.endLine(), b.endColumn(), a.startByte(), b.endByte());
	}

	private static boolean adjacent(Unit previous, Unit next) {
		return previous.block() == next.block() && next.index() == previous.index() + 1;
	}

	private static String target(String from, String text, Map<String, Map<String, Integer>> removed,
			Map<String, Map<String, Integer>> added, List<String> scope) {
		if (removed.get(from).getOrDefault(text, 0) <= 0)
			return null;
		for (String to : scope)
			if (!to.equals(from) && added.get(to).getOrDefault(text, 0) > 0)
				return to;
		return null;
	}

	private static Unit matching(List<Unit> units, String text, List<Unit> taken) {
		return units.stream().filter(u -> u.text().equals(text) && !taken.contains(u)).findFirst().orElseThrow();
	}

	/** @return for each text, how many more times it occurs in {@code a} than in {@code b} (positive only). */
	private static Map<String, Integer> difference(List<Unit> a, List<Unit> b) {
		Map<String, Integer> out = new HashMap<>();
		a.forEach(u -> out.merge(u.text(), 1, Integer::sum));
		b.forEach(u -> out.merge(u.text(), -1, Integer::sum));
		out.values().removeIf(n -> n <= 0);
		return out;
	}

	private static boolean significant(Statement s) {
		return switch (s) {
			case Statement.If i -> true;
			case Statement.While w -> true;
			case Statement.For f -> true;
			case Statement.DoWhile d -> true;
			case Statement.IteratorLoop l -> true;
			case Statement.Switch w -> true;
			case Statement.ExpressionStatement e -> CPrinter.print(e).contains("(");
			case Statement.Declaration d -> CPrinter.print(d).contains("(");
			default -> false;
		};
	}

	/** Every statement of a function in pre-order, with its block and index; labels are seen through. */
	private static List<Unit> units(FunctionDefinition f) {
		List<Unit> out = new ArrayList<>();
		if (f != null)
			block(f.body().items(), f.body(), out);
		return out;
	}

	private static void block(List<Statement> items, Object identity, List<Unit> out) {
		for (int i = 0; i < items.size(); i++)
			unit(items.get(i), identity, i, out);
	}

	private static void unit(Statement s, Object block, int index, List<Unit> out) {
		switch (s) {
			case Statement.Labeled l -> unit(l.statement(), block, index, out);
			case Statement.Compound c -> block(c.items(), c, out);
			case Statement.Empty e -> {
				// nothing to move
			}
			default -> {
				out.add(new Unit(s, CPrinter.print(s), block, index));
				nested(s, out);
			}
		}
	}

	private static void nested(Statement s, List<Unit> out) {
		switch (s) {
			case Statement.If i -> {
				unit(i.then(), i, 0, out);
				if (i.otherwise() != null)
					unit(i.otherwise(), i, 1, out);
			}
			case Statement.While w -> unit(w.body(), w, 0, out);
			case Statement.DoWhile d -> unit(d.body(), d, 0, out);
			case Statement.For f -> unit(f.body(), f, 0, out);
			case Statement.IteratorLoop l -> unit(l.body(), l, 0, out);
			case Statement.Switch w -> unit(w.body(), w, 0, out);
			case Statement.Case c -> block(c.body(), c, out);
			default -> {
				// a simple statement
			}
		}
	}
}
