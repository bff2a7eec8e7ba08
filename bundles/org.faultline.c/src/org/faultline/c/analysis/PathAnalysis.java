package org.faultline.c.analysis;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import org.faultline.c.ast.CPrinter;
import org.faultline.c.ast.Expression;
import org.faultline.c.ast.Expression.BinaryOperator;
import org.faultline.c.ast.Statement;
import org.faultline.c.ast.Variable;
import org.faultline.c.cfg.CfgEdge;
import org.faultline.c.cfg.CfgNode;
import org.faultline.c.cfg.ControlFlowGraph;

/**
 * Path-sensitive analysis of one function over its control-flow graph, in one forward pass that does not follow
 * back edges. Each program point holds states: the known values of the variables that conditions test (constants,
 * NULL, or non-NULL after a dereference), the resource counts, and where a call that takes what it takes only when
 * it returns non-NULL put its result (so that the NULL side of a test of it gives back what the call counted),
 * each with the condition under which it holds; states that agree are merged by disjunction. A loop counts as
 * running its body once or not at all, and leaving it adds no condition. This finds the condition under which
 * each callee is reached, and the net resource balance of every way out.
 */
public final class PathAnalysis {

	/** Value of a pointer known to be non-NULL (it was dereferenced). */
	private static final long NON_NULL = Long.MIN_VALUE;
	private static final int MAX_STATES = 16;

	/**
	 * @param mapped for each place (its text) holding the result of a call that may return NULL having taken
	 *            nothing ({@link Resource#mayReturnNull}), that call, until a test of the place decides it
	 */
	private record State(Map<String, Long> values, List<Integer> counts, Map<String, Expression.Call> mapped) {
	}

	private final ControlFlowGraph cfg;
	private final Function<Expression.Call, FunctionFacts> callees;
	private final Set<String> tracked = new HashSet<>();
	private final LinkedHashSet<String> atoms = new LinkedHashSet<>();
	private final Map<String, Guard> reach = new LinkedHashMap<>();
	private final Map<Resource, Map<Integer, Guard>> balance = new EnumMap<>(Resource.class);
	private final Map<Resource, Set<String>> handlers = new EnumMap<>(Resource.class);
	private final Set<Resource> touched = new HashSet<>();

	private PathAnalysis(ControlFlowGraph cfg, Function<Expression.Call, FunctionFacts> callees) {
		this.cfg = cfg;
		this.callees = callees;
	}

	/**
	 * @param callees facts of the functions a call may reach (already analysed), or null for calls outside the
	 *            analysed set; a callee's resource balance counts at the call when it is the same on all its
	 *            paths
	 */
	public static FunctionFacts analyse(ControlFlowGraph cfg, Function<Expression.Call, FunctionFacts> callees) {
		return new PathAnalysis(cfg, callees).run();
	}

	private FunctionFacts run() {
		for (CfgNode n : cfg.nodes())
			if (n.kind() == CfgNode.Kind.BRANCH && n.expression() != null)
				collectTested(n.expression());
		List<Map<State, Guard>> inbox = new ArrayList<>();
		for (int i = 0; i < cfg.nodes().size(); i++)
			inbox.add(new LinkedHashMap<>());
		List<Integer> zero = new ArrayList<>();
		for (int i = 0; i < Resource.values().length; i++)
			zero.add(0);
		inbox.get(0).put(new State(Map.of(), List.copyOf(zero), Map.of()), Guard.TRUE);
		for (CfgNode node : order()) {
			Map<State, Guard> states = cap(inbox.get(node.id()));
			if (node.kind() == CfgNode.Kind.EXIT) {
				states.forEach(this::recordExit);
				continue;
			}
			for (Map.Entry<State, Guard> s : states.entrySet()) {
				State after = evaluate(node, s.getKey(), s.getValue());
				for (CfgEdge edge : cfg.outgoing(node)) {
					if (!edge.back())
						flow(node, edge, after, s.getValue(), inbox.get(edge.to()));
					else
						for (CfgEdge exit : loopExits(edge))
							inbox.get(exit.to()).merge(after, s.getValue(), Guard::or);
				}
			}
		}
		Map<Resource, Map<Integer, Guard>> touchedBalance = new EnumMap<>(Resource.class);
		balance.forEach((r, nets) -> {
			if (touched.contains(r))
				touchedBalance.put(r, Map.copyOf(nets));
		});
		List<String> calls = CallSites.in(cfg.function().body()).stream().map(CallSites::key).toList();
		Map<Resource, Set<String>> handlerCopy = new EnumMap<>(Resource.class);
		handlers.forEach((r, h) -> handlerCopy.put(r, Set.copyOf(h)));
		Map<String, Integer> rank = new HashMap<>();
		for (String atom : atoms)
			rank.put(atom, rank.size());
		return new FunctionFacts(cfg.function().name(), reach, calls, touchedBalance, handlerCopy, rank);
	}

