package org.faultline.c.cfg;

import java.util.ArrayList;
import java.util.List;

import org.faultline.c.ast.ExternalDeclaration.FunctionDefinition;
import org.faultline.c.parse.Configuration;

/**
 * The control-flow graph of one function: statement-level nodes, with gotos, breaks and continues as edges.
 * Node ids are indexes into {@link #nodes()}; node 0 is the entry, node 1 the exit.
 */
public final class ControlFlowGraph {

	private final FunctionDefinition function;
	private final List<CfgNode> nodes;
	private final List<CfgEdge> edges;
	private final List<List<CfgEdge>> outgoing;
	private final List<List<CfgEdge>> incoming;

	ControlFlowGraph(FunctionDefinition function, List<CfgNode> nodes, List<CfgEdge> edges) {
		this.function = function;
		this.nodes = List.copyOf(nodes);
		this.edges = List.copyOf(edges);
		this.outgoing = new ArrayList<>();
		this.incoming = new ArrayList<>();
		for (int i = 0; i < nodes.size(); i++) {
			outgoing.add(new ArrayList<>());
			incoming.add(new ArrayList<>());
		}
		for (CfgEdge e : edges) {
			outgoing.get(e.from()).add(e);
			incoming.get(e.to()).add(e);
		}
	}

	/** Builds the graph of a function's body, taking the {@code #if} branches the configuration chooses. */
	public static ControlFlowGraph of(FunctionDefinition function, Configuration configuration) {
		return new CfgBuilder(function, configuration).build();
	}

	public FunctionDefinition function() {
		return function;
	}

	public List<CfgNode> nodes() {
		return nodes;
	}

	public List<CfgEdge> edges() {
		return edges;
	}

	public CfgNode entry() {
		return nodes.get(0);
	}

	public CfgNode exit() {
		return nodes.get(1);
	}

	public List<CfgEdge> outgoing(CfgNode node) {
		return outgoing.get(node.id());
	}

	public List<CfgEdge> incoming(CfgNode node) {
		return incoming.get(node.id());
	}

	/**
	 * @return the nodes reachable from the entry, each after all its reachable forward predecessors (back edges
	 *         are ignored, which makes the reachable graph acyclic)
	 */
	public List<CfgNode> forwardOrder() {
		boolean[] reachable = new boolean[nodes.size()];
		markReachable(0, reachable);
		int[] pending = new int[nodes.size()];
		for (CfgEdge e : edges)
			if (!e.back() && reachable[e.from()])
				pending[e.to()]++;
		List<CfgNode> order = new ArrayList<>();
		List<Integer> ready = new ArrayList<>(List.of(0));
		while (!ready.isEmpty()) {
			int n = ready.remove(ready.size() - 1);
			order.add(nodes.get(n));
			for (CfgEdge e : outgoing.get(n))
				if (!e.back() && --pending[e.to()] == 0)
					ready.add(e.to());
		}
		return order;
	}

	private void markReachable(int n, boolean[] seen) {
		if (seen[n])
			return;
		seen[n] = true;
		for (CfgEdge e : outgoing.get(n))
			markReachable(e.to(), seen);
	}
}
