package dev.migrate.spring.autoconfigure.endpoint;

import java.util.List;

import dev.migrate.core.engine.StatusView;

/**
 * The HTML page of {@code /actuator/migrate/graph.html}: the endpoint's state as a table, the
 * pending revisions, and the SVG inline. Everything it shows is in the one response, so it works
 * with no network beyond the application and without JavaScript.
 */
final class MigrateGraphPage {

	private static final String STYLE = "body{font-family:system-ui,sans-serif;margin:16px;color:#1a1a1a}"
			+ "table{border-collapse:collapse;margin-bottom:12px}th,td{text-align:left;padding:3px 10px;"
			+ "border-bottom:1px solid #ddd;vertical-align:top}th{color:#555;font-weight:600}"
			+ ".state{font-weight:700}.graph{overflow:auto;border:1px solid #ddd;padding:4px}"
			+ "code{font-family:monospace}";

	String write(StatusView view, String svg) {
		StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">");
		html.append("<title>migrate: ").append(escape(view.state())).append("</title><style>").append(STYLE)
			.append("</style></head>\n<body>\n<h1>migrate</h1>\n<table class=\"status\">\n");
		row(html, "state", "<span class=\"state\">" + escape(view.state()) + "</span>"
				+ ((view.reason() != null) ? " (" + escape(view.reason()) + ")" : ""));
		row(html, "current", ids(view.current(), "&lt;base&gt; (nothing applied)"));
		row(html, "heads", ids(view.heads(), "none"));
		row(html, "target", "<code>" + escape(view.target()) + "</code>");
		row(html, "pending", String.valueOf(view.pendingCount()));
		if (!view.unknown().isEmpty()) {
			row(html, "unknown rows", ids(view.unknown(), ""));
		}
		if (view.detail() != null) {
			row(html, "detail", escape(view.detail()));
		}
		StatusView.LastRun last = view.lastRun();
		if (last != null) {
			row(html, "last run", escape(last.outcome()) + ", " + last.applied() + " applied, " + escape(last.startedAt())
					+ " to " + escape(String.valueOf(last.finishedAt()))
					+ ((last.error() != null) ? ": " + escape(last.error()) : ""));
		}
		html.append("</table>\n");
		if (!view.pending().isEmpty()) {
			html.append("<h2>Pending</h2>\n<ol class=\"pending\">\n");
			for (StatusView.PendingRevision pending : view.pending()) {
				html.append("<li><code>").append(escape(pending.revision())).append("</code> ")
					.append(escape(pending.message()))
					.append((pending.phase() != null) ? " <em>(" + escape(pending.phase()) + ")</em>" : "")
					.append("</li>\n");
			}
			html.append("</ol>\n");
		}
		html.append("<p><a href=\"../migrate\">JSON</a> · <a href=\"graph\">SVG</a></p>\n<div class=\"graph\">\n");
		int start = svg.indexOf("<svg");
		html.append((start >= 0) ? svg.substring(start) : svg);
		return html.append("</div>\n</body></html>\n").toString();
	}

	private static void row(StringBuilder html, String name, String value) {
		html.append("<tr><th>").append(name).append("</th><td>").append(value).append("</td></tr>\n");
	}

	private static String ids(List<String> ids, String none) {
		if (ids.isEmpty()) {
			return none;
		}
		StringBuilder text = new StringBuilder();
		for (String id : ids) {
			text.append((text.length() > 0) ? ", " : "").append("<code>").append(escape(id)).append("</code>");
		}
		return text.toString();
	}

	static String escape(String text) {
		if (text == null) {
			return "";
		}
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

}
