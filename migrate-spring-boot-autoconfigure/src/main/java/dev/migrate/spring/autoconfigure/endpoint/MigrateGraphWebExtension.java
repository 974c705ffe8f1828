package dev.migrate.spring.autoconfigure.endpoint;

import java.util.BitSet;
import java.util.Objects;
import java.util.function.Supplier;

import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;
import org.springframework.boot.actuate.endpoint.web.annotation.EndpointWebExtension;
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
 * inline (no script, style sheet or font from elsewhere). Part of the {@code migrate} endpoint, so
 * exactly as exposed and accessible as it; read-only, reading takes no lock.
 */
@EndpointWebExtension(endpoint = MigrateEndpoint.class)
public class MigrateGraphWebExtension {

	static final MimeType SVG = MimeType.valueOf("image/svg+xml;charset=UTF-8");

	static final MimeType HTML = MimeType.valueOf("text/html;charset=UTF-8");

	private final Supplier<Migrator> migrator;

	private final MigrationTracker tracker;

	private final String target;

	public MigrateGraphWebExtension(Supplier<Migrator> migrator, MigrationTracker tracker, String target) {
		this.migrator = Objects.requireNonNull(migrator, "migrator");
		this.tracker = Objects.requireNonNull(tracker, "tracker");
		this.target = Objects.requireNonNull(target, "target");
	}

	@ReadOperation(produces = { "image/svg+xml", "text/html" })
	public WebEndpointResponse<String> graph(@Selector String page) {
		if (!page.equals("graph") && !page.equals("graph.html")) {
			return new WebEndpointResponse<>("No page '" + page + "': try graph (SVG) or graph.html.",
					WebEndpointResponse.STATUS_NOT_FOUND, MimeType.valueOf("text/plain;charset=UTF-8"));
		}
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
