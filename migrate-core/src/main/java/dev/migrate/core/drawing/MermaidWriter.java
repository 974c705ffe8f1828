package dev.migrate.core.drawing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The drawing as a Mermaid flowchart (GitHub renders it in a {@code ```mermaid} block): node ids
 * are {@code r_<revision>}, labels quoted with Mermaid's entity codes for the characters that
 * would end or change them, depends_on edges dotted ({@code -.->}), marks as classes.
 */
public final class MermaidWriter {

	public String write(DrawnGraph drawing) {
		StringBuilder text = new StringBuilder("flowchart BT\n");
		GraphMarks marks = drawing.marks();
		for (DrawnGraph.Node node : drawing.nodes()) {
			List<String> lines = new ArrayList<>(List.of(node.title()));
			if (!node.message().isEmpty()) {
				lines.add(node.message());
			}
			if (!node.facts().isEmpty()) {
				lines.add(node.facts());
			}
			List<String> escaped = lines.stream().map(MermaidWriter::escape).toList();
			text.append("  ").append(id(node)).append("[\"").append(String.join("<br/>", escaped)).append("\"]\n");
		}
		for (DrawnGraph.Edge edge : drawing.edges()) {
			text.append("  ").append(id(drawing.nodes().get(edge.from())))
				.append(edge.dependsOn() ? " -. depends_on .-> " : " --> ")
				.append(id(drawing.nodes().get(edge.to()))).append('\n');
		}
		Map<GraphMarks.Mark, List<String>> byMark = new EnumMap<>(GraphMarks.Mark.class);
		List<String> current = new ArrayList<>();
		for (DrawnGraph.Node node : drawing.nodes()) {
			byMark.computeIfAbsent(node.mark(), mark -> new ArrayList<>()).add(id(node));
			if (node.current()) {
				current.add(id(node));
			}
		}
		for (Map.Entry<GraphMarks.Mark, List<String>> entry : byMark.entrySet()) {
			GraphMarks.Mark mark = entry.getKey();
			String name = className(mark);
			text.append("  classDef ").append(name).append(" fill:").append(mark.fill()).append(",stroke:")
				.append(mark.stroke()).append(",color:#1a1a1a\n");
			text.append("  class ").append(String.join(",", entry.getValue())).append(' ').append(name).append('\n');
		}
		if (!current.isEmpty()) {
			text.append("  classDef currentRow stroke-width:3px\n");
			text.append("  class ").append(String.join(",", current)).append(" currentRow\n");
		}
		if (marks.hasDatabase()) {
			text.append("  %% state: ").append(marks.state().replace('\n', ' ')).append('\n');
		}
		return text.toString();
	}

	/** Revision ids are letters, digits and '_'; the prefix keeps Mermaid's keywords ("end", "graph") out. */
	static String id(DrawnGraph.Node node) {
		return "r_" + node.revision().id();
	}

	private static String className(GraphMarks.Mark mark) {
		return switch (mark) {
			case NONE -> "revision";
			case APPLIED -> "applied";
			case PENDING -> "pending";
			case FAILED -> "failed";
			case NOT_APPLIED -> "notApplied";
		};
	}

	/**
	 * Text inside a quoted Mermaid label: {@code "} would end it, {@code <} {@code >} {@code &}
	 * read as HTML, {@code #} starts an entity code and a backtick a Markdown string; each becomes
	 * Mermaid's numeric entity code.
	 */
	static String escape(String text) {
		StringBuilder escaped = new StringBuilder();
		for (char c : text.toCharArray()) {
			if (c == '"' || c == '<' || c == '>' || c == '&' || c == '#' || c == '`' || c == ';') {
				escaped.append('#').append((int) c).append(';');
			}
			else if (c == '\n' || c == '\r') {
				escaped.append(' ');
			}
			else {
				escaped.append(c);
			}
		}
		return escaped.toString();
	}

}
