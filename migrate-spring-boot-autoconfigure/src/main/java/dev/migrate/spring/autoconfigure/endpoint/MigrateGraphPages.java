package dev.migrate.spring.autoconfigure.endpoint;

import java.util.BitSet;
import java.util.Objects;
import java.util.function.Supplier;

import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;
import org.springframework.util.MimeType;

import dev.migrate.core.drawing.DrawnGraph;
import dev.migrate.core.drawing.GraphFormat;
import dev.migrate.core.drawing.GraphMarks;
import dev.migrate.core.drawing.GraphScope;
import dev.migrate.core.engine.Migrator;
import dev.migrate.core.engine.StatusView;
import dev.migrate.core.graph.RevisionGraph;
import dev.migrate.spring.autoconfigure.MigrationTracker;

/**
 * {@code GET /actuator/migrate/graph}: the revision graph as SVG with where the database stands, and
 * {@code GET /actuator/migrate/graph.html}: a page with that drawing and the endpoint's state, all
 * inline (no script, style sheet or font from elsewhere). Served by {@link MigrateWebExtension}, the
 * {@code migrate} endpoint's one web extension, so exactly as exposed and accessible as it;
 * read-only, reading takes no lock.
 */
public class MigrateGraphPages {

	static final MimeType SVG = MimeType.valueOf("image/svg+xml;charset=UTF-8");

	static final MimeType HTML = MimeType.valueOf("text/html;charset=UTF-8");

	private final Supplier<Migrator> migrator;

	private final MigrationTracker tracker;

	private final String target;

	public MigrateGraphPages(Supplier<Migrator> migrator, MigrationTracker tracker, String target) {
		this.migrator = Objects.requireNonNull(migrator, "migrator");
		this.tracker = Objects.requireNonNull(tracker, "tracker");
		this.target = Objects.requireNonNull(target, "target");
	}

	/** Whether {@code name} is one of the pages: {@code graph} or {@code graph.html}. */
	public static boolean isPage(String name) {
		return name.equals("graph") || name.equals("graph.html");
	}

	/** The page {@code page}, one for which {@link #isPage(String)} holds. */
	public WebEndpointResponse<String> page(String page) {
		Migrator engine = this.migrator.get();
		RevisionGraph graph = engine.graph();
		MigrationTracker.Report report = this.tracker.report(() -> engine.status(this.target));
		StatusView view = report.view(graph.heads(), this.target);
		GraphMarks marks = (report.status() != null)
				? GraphMarks.of(report.status(), graph, view.state()).withState(view.state(), view.detail())
				: GraphMarks.none();
		BitSet all = new GraphScope(graph).all();
		String svg = GraphFormat.SVG.render(DrawnGraph.of(graph, all, marks));
		if (page.equals("graph")) {
			return new WebEndpointResponse<>(svg, WebEndpointResponse.STATUS_OK, SVG);
		}
		return new WebEndpointResponse<>(new MigrateGraphPage().write(view, svg), WebEndpointResponse.STATUS_OK, HTML);
	}

}
