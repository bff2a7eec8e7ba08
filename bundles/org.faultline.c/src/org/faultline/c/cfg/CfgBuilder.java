package org.faultline.c.cfg;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.faultline.c.ast.Expression;
import org.faultline.c.ast.ExternalDeclaration.FunctionDefinition;
import org.faultline.c.ast.SourceRange;
import org.faultline.c.ast.Statement;
import org.faultline.c.parse.Configuration;

/** Lowers a function body to a {@link ControlFlowGraph}. */
final class CfgBuilder {

	/** An edge whose target is not known yet. */
	private record Pending(int from, CfgEdge.Kind kind, Expression caseValue) {
		Pending(int from, CfgEdge.Kind kind) {
			this(from, kind, null);
		}
	}

	/** The innermost loop or switch: where break goes, and where continue goes (-1 for a switch). */
	private static final class Scope {
		final List<Pending> breaks = new ArrayList<>();
		final List<Pending> continues = new ArrayList<>();
		final boolean loop;
		final int switchNode;
		boolean hasDefault;

		Scope(boolean loop, int switchNode) {
			this.loop = loop;
			this.switchNode = switchNode;
		}
	}

	private final FunctionDefinition function;
	private final Configuration configuration;
	private final List<CfgNode> nodes = new ArrayList<>();
	private final List<CfgEdge> edges = new ArrayList<>();
	private final Map<String, Integer> labels = new HashMap<>();
	private final Deque<Scope> scopes = new ArrayDeque<>();

	CfgBuilder(FunctionDefinition function, Configuration configuration) {
		this.function = function;
		this.configuration = configuration;
	}

	ControlFlowGraph build() {
		int entry = node(CfgNode.Kind.ENTRY, null, null, null, function.range());
		int exit = node(CfgNode.Kind.EXIT, null, null, null, function.range());
		List<Pending> out = lower(function.body(), List.of(new Pending(entry, CfgEdge.Kind.NEXT)));
		connect(out, exit);
		return new ControlFlowGraph(function, nodes, markBackEdges());
	}

	private int node(CfgNode.Kind kind, Statement statement, Expression expression, String label, SourceRange range) {
		int id = nodes.size();
		nodes.add(new CfgNode(id, kind, statement, expression, label, range));
		return id;
	}

	private void connect(List<Pending> from, int to) {
		for (Pending p : from)
			edges.add(new CfgEdge(p.from(), to, p.kind(), p.caseValue(), false));
	}

	private int label(String name, SourceRange range) {
		return labels.computeIfAbsent(name, n -> node(CfgNode.Kind.LABEL, null, null, n, range));
	}

	private List<Pending> lower(Statement s, List<Pending> in) {
		return switch (s) {
			case Statement.Compound c -> {
				List<Pending> flow = in;
				for (Statement item : configuration.activeStatements(c.items()))
					flow = lower(item, flow);
				yield flow;
			}
			case Statement.Conditional c -> lower(new Statement.Compound(configuration.activeStatements(List.of(c)),
					c.range()), in);
			case Statement.Declaration d -> simple(d, null, in);
			case Statement.ExpressionStatement e -> simple(e, e.expression(), in);
			case Statement.Unknown u -> simple(u, null, in);
			case Statement.Empty e -> in;
			case Statement.If i -> {
				int branch = decision(CfgNode.Kind.BRANCH, i, i.condition(), in);
				List<Pending> out = new ArrayList<>(lower(i.then(), List.of(new Pending(branch, CfgEdge.Kind.TRUE))));
				List<Pending> otherwise = List.of(new Pending(branch, CfgEdge.Kind.FALSE));
				out.addAll(i.otherwise() == null ? otherwise : lower(i.otherwise(), otherwise));
				yield out;
			}
			case Statement.While w -> loop(decision(CfgNode.Kind.BRANCH, w, w.condition(), in), w.body(), null);
			case Statement.IteratorLoop l -> loop(decision(CfgNode.Kind.ITERATE, l, null, in), l.body(), null);
			case Statement.For f -> {
				List<Pending> flow = f.initializer() == null ? in : lower(f.initializer(), in);
				int head = f.condition() == null ? node(CfgNode.Kind.JOIN, f, null, null, f.range())
						: node(CfgNode.Kind.BRANCH, f, f.condition(), null, f.range());
				connect(flow, head);
				yield loop(head, f.body(), f.update());
			}
			case Statement.DoWhile d -> {
				int top = node(CfgNode.Kind.JOIN, d, null, null, d.range());
				connect(in, top);
				Scope scope = new Scope(true, -1);
				scopes.push(scope);
				List<Pending> bodyOut = new ArrayList<>(lower(d.body(), List.of(new Pending(top, CfgEdge.Kind.NEXT))));
				scopes.pop();
				bodyOut.addAll(scope.continues);
				int condition = node(CfgNode.Kind.BRANCH, d, d.condition(), null, d.condition().range());
				connect(bodyOut, condition);
				connect(List.of(new Pending(condition, CfgEdge.Kind.TRUE)), top);
				List<Pending> out = new ArrayList<>(List.of(new Pending(condition, CfgEdge.Kind.FALSE)));
				out.addAll(scope.breaks);
				yield out;
			}
			case Statement.Switch w -> {
				int selector = decision(CfgNode.Kind.SWITCH, w, w.selector(), in);
				Scope scope = new Scope(false, selector);
				scopes.push(scope);
				List<Pending> out = new ArrayList<>(lower(w.body(), List.of()));
				scopes.pop();
				out.addAll(scope.breaks);
				if (!scope.hasDefault)
					out.add(new Pending(selector, CfgEdge.Kind.DEFAULT));
				yield out;
			}
			case Statement.Case c -> {
				Scope scope = innermostSwitch();
				int label = node(CfgNode.Kind.CASE, c, c.value(), null, c.range());
				connect(in, label);
				if (scope != null) {
					scope.hasDefault |= c.isDefault();
					connect(List.of(new Pending(scope.switchNode, c.isDefault() ? CfgEdge.Kind.DEFAULT : CfgEdge.Kind.CASE,
							c.value())), label);
				}
				List<Pending> flow = List.of(new Pending(label, CfgEdge.Kind.NEXT));
				for (Statement item : configuration.activeStatements(c.body()))
					flow = lower(item, flow);
				yield flow;
			}
			case Statement.Goto g -> {
				connect(in, label(g.label(), g.range()));
				yield List.of();
			}
			case Statement.Labeled l -> {
				int label = label(l.label(), l.range());
				connect(in, label);
				yield lower(l.statement(), List.of(new Pending(label, CfgEdge.Kind.NEXT)));
			}
			case Statement.Return r -> {
				int ret = node(CfgNode.Kind.RETURN, r, r.value(), null, r.range());
				connect(in, ret);
				connect(List.of(new Pending(ret, CfgEdge.Kind.NEXT)), 1);
				yield List.of();
			}
			case Statement.Break b -> {
				Scope scope = scopes.peek();
				if (scope != null)
					scope.breaks.addAll(in);
				yield List.of();
			}
			case Statement.Continue c -> {
				Scope scope = innermostLoop();
				if (scope != null)
					scope.continues.addAll(in);
				yield List.of();
			}
		};
	}