	// ---- loops ----

	/**
	 * The edges that leave the loop a back edge closes. A state at the end of an iteration also leaves the
	 * loop, as if that iteration were the last: a loop is analysed as running its body once or not at all.
	 */
	private List<CfgEdge> loopExits(CfgEdge back) {
		return cfg.outgoing(cfg.nodes().get(back.to())).stream().filter(e -> e.kind() == CfgEdge.Kind.FALSE).toList();
	}

	private boolean isLoopHead(CfgNode node) {
		return cfg.incoming(node).stream().anyMatch(CfgEdge::back);
	}

	/** Forward order over the edges and the loop-exit flows of back edges (still acyclic). */
	private List<CfgNode> order() {
		int n = cfg.nodes().size();
		List<List<Integer>> successors = new ArrayList<>();
		for (int i = 0; i < n; i++)
			successors.add(new ArrayList<>());
		for (CfgEdge e : cfg.edges()) {
			if (!e.back())
				successors.get(e.from()).add(e.to());
			else
				loopExits(e).forEach(exit -> successors.get(e.from()).add(exit.to()));
		}
		boolean[] reachable = new boolean[n];
		List<Integer> stack = new ArrayList<>(List.of(0));
		while (!stack.isEmpty()) {
			int x = stack.remove(stack.size() - 1);
			if (!reachable[x]) {
				reachable[x] = true;
				stack.addAll(successors.get(x));
			}
		}
		int[] pending = new int[n];
		for (int i = 0; i < n; i++)
			if (reachable[i])
				successors.get(i).forEach(t -> pending[t]++);
		List<CfgNode> order = new ArrayList<>();
		List<Integer> ready = new ArrayList<>(List.of(0));
		while (!ready.isEmpty()) {
			int x = ready.remove(ready.size() - 1);
			order.add(cfg.nodes().get(x));
			for (int t : successors.get(x))
				if (--pending[t] == 0)
					ready.add(t);
		}
		return order;
	}

	// ---- which variables conditions test ----

	private void collectTested(Expression e) {
		Expression x = CallSites.strip(e);
		switch (x) {
			case Expression.Identifier id -> tracked.add(id.name());
			case Expression.Unary u when u.operator() == Expression.UnaryOperator.NOT -> collectTested(u.operand());
			case Expression.Binary b when b.operator() == BinaryOperator.LOGICAL_AND
					|| b.operator() == BinaryOperator.LOGICAL_OR -> {
				collectTested(b.left());
				collectTested(b.right());
			}
			case Expression.Binary b when isNullTest(b) -> collectTested(isZero(b.right()) ? b.left() : b.right());
			default -> {
				// an opaque atom
			}
		}
	}

	private static boolean isNullTest(Expression.Binary b) {
		return (b.operator() == BinaryOperator.EQUAL || b.operator() == BinaryOperator.NOT_EQUAL)
				&& (isZero(b.left()) || isZero(b.right()));
	}

