package dev.migrate.core.drawing;

import java.util.List;

/**
 * Where the layout put each node and how it routed each edge, in the drawing's coordinates.
 *
 * @param width the drawing's width
 * @param height the drawing's height
 * @param boxes one box per node of the drawing, in its order
 * @param routes one polyline per edge of the drawing, in its order (x, y pairs)
 */
record Layout(double width, double height, List<Box> boxes, List<double[]> routes) {

	Layout {
		boxes = List.copyOf(boxes);
		routes = List.copyOf(routes);
	}

	record Box(double x, double y, double width, double height) {
	}

}
