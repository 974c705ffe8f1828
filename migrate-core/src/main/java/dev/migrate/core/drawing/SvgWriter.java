package dev.migrate.core.drawing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.migrate.core.ErrorCode;
import dev.migrate.core.MigrateException;
import dev.migrate.core.revision.Phase;

/**
 * The drawing as a standalone SVG, laid out by {@link ElkLayout}: a header with the database's
 * state and a legend, then one box per revision (fill: applied, pending, failed; a thick border:
 * a version row; a stripe: the phase) and one arrow per edge, dashed for depends_on. Text is
 * monospace, so box sizes follow from character counts and no text runs out of its box.
 */
public final class SvgWriter {

	static final double FONT = 12;

	/** Advance of one character of a monospace font at {@link #FONT} (0.6 em), with a little to spare. */
	static final double CHAR = 7.4;

	static final double LINE = 16;

	static final double PAD = 10;

	static final double STRIPE = 6;

	/** Whether SVG can be drawn here: the layout library is on the class path. */
	public static boolean available() {
		return ElkLayout.available();
	}

	public String write(DrawnGraph drawing) {
		if (!available()) {
			throw new MigrateException(ErrorCode.USAGE, "Drawing SVG needs the Eclipse Layout Kernel "
					+ "(org.eclipse.elk:org.eclipse.elk.alg.layered) on the class path; migrate-cli.jar has it inside. "
					+ "Use --format dot or --format mermaid, or add that dependency.");
		}
		List<Layout.Box> sizes = new ArrayList<>();
		for (DrawnGraph.Node node : drawing.nodes()) {
			int chars = Math.max(node.title().length(), Math.max(node.message().length(), node.facts().length()));
			sizes.add(new Layout.Box(0, 0, Math.max(140, chars * CHAR + 2 * PAD + STRIPE), 3 * LINE + PAD));
		}
		Layout layout = new ElkLayout().layout(drawing, sizes);
		List<String> header = header(drawing);
		double top = header.size() * LINE + 2 * PAD + LINE + PAD;
		int widest = header.stream().mapToInt(String::length).max().orElse(0);
		StringBuilder headerSvg = new StringBuilder();
		double legendEnd = header(headerSvg, header, drawing.marks());
		double width = Math.ceil(Math.max(layout.width(), Math.max(widest * CHAR + 2 * PAD, legendEnd + PAD)));
		double height = Math.ceil(top + layout.height());
		StringBuilder svg = new StringBuilder();
		svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"migrate-graph\" width=\"").append(n(width))
			.append("\" height=\"").append(n(height)).append("\" viewBox=\"0 0 ").append(n(width)).append(' ')
			.append(n(height)).append("\" font-family=\"DejaVu Sans Mono, Menlo, Consolas, monospace\" font-size=\"")
			.append(n(FONT)).append("\">\n");
		svg.append("<title>").append(xml(header.get(0))).append("</title>\n");
		svg.append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" "
				+ "markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#555\"/></marker>"
				+ "<marker id=\"arrow-depends\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" "
				+ "markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#8e5cd9\"/>"
				+ "</marker></defs>\n");
		svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
		svg.append(headerSvg);
		svg.append("<g class=\"drawing\" transform=\"translate(0,").append(n(top)).append(")\">\n<g class=\"edges\">\n");
		for (int e = 0; e < drawing.edges().size(); e++) {
			edge(svg, drawing, drawing.edges().get(e), layout.routes().get(e));
		}
		svg.append("</g>\n<g class=\"nodes\">\n");
		for (int i = 0; i < drawing.nodes().size(); i++) {
			node(svg, drawing.nodes().get(i), layout.boxes().get(i));
		}
		return svg.append("</g>\n</g>\n</svg>\n").toString();
	}

	private static List<String> header(DrawnGraph drawing) {
		List<String> lines = new ArrayList<>();
		int shown = drawing.nodes().size();
		lines.add("migrate graph: " + shown + ((shown < drawing.total()) ? " of " + drawing.total() : "") + " revision"
				+ ((drawing.total() == 1) ? "" : "s"));
		GraphMarks marks = drawing.marks();
		if (marks.hasDatabase()) {
			lines.add("state: " + marks.state() + ((marks.reason() != null) ? " (" + marks.reason() + ")" : "")
					+ ", current: " + (marks.current().isEmpty() ? "<base>" : String.join(", ", marks.current()))
					+ ", " + marks.pending().size() + " pending");
			if (!marks.unknown().isEmpty()) {
				lines.add("unknown to this code (a newer version's): " + String.join(", ", marks.unknown()));
			}
			if (marks.detail() != null) {
				String detail = marks.detail().replace('\n', ' ');
				lines.add((detail.length() > 160) ? detail.substring(0, 159) + "\u2026" : detail);
			}
		}
		return lines;
	}

	/** Writes the header's lines and legend; returns where the legend ends. */
	private static double header(StringBuilder svg, List<String> lines, GraphMarks marks) {
		svg.append("<g class=\"header\">\n");
		double y = PAD + LINE;
		for (int i = 0; i < lines.size(); i++) {
			svg.append("<text x=\"").append(n(PAD)).append("\" y=\"").append(n(y)).append('"')
				.append((i == 0) ? " font-weight=\"bold\"" : "").append(" fill=\"#1a1a1a\">").append(xml(lines.get(i)))
				.append("</text>\n");
			y += LINE;
		}
		double x = PAD;
		List<GraphMarks.Mark> shown = marks.hasDatabase() ? List.of(GraphMarks.Mark.APPLIED, GraphMarks.Mark.PENDING,
				GraphMarks.Mark.FAILED, GraphMarks.Mark.NOT_APPLIED) : List.of(GraphMarks.Mark.NONE);
		y += PAD / 2;
		for (GraphMarks.Mark mark : shown) {
			x = swatch(svg, x, y, mark.fill(), mark.stroke(), mark.text().isEmpty() ? "revision" : mark.text());
		}
		for (Phase phase : Phase.values()) {
			x = swatch(svg, x, y, phaseColour(phase), phaseColour(phase), phase.key());
		}
		svg.append("<line x1=\"").append(n(x)).append("\" y1=\"").append(n(y - 4)).append("\" x2=\"").append(n(x + 28))
			.append("\" y2=\"").append(n(y - 4)).append("\" stroke=\"#8e5cd9\" stroke-dasharray=\"6 4\"/>");
		svg.append("<text x=\"").append(n(x + 34)).append("\" y=\"").append(n(y)).append("\" fill=\"#1a1a1a\">depends_on</text>\n");
		svg.append("</g>\n");
		return x + 34 + "depends_on".length() * CHAR;
	}

	private static double swatch(StringBuilder svg, double x, double y, String fill, String stroke, String text) {
		svg.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y - 11)).append("\" width=\"14\" height=\"12\" fill=\"")
			.append(fill).append("\" stroke=\"").append(stroke).append("\"/>");
		svg.append("<text x=\"").append(n(x + 20)).append("\" y=\"").append(n(y)).append("\" fill=\"#1a1a1a\">")
			.append(xml(text)).append("</text>\n");
		return x + 20 + text.length() * CHAR + 18;
	}

	private static void edge(StringBuilder svg, DrawnGraph drawing, DrawnGraph.Edge edge, double[] route) {
		svg.append("<path class=\"edge ").append(edge.dependsOn() ? "depends-on" : "down-revision")
			.append("\" data-from=\"").append(xml(drawing.nodes().get(edge.from()).revision().id()))
			.append("\" data-to=\"").append(xml(drawing.nodes().get(edge.to()).revision().id())).append("\" d=\"");
		for (int p = 0; p + 1 < route.length; p += 2) {
			svg.append((p == 0) ? "M" : " L").append(n(route[p])).append(',').append(n(route[p + 1]));
		}
		svg.append("\" fill=\"none\" stroke-width=\"1.4\"");
		if (edge.dependsOn()) {
			svg.append(" stroke=\"#8e5cd9\" stroke-dasharray=\"6 4\" marker-end=\"url(#arrow-depends)\"/>\n");
		}
		else {
			svg.append(" stroke=\"#555555\" marker-end=\"url(#arrow)\"/>\n");
		}
	}

	private static void node(StringBuilder svg, DrawnGraph.Node node, Layout.Box box) {
		GraphMarks.Mark mark = node.mark();
		svg.append("<g class=\"node ").append(mark.name().toLowerCase(Locale.ROOT).replace('_', '-'))
			.append(node.current() ? " current" : "").append("\" data-revision=\"").append(xml(node.revision().id()))
			.append("\">");
		svg.append("<title>").append(xml(node.revision().id() + ": " + node.revision().message() + " ("
				+ node.revision().source() + ")")).append("</title>");
		svg.append("<rect class=\"box\" x=\"").append(n(box.x())).append("\" y=\"").append(n(box.y()))
			.append("\" width=\"").append(n(box.width())).append("\" height=\"").append(n(box.height()))
			.append("\" rx=\"5\" fill=\"").append(mark.fill()).append("\" stroke=\"").append(mark.stroke())
			.append("\" stroke-width=\"").append(node.current() ? "3" : "1.2").append("\"/>");
		if (node.revision().phase() != null) {
			svg.append("<rect x=\"").append(n(box.x() + 1.5)).append("\" y=\"").append(n(box.y() + 1.5))
				.append("\" width=\"").append(n(STRIPE)).append("\" height=\"").append(n(box.height() - 3))
				.append("\" rx=\"2\" fill=\"").append(phaseColour(node.revision().phase())).append("\"/>");
		}
		double x = box.x() + STRIPE + PAD;
		double y = box.y() + PAD / 2 + LINE - 3;
		svg.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" font-weight=\"bold\" fill=\"#1a1a1a\">")
			.append(xml(node.title())).append("</text>");
		svg.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y + LINE)).append("\" fill=\"#1a1a1a\">")
			.append(xml(node.message())).append("</text>");
		svg.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y + 2 * LINE)).append("\" fill=\"#555555\">")
			.append(xml(node.facts())).append("</text></g>\n");
	}

	static String phaseColour(Phase phase) {
		return switch (phase) {
			case EXPAND -> "#2e7dd7";
			case MIGRATE -> "#8e5cd9";
			case CONTRACT -> "#d9534f";
		};
	}

	private static String n(double value) {
		return (value == Math.rint(value)) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
	}

	/** Text and attribute values: the five characters XML reserves, and no control characters. */
	static String xml(String text) {
		StringBuilder escaped = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			switch (c) {
				case '&' -> escaped.append("&amp;");
				case '<' -> escaped.append("&lt;");
				case '>' -> escaped.append("&gt;");
				case '"' -> escaped.append("&quot;");
				case '\'' -> escaped.append("&apos;");
				default -> escaped.append((c < 0x20) ? ' ' : c);
			}
		}
		return escaped.toString();
	}

}