	private static boolean isZero(Expression e) {
		Expression x = CallSites.strip(e);
		return x instanceof Expression.NullLiteral
				|| x instanceof Expression.IntegerLiteral i && i.value().signum() == 0;
	}

	// ---- transfer ----

	private State evaluate(CfgNode node, State in, Guard guard) {
		Map<String, Long> values = new HashMap<>(in.values());
		List<Integer> counts = new ArrayList<>(in.counts());
		Map<String, Expression.Call> mapped = new HashMap<>(in.mapped());
		for (Expression e : node.evaluated()) {
			for (Expression.Call call : CallSites.in(e)) {
				reach.merge(CallSites.key(call), guard, Guard::or);
				apply(call, counts);
			}
			assignments(e, values);
			results(e, mapped);
		}
		if (node.statement() instanceof Statement.Declaration d)
			for (Variable v : d.variables()) {
				if (v.initializer() != null && CallSites.strip(v.initializer()) instanceof Expression.Call call
						&& Resource.mayReturnNull(call))
					mapped.put(v.name(), call);
				if (tracked.contains(v.name())) {
					Long value = v.initializer() == null ? null : constant(v.initializer(), values);
					if (value == null)
						values.remove(v.name());
					else
						values.put(v.name(), value);
				}
			}
		return new State(Map.copyOf(values), List.copyOf(counts), Map.copyOf(mapped));
	}

	/** Where a call that may return NULL having taken nothing puts its result; an assignment over it forgets it. */
	private static void results(Expression e, Map<String, Expression.Call> mapped) {
		if (e == null)
			return;
		if (e instanceof Expression.Assignment a) {
			String place = CPrinter.print(CallSites.strip(a.target()));
			if (a.operator() == Expression.AssignmentOperator.ASSIGN
					&& CallSites.strip(a.value()) instanceof Expression.Call call && Resource.mayReturnNull(call))
				mapped.put(place, call);
			else
				mapped.remove(place);
		}
		ExpressionWalker.children(e).forEach(c -> results(c, mapped));
	}

	private void apply(Expression.Call call, List<Integer> counts) {
		Map<Resource, Integer> effects = Resource.effects(call);
		effects.forEach((r, delta) -> change(r, delta, call, counts));
		if (!effects.isEmpty())
			return;
		FunctionFacts callee = callees.apply(call);
		if (callee == null)
			return;
		for (Resource r : Resource.values()) {
			Integer net = callee.uniformNet(r);
			if (net != null && net != 0)
				change(r, net, call, counts);
		}
	}

	private void change(Resource r, int delta, Expression.Call call, List<Integer> counts) {
		counts.set(r.ordinal(), counts.get(r.ordinal()) + delta);
		touched.add(r);
		handlers.computeIfAbsent(r, k -> new TreeSet<>()).add(CallSites.key(call));
	}

	private void assignments(Expression e, Map<String, Long> values) {
		if (e == null)
			return;
		switch (e) {
			case Expression.Assignment a when a.target() instanceof Expression.Identifier id
					&& tracked.contains(id.name()) -> {
				assignments(a.value(), values);
				Long value = a.operator() == Expression.AssignmentOperator.ASSIGN ? constant(a.value(), values) : null;
				if (value == null)
					values.remove(id.name());
				else
					values.put(id.name(), value);
				return;
			}
			case Expression.Unary u when u.operator() == Expression.UnaryOperator.DEREFERENCE -> dereferenced(u.operand(), values);
			case Expression.Unary u when u.operand() instanceof Expression.Identifier id
					&& u.operator() != Expression.UnaryOperator.ADDRESS_OF && u.operator() != Expression.UnaryOperator.NOT
					&& u.operator() != Expression.UnaryOperator.MINUS && u.operator() != Expression.UnaryOperator.PLUS
					&& u.operator() != Expression.UnaryOperator.BIT_NOT -> values.remove(id.name());
			case Expression.FieldAccess f when f.arrow() -> dereferenced(f.object(), values);
			case Expression.Subscript s -> dereferenced(s.array(), values);
			default -> {
				// nothing assigned here
			}
		}
		ExpressionWalker.children(e).forEach(c -> assignments(c, values));
	}

