package dev.migrate.spring.autoconfigure.endpoint;

import java.util.Objects;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;
import org.springframework.boot.actuate.endpoint.web.annotation.EndpointWebExtension;

import dev.migrate.core.engine.StatusView;

/**
 * The {@code migrate} endpoint over HTTP. Actuator allows one web extension per endpoint, and two
 * parts of the starter add to it, each only when present: the fleet (tenants and further
 * databases, a {@link MigrateEndpointSections} bean) adds sections to {@code GET /actuator/migrate}
 * and answers {@code GET /actuator/migrate/{name}}; the graph ({@link MigrateGraphPages}, with the
 * layout library) answers {@code /actuator/migrate/graph} and {@code graph.html}. Any other name
 * is 404. Exposure and access are the endpoint's own.
 */
@EndpointWebExtension(endpoint = MigrateEndpoint.class)
public class MigrateWebExtension {

	private final MigrateEndpoint endpoint;

	private final ObjectProvider<MigrateEndpointSections> sections;

	private final ObjectProvider<MigrateGraphPages> graph;

	public MigrateWebExtension(MigrateEndpoint endpoint, ObjectProvider<MigrateEndpointSections> sections,
			ObjectProvider<MigrateGraphPages> graph) {
		this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
		this.sections = Objects.requireNonNull(sections, "sections");
		this.graph = Objects.requireNonNull(graph, "graph");
	}

	@ReadOperation
	public Object migrate() {
		StatusView main = this.endpoint.migrate();
		MigrateEndpointSections added = this.sections.getIfAvailable();
		return (added != null) ? added.view(main) : main;
	}

	@ReadOperation(produces = { "application/vnd.spring-boot.actuator.v3+json", "application/json", "image/svg+xml",
			"text/html" })
	public WebEndpointResponse<Object> migrate(@Selector String name) {
		MigrateGraphPages pages = this.graph.getIfAvailable();
		if (pages != null && MigrateGraphPages.isPage(name)) {
			WebEndpointResponse<String> page = pages.page(name);
			return new WebEndpointResponse<>(page.getBody(), page.getStatus(), page.getContentType());
		}
		MigrateEndpointSections added = this.sections.getIfAvailable();
		StatusView entry = (added != null) ? added.named(name) : null;
		if (entry == null) {
			return new WebEndpointResponse<>(WebEndpointResponse.STATUS_NOT_FOUND);
		}
		return new WebEndpointResponse<>(entry, WebEndpointResponse.STATUS_OK);
	}

}
