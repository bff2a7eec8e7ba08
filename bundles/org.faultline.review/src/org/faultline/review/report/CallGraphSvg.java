package org.faultline.review.report;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.faultline.review.report.ReviewReport.CallGraph;

/**
 * The fault path's call graph of both versions as an SVG image, laid out by ELK's layered algorithm from the
 * root down: functions and calls only in the new version green, only in the old one red (calls dashed), changed
 * functions amber. Text is monospace, so a node's width follows from its name.
 */
public final class CallGraphSvg {

	/** Monospace advance at the 12 px the labels use, with room to spare for fonts that run wider. */
	private static final double CHAR_WIDTH = 7.6;

	private static final double NODE_HEIGHT = 26;

	private static final double PADDING = 12;

	private CallGraphSvg() {
	}

	public static String render(CallGraph graph) {
		// on a plain class path ELK finds its algorithms itself; in OSGi its service lookup does not see them
		LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
		ElkNode root = ElkGraphUtil.createGraph();
		root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
		root.setProperty(CoreOptions.DIRECTION, Direction.DOWN);
		root.setProperty(CoreOptions.PADDING, new ElkPadding(PADDING));
		root.setProperty(LayeredOptions.SPACING_NODE_NODE, 18.0);
		root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 36.0);
		Map<String, ElkNode> nodes = new HashMap<>();
		for (CallGraph.Node n : graph.nodes()) {
			ElkNode node = ElkGraphUtil.createNode(root);
			node.setDimensions(n.name().length() * CHAR_WIDTH + 2 * PADDING, NODE_HEIGHT);
			node.setIdentifier(n.name());
			nodes.put(n.name(), node);
		}
		Map<ElkEdge, CallGraph.Edge> edges = new LinkedHashMap<>();
		for (CallGraph.Edge e : graph.edges())
			edges.put(ElkGraphUtil.createSimpleEdge(nodes.get(e.from()), nodes.get(e.to())), e);
		new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());

		StringBuilder svg = new StringBuilder();
		svg.append(String.format(Locale.ROOT,
				"<svg class=\"callgraph\" width=\"%.0f\" height=\"%.0f\" "
						+ "viewBox=\"0 0 %.0f %.0f\" role=\"img\" aria-label=\"call graph of the fault path\">\n",
				root.getWidth(), root.getHeight(), root.getWidth(), root.getHeight()));
		svg.append("<defs>");
		for (CallGraph.Status status : CallGraph.Status.values())
			svg.append("<marker id=\"arrow-").append(css(status)).append("\" class=\"").append(css(status))
					.append("\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" "
							+ "orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\"/></marker>");
		svg.append("</defs>\n");
		edges.forEach((edge, e) -> edge(edge, e, svg));
		for (CallGraph.Node n : graph.nodes()) {
			ElkNode node = nodes.get(n.name());
			svg.append(String.format(Locale.ROOT,
					"<g class=\"node %s\"><title>%s (%s)</title><rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" "
							+ "height=\"%.1f\" rx=\"5\"/><text x=\"%.1f\" y=\"%.1f\">%s</text></g>\n",
					css(n.status()), Html.escape(n.name()), css(n.status()), node.getX(), node.getY(), node.getWidth(),
					node.getHeight(), node.getX() + PADDING, node.getY() + NODE_HEIGHT / 2 + 4, Html.escape(n.name())));
		}
		return svg.append("</svg>\n").toString();
	}

	private static void edge(ElkEdge edge, CallGraph.Edge e, StringBuilder svg) {
		for (ElkEdgeSection section : edge.getSections()) {
			StringBuilder points = new StringBuilder();
			points.append(point(section.getStartX(), section.getStartY()));
			for (ElkBendPoint bend : section.getBendPoints())
				points.append(' ').append(point(bend.getX(), bend.getY()));
			points.append(' ').append(point(section.getEndX(), section.getEndY()));
			svg.append("<polyline class=\"edge ").append(css(e.status())).append("\" points=\"").append(points)
					.append("\" marker-end=\"url(#arrow-").append(css(e.status())).append(")\"><title>").append(Html.escape(e.from())).append(" calls ")
					.append(Html.escape(e.to())).append(" (").append(css(e.status())).append(")</title></polyline>\n");
		}
	}

	private static String point(double x, double y) {
		return String.format(Locale.ROOT, "%.1f,%.1f", x, y);
	}

	static String css(CallGraph.Status status) {
		return status.name().toLowerCase(Locale.ROOT);
	}
}