	private void dereferenced(Expression pointer, Map<String, Long> values) {
		if (CallSites.strip(pointer) instanceof Expression.Identifier id && tracked.contains(id.name())
				&& !Long.valueOf(0).equals(values.get(id.name())))
			values.put(id.name(), NON_NULL);
	}

	/** @return the value of an expression if it is a known constant, NULL or an address; else null. */
	private static Long constant(Expression e, Map<String, Long> values) {
		return switch (CallSites.strip(e)) {
			case Expression.NullLiteral n -> 0L;
			case Expression.IntegerLiteral i -> i.value().longValue();
			case Expression.BoolLiteral b -> b.value() ? 1L : 0L;
			case Expression.Unary u when u.operator() == Expression.UnaryOperator.ADDRESS_OF -> NON_NULL;
			case Expression.Identifier id -> values.get(id.name());
			default -> null;
		};
	}

	// ---- conditions ----

	private void flow(CfgNode node, CfgEdge edge, State state, Guard guard, Map<State, Guard> target) {
		Guard g = guard;
		List<Integer> counts = state.counts();
		Map<String, Expression.Call> mapped = state.mapped();
		switch (node.kind()) {
			case BRANCH -> {
				Guard condition = condition(node.expression(), state.values());
				boolean taken = edge.kind() == CfgEdge.Kind.TRUE;
				// leaving a loop says nothing about its condition on entry
				if (taken || !isLoopHead(node))
					g = g.and(taken ? condition : negation(condition, node.expression()));
				counts = conditionalAcquire(node.expression(), taken, counts);
				NullTest test = nullTest(node.expression());
				Expression.Call call = test == null ? null : state.mapped().get(test.place());
				if (call != null) {
					if (taken == test.nullWhenTrue())
						counts = released(call, counts);
					mapped = new HashMap<>(mapped);
					mapped.remove(test.place());
				}
			}
			case SWITCH -> {
				if (edge.kind() == CfgEdge.Kind.CASE)
					g = g.and(atom(caseTest(node, cfg.nodes().get(edge.to())), true));
				else
					for (CfgEdge other : cfg.outgoing(node))
						if (other.kind() == CfgEdge.Kind.CASE)
							g = g.and(atom(caseTest(node, cfg.nodes().get(other.to())), false));
			}
			default -> {
				// no decision on this edge
			}
		}
		if (!g.isFalse())
			target.merge(new State(state.values(), counts, Map.copyOf(mapped)), g, Guard::or);
	}

	/** A test whether a place is NULL: {@code !p}, {@code p}, {@code p == NULL}, {@code p != NULL}. */
	private record NullTest(String place, boolean nullWhenTrue) {
	}

	private static NullTest nullTest(Expression condition) {
		Expression x = CallSites.strip(condition);
		return switch (x) {
			case Expression.Unary u when u.operator() == Expression.UnaryOperator.NOT ->
				new NullTest(CPrinter.print(CallSites.strip(u.operand())), true);
			case Expression.Binary b when isNullTest(b) -> new NullTest(
					CPrinter.print(CallSites.strip(isZero(b.right()) ? b.left() : b.right())),
					b.operator() == BinaryOperator.EQUAL);
			case Expression.Identifier id -> new NullTest(id.name(), false);
			case Expression.FieldAccess f -> new NullTest(CPrinter.print(f), false);
			default -> null;
		};
	}

	/** The counts without what a call that returned NULL was counted as taking. */
	private static List<Integer> released(Expression.Call call, List<Integer> counts) {
		List<Integer> out = new ArrayList<>(counts);
		Resource.effects(call).forEach((r, delta) -> out.set(r.ordinal(), out.get(r.ordinal()) - delta));
		return List.copyOf(out);
	}

