package org.faultline.review.view;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.faultline.model.c.CChangeStatus;
import org.faultline.model.c.CCodeMove;
import org.faultline.model.c.CDecisionRow;
import org.faultline.model.c.CFunctionDiff;
import org.faultline.model.c.CSemanticDiff;

/**
 * The call graph of the fault path of both versions in one picture: a node per function of either version, an edge
 * per call between them (added, removed, with its condition changed, or unchanged) and per block of code moved from
 * one function to another; laid out left to right by ELK's layered algorithm.
 */
public final class FaultPathGraph {

	/** What happened to an edge between the versions. */
	public enum EdgeKind {
		UNCHANGED, CONDITION_CHANGED, ADDED, REMOVED, CODE_MOVED
	}

	public record Node(String function, CChangeStatus status, double x, double y, double width, double height) {

		public boolean contains(double px, double py) {
			return px >= x && px <= x + width && py >= y && py <= y + height;
		}
	}

	/** An edge with the points of its route, from the source's side to the target's. */
	public record Edge(String from, String to, EdgeKind kind, List<double[]> points) {
	}

	/** Room around a function's name inside its node, horizontally on each side and vertically in all. */
	public static final double NODE_PADDING = 12;

	private static boolean registered;

	private final List<Node> nodes;

	private final List<Edge> edges;

	private final double width;

	private final double height;

	private FaultPathGraph(List<Node> nodes, List<Edge> edges, double width, double height) {
		this.nodes = nodes;
		this.edges = edges;
		this.width = width;
		this.height = height;
	}

	/**
	 * Lays out the fault path of a semantic diff.
	 *
	 * @param size a node's width and height for a function's name, as the caller will draw it
	 */
	public static FaultPathGraph layout(CSemanticDiff diff, Function<String, double[]> size) {
		registerLayered();
		ElkNode root = ElkGraphUtil.createGraph();
		root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
		root.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
		root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
		root.setProperty(CoreOptions.SPACING_NODE_NODE, 16.0);
		root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 40.0);
		Map<String, ElkNode> elkNodes = new LinkedHashMap<>();
		Map<String, CChangeStatus> status = new LinkedHashMap<>();
		for (CFunctionDiff f : diff.getFunctions()) {
			ElkNode node = ElkGraphUtil.createNode(root);
			double[] wh = size.apply(f.getName());
			node.setDimensions(wh[0], wh[1]);
			elkNodes.put(f.getName(), node);
			status.put(f.getName(), f.getStatus());
		}
		Map<ElkEdge, Edge> edges = new LinkedHashMap<>();
		for (CFunctionDiff f : diff.getFunctions())
			for (CDecisionRow row : f.getDecisionRows()) {
				ElkNode target = elkNodes.get(row.getCallee());
				if (target == null || row.getCallee().equals(f.getName()))
					continue;
				ElkEdge e = ElkGraphUtil.createSimpleEdge(elkNodes.get(f.getName()), target);
				edges.put(e, new Edge(f.getName(), row.getCallee(), kind(row), List.of()));
			}
		new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());

		List<Node> nodes = new ArrayList<>();
		elkNodes.forEach((name, n) -> nodes.add(new Node(name, status.get(name), n.getX(), n.getY(), n.getWidth(),
				n.getHeight())));
		List<Edge> routed = new ArrayList<>();
		edges.forEach((elk, e) -> routed.add(new Edge(e.from(), e.to(), e.kind(), route(elk))));
		// code moved between functions is no call: left out of the layering, drawn centre to centre
		for (CCodeMove move : diff.getMoves()) {
			ElkNode from = elkNodes.get(move.getFromFunction());
			ElkNode to = elkNodes.get(move.getToFunction());
			if (from != null && to != null && from != to)
				routed.add(new Edge(move.getFromFunction(), move.getToFunction(), EdgeKind.CODE_MOVED,
						List.of(centre(from), centre(to))));
		}
		return new FaultPathGraph(List.copyOf(nodes), List.copyOf(routed), root.getWidth(), root.getHeight());
	}

	private static double[] centre(ElkNode n) {
		return new double[] { n.getX() + n.getWidth() / 2, n.getY() + n.getHeight() / 2 };
	}

	private static EdgeKind kind(CDecisionRow row) {
		if (row.getBefore() == null)
			return EdgeKind.ADDED;
		if (row.getAfter() == null)
			return EdgeKind.REMOVED;
		return row.getStatus() == CChangeStatus.UNCHANGED ? EdgeKind.UNCHANGED : EdgeKind.CONDITION_CHANGED;
	}

	private static List<double[]> route(ElkEdge edge) {
		List<double[]> points = new ArrayList<>();
		for (ElkEdgeSection s : edge.getSections()) {
			points.add(new double[] { s.getStartX(), s.getStartY() });
			for (ElkBendPoint b : s.getBendPoints())
				points.add(new double[] { b.getX(), b.getY() });
			points.add(new double[] { s.getEndX(), s.getEndY() });
		}
		return List.copyOf(points);
	}

	/**
	 * ELK finds its algorithms through Eclipse's extension registry or a service loader, neither of which sees the
	 * layered algorithm from here in every runtime (plain class path, Equinox without the registry): register it.
	 */
	private static synchronized void registerLayered() {
		if (!registered) {
			LayoutMetaDataService service = LayoutMetaDataService.getInstance();
			if (service.getAlgorithmData(LayeredOptions.ALGORITHM_ID) == null)
				service.registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
			registered = true;
		}
	}

	public List<Node> nodes() {
		return nodes;
	}

	public List<Edge> edges() {
		return edges;
	}

	public double width() {
		return width;
	}

	public double height() {
		return height;
	}

	/** The node at a point, or null. */
	public Node nodeAt(double x, double y) {
		return nodes.stream().filter(n -> n.contains(x, y)).findFirst().orElse(null);
	}
}