	private List<Pending> simple(Statement s, Expression e, List<Pending> in) {
		int n = node(CfgNode.Kind.STATEMENT, s, e, null, s.range());
		connect(in, n);
		return List.of(new Pending(n, CfgEdge.Kind.NEXT));
	}

	private int decision(CfgNode.Kind kind, Statement s, Expression condition, List<Pending> in) {
		int n = node(kind, s, condition, null, condition == null ? s.range() : condition.range());
		connect(in, n);
		return n;
	}

	/** A loop whose head decides: TRUE enters the body, which (then the update) goes back to the head. */
	private List<Pending> loop(int head, Statement body, Expression update) {
		Scope scope = new Scope(true, -1);
		scopes.push(scope);
		List<Pending> bodyOut = new ArrayList<>(lower(body, List.of(new Pending(head, CfgEdge.Kind.TRUE))));
		scopes.pop();
		bodyOut.addAll(scope.continues);
		if (update != null) {
			int u = node(CfgNode.Kind.STATEMENT, null, update, null, update.range());
			connect(bodyOut, u);
			bodyOut = List.of(new Pending(u, CfgEdge.Kind.NEXT));
		}
		connect(bodyOut, head);
		List<Pending> out = new ArrayList<>(scope.breaks);
		if (nodes.get(head).kind() != CfgNode.Kind.JOIN)
			out.add(0, new Pending(head, CfgEdge.Kind.FALSE));
		return out;
	}

	private Scope innermostLoop() {
		for (Scope s : scopes)
			if (s.loop)
				return s;
		return null;
	}

	private Scope innermostSwitch() {
		for (Scope s : scopes)
			if (!s.loop)
				return s;
		return null;
	}

	/** Depth-first from the entry: an edge into a node still on the stack closes a cycle. */
	private List<CfgEdge> markBackEdges() {
		List<List<Integer>> out = new ArrayList<>();
		for (int i = 0; i < nodes.size(); i++)
			out.add(new ArrayList<>());
		for (int i = 0; i < edges.size(); i++)
			out.get(edges.get(i).from()).add(i);
		Set<Integer> back = new HashSet<>();
		int[] state = new int[nodes.size()]; // 0 new, 1 on stack, 2 done
		Deque<int[]> stack = new ArrayDeque<>(); // {node, next outgoing index}
		stack.push(new int[] { 0, 0 });
		state[0] = 1;
		while (!stack.isEmpty()) {
			int[] top = stack.peek();
			List<Integer> succ = out.get(top[0]);
			if (top[1] == succ.size()) {
				state[top[0]] = 2;
				stack.pop();
				continue;
			}
			int edge = succ.get(top[1]++);
			int to = edges.get(edge).to();
			if (state[to] == 1)
				back.add(edge);
			else if (state[to] == 0) {
				state[to] = 1;
				stack.push(new int[] { to, 0 });
			}
		}
		List<CfgEdge> marked = new ArrayList<>();
		for (int i = 0; i < edges.size(); i++) {
			CfgEdge e = edges.get(i);
			marked.add(back.contains(i) ? new CfgEdge(e.from(), e.to(), e.kind(), e.caseValue(), true) : e);
		}
		return marked;
	}
}

