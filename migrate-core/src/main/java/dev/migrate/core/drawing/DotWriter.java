package dev.migrate.core.drawing;

/** The drawing as Graphviz DOT: bases at the bottom, depends_on edges dashed, marks as colours. */
public final class DotWriter {

	public String write(DrawnGraph drawing) {
		StringBuilder dot = new StringBuilder("digraph migrate {\n");
		dot.append("  rankdir=BT;\n");
		dot.append("  node [shape=box, style=\"rounded,filled\", fontname=\"monospace\", fontsize=10];\n");
		GraphMarks marks = drawing.marks();
		if (marks.hasDatabase()) {
			dot.append("  label=").append(quote("state: " + marks.state()
					+ ((marks.reason() != null) ? " (" + marks.reason() + ")" : "") + ", current: "
					+ (marks.current().isEmpty() ? "<base>" : String.join(", ", marks.current())))).append(";\n");
			dot.append("  labelloc=t;\n");
		}
		for (DrawnGraph.Node node : drawing.nodes()) {
			dot.append("  ").append(quote(node.revision().id())).append(" [label=")
				.append(quote(node.title() + "\n" + node.message() + "\n" + node.facts()))
				.append(", tooltip=").append(quote(node.revision().id() + ": " + node.revision().message()))
				.append(", fillcolor=").append(quote(node.mark().fill()))
				.append(", color=").append(quote(node.mark().stroke()))
				.append(node.current() ? ", penwidth=3" : "").append("];\n");
		}
		for (DrawnGraph.Edge edge : drawing.edges()) {
			dot.append("  ").append(quote(id(drawing, edge.from()))).append(" -> ").append(quote(id(drawing, edge.to())))
				.append(edge.dependsOn() ? " [style=dashed, label=\"depends_on\", fontsize=8]" : "").append(";\n");
		}
		return dot.append("}\n").toString();
	}

	private static String id(DrawnGraph drawing, int position) {
		return drawing.nodes().get(position).revision().id();
	}

	/** A DOT double-quoted string: backslashes and quotes escaped, line breaks as DOT's centred \n. */
	static String quote(String text) {
		StringBuilder quoted = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> quoted.append("\\\"");
				case '\\' -> quoted.append("\\\\");
				case '\n' -> quoted.append("\\n");
				case '\r' -> {
				}
				default -> quoted.append(c);
			}
		}
		return quoted.append('"').toString();
	}

}
