/**
 * Drawings of the revision graph ({@code migrate graph}, the starter's graph page): which part to
 * draw, where a database stands on it, and the DOT, Mermaid and SVG texts. Only {@link ElkLayout}
 * touches the Eclipse Layout Kernel, an optional dependency loaded when an SVG is drawn.
 */
package dev.migrate.core.drawing;
