package dev.migrate.core.drawing;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Lays the drawing out with the Eclipse Layout Kernel's layered (Sugiyama) algorithm: bases at the
 * bottom, one layer per step of the upgrade order, crossings minimised, edges routed orthogonally
 * around the boxes. The only class that touches ELK, so that it is loaded only for an SVG.
 */
final class ElkLayout {

	private static final String LAYERED = "org.eclipse.elk.layered";

	/** ELK finds its algorithms through a registry that, outside Eclipse, is filled by hand once per JVM. */
	private static final class Registry {

		static {
			LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
		}

		static void ensure() {
		}

	}

	/** Whether the layout library is on the class path (an optional dependency of migrate-core). */
	static boolean available() {
		try {
			Class.forName("org.eclipse.elk.alg.layered.options.LayeredOptions", false, ElkLayout.class.getClassLoader());
			return true;
		}
		catch (ClassNotFoundException | LinkageError ex) {
			return false;
		}
	}

	Layout layout(DrawnGraph drawing, List<Layout.Box> sizes) {
		Registry.ensure();
		ElkNode root = ElkGraphUtil.createGraph();
		root.setProperty(CoreOptions.ALGORITHM, LAYERED);
		root.setProperty(CoreOptions.DIRECTION, Direction.UP);
		root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
		root.setProperty(CoreOptions.PADDING, new ElkPadding(16));
		root.setProperty(LayeredOptions.SPACING_NODE_NODE, 24.0);
		root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 36.0);
		root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 12.0);
		root.setProperty(LayeredOptions.SPACING_EDGE_EDGE_BETWEEN_LAYERS, 8.0);
		root.setProperty(LayeredOptions.SPACING_EDGE_NODE, 12.0);
		root.setProperty(LayeredOptions.SPACING_EDGE_EDGE, 8.0);
		root.setProperty(CoreOptions.RANDOM_SEED, 1);
		List<ElkNode> nodes = new ArrayList<>();
		for (Layout.Box size : sizes) {
			ElkNode node = ElkGraphUtil.createNode(root);
			node.setDimensions(size.width(), size.height());
			nodes.add(node);
		}
		List<ElkEdge> edges = new ArrayList<>();
		for (DrawnGraph.Edge edge : drawing.edges()) {
			edges.add(ElkGraphUtil.createSimpleEdge(nodes.get(edge.from()), nodes.get(edge.to())));
		}
		new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
		List<Layout.Box> boxes = new ArrayList<>();
		for (ElkNode node : nodes) {
			boxes.add(new Layout.Box(node.getX(), node.getY(), node.getWidth(), node.getHeight()));
		}
		List<double[]> routes = new ArrayList<>();
		for (ElkEdge edge : edges) {
			routes.add(route(edge));
		}
		return new Layout(root.getWidth(), root.getHeight(), boxes, routes);
	}

	private static double[] route(ElkEdge edge) {
		List<Double> points = new ArrayList<>();
		for (ElkEdgeSection section : edge.getSections()) {
			points.add(section.getStartX());
			points.add(section.getStartY());
			for (ElkBendPoint bend : section.getBendPoints()) {
				points.add(bend.getX());
				points.add(bend.getY());
			}
			points.add(section.getEndX());
			points.add(section.getEndY());
		}
		double[] route = new double[points.size()];
		for (int i = 0; i < route.length; i++) {
			route[i] = points.get(i);
		}
		return route;
	}

}
