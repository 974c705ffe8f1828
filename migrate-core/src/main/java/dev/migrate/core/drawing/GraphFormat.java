package dev.migrate.core.drawing;

import java.util.Locale;

import dev.migrate.core.ErrorCode;
import dev.migrate.core.MigrateException;

/** The formats {@code migrate graph} writes. */
public enum GraphFormat {

	/** A standalone SVG laid out by migrate (needs the Eclipse Layout Kernel on the class path). */
	SVG,
	/** Graphviz DOT, for {@code dot -Tsvg}. */
	DOT,
	/** A Mermaid flowchart, which GitHub renders in a {@code ```mermaid} block. */
	MERMAID;

	public String render(DrawnGraph drawing) {
		return switch (this) {
			case SVG -> new SvgWriter().write(drawing);
			case DOT -> new DotWriter().write(drawing);
			case MERMAID -> new MermaidWriter().write(drawing);
		};
	}

	public static GraphFormat of(String name) {
		for (GraphFormat format : values()) {
			if (format.name().equalsIgnoreCase(name.trim())) {
				return format;
			}
		}
		throw new MigrateException(ErrorCode.USAGE, "Unknown graph format '" + name + "': use svg, dot or mermaid.");
	}

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

}
