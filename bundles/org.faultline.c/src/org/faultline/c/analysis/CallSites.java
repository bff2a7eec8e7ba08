package org.faultline.c.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.faultline.c.ast.CPrinter;
import org.faultline.c.ast.Expression;
import org.faultline.c.ast.Statement;

/** Finding calls in expressions and statements, and seeing through the branch hints likely/unlikely. */
public final class CallSites {

	private static final Set<String> HINTS = Set.of("likely", "unlikely");

	private CallSites() {
	}

	/**
	 * @return the key a call is known by: the function name for a direct call, the callee expression (e.g.
	 *         {@code vma->vm_ops->fault}) otherwise
	 */
	public static String key(Expression.Call call) {
		String name = call.calleeName();
		return name != null ? name : CPrinter.print(call.callee());
	}

	/** @return whether the call is a branch hint, which is not a call for analysis. */
	public static boolean isHint(Expression.Call call) {
		String name = call.calleeName();
		return name != null && HINTS.contains(name) && call.arguments().size() == 1;
	}

	/** @return {@code e} without parentheses and branch hints around it. */
	public static Expression strip(Expression e) {
		Expression x = e;
		while (true) {
			if (x instanceof Expression.Parenthesized p)
				x = p.inner();
			else if (x instanceof Expression.Call c && isHint(c))
				x = c.arguments().get(0);
			else
				return x;
		}
	}

	/** @return the calls in {@code e} (callee before its arguments, left to right), hints left out. */
	public static List<Expression.Call> in(Expression e) {
		List<Expression.Call> out = new ArrayList<>();
		collect(e, out);
		return out;
	}

	/** @return the calls of a statement tree in source order, hints left out. */
	public static List<Expression.Call> in(Statement s) {
		List<Expression.Call> out = new ArrayList<>();
		StatementWalker.expressions(s, e -> collect(e, out));
		return out;
	}

	private static void collect(Expression e, List<Expression.Call> out) {
		if (e == null)
			return;
		if (e instanceof Expression.Call c && !isHint(c))
			out.add(c);
		ExpressionWalker.children(e).forEach(child -> collect(child, out));
	}
}