	/** {@code selector == value}, or for a GNU case range {@code selector in [low, high]}. */
	private static String caseTest(CfgNode selector, CfgNode label) {
		String s = CPrinter.print(CallSites.strip(selector.expression()));
		Statement.Case c = (Statement.Case) label.statement();
		return c.rangeEnd() == null ? s + " == " + CPrinter.print(c.value())
				: s + " in [" + CPrinter.print(c.value()) + ", " + CPrinter.print(c.rangeEnd()) + "]";
	}

	private List<Integer> conditionalAcquire(Expression condition, boolean taken, List<Integer> counts) {
		Expression x = CallSites.strip(condition);
		boolean positive = true;
		if (x instanceof Expression.Unary u && u.operator() == Expression.UnaryOperator.NOT) {
			x = CallSites.strip(u.operand());
			positive = false;
		}
		if (x instanceof Expression.Call call && Resource.conditionallyAcquired(call) != null && taken == positive) {
			Resource r = Resource.conditionallyAcquired(call);
			List<Integer> out = new ArrayList<>(counts);
			change(r, 1, call, out);
			return List.copyOf(out);
		}
		return counts;
	}

	private Guard condition(Expression e, Map<String, Long> values) {
		Expression x = CallSites.strip(e);
		return switch (x) {
			case Expression.Unary u when u.operator() == Expression.UnaryOperator.NOT ->
				negation(condition(u.operand(), values), u.operand());
			case Expression.Binary b when b.operator() == BinaryOperator.LOGICAL_AND ->
				condition(b.left(), values).and(condition(b.right(), values));
			case Expression.Binary b when b.operator() == BinaryOperator.LOGICAL_OR ->
				condition(b.left(), values).or(condition(b.right(), values));
			case Expression.Binary b when isNullTest(b) -> {
				Guard pointer = condition(isZero(b.right()) ? b.left() : b.right(), values);
				yield b.operator() == BinaryOperator.NOT_EQUAL ? pointer : negation(pointer, x);
			}
			case Expression.Binary b when b.operator() == BinaryOperator.NOT_EQUAL ->
				atom(CPrinter.print(b.left()) + " == " + CPrinter.print(b.right()), false);
			case Expression.Identifier id when values.containsKey(id.name()) ->
				values.get(id.name()) != 0 ? Guard.TRUE : Guard.FALSE;
			case Expression.BoolLiteral b -> b.value() ? Guard.TRUE : Guard.FALSE;
			case Expression.IntegerLiteral i -> i.value().signum() != 0 ? Guard.TRUE : Guard.FALSE;
			default -> atom(CPrinter.print(x), true);
		};
	}

	/** The negation of a condition, or an opaque negative atom when the expansion would be too large. */
	private Guard negation(Guard g, Expression source) {
		Guard n = g.negate();
		return n != null ? n : atom(CPrinter.print(CallSites.strip(source)), false);
	}

	private Guard atom(String text, boolean positive) {
		atoms.add(text);
		return Guard.of(new Guard.Literal(text, positive));
	}

	// ---- states ----

	/** Keeps the number of states bounded: past the limit, forget variable values (conditions stay exact). */
	private static Map<State, Guard> cap(Map<State, Guard> states) {
		if (states.size() <= MAX_STATES)
			return states;
		Map<State, Guard> out = new LinkedHashMap<>();
		states.forEach((s, g) -> out.merge(new State(Map.of(), s.counts(), Map.of()), g, Guard::or));
		return out;
	}

	private void recordExit(State state, Guard guard) {
		for (Resource r : Resource.values())
			balance.computeIfAbsent(r, k -> new TreeMap<>()).merge(state.counts().get(r.ordinal()), guard, Guard::or);
	}
}
