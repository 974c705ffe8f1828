package dev.migrate.core.catalog.scratch;

import java.util.Objects;

import javax.sql.DataSource;

import dev.migrate.core.catalog.diff.CatalogDiff;
import dev.migrate.core.engine.MigrateSettings;
import dev.migrate.core.graph.RevisionGraph;

/**
 * {@code drift}: the live schema compared with what the revisions up to its version rows build in a
 * scratch schema. Expected is the scratch schema's catalog, actual the live one's.
 *
 * @param live the live database
 * @param graph the revisions
 * @param settings the live database's schema and table names
 * @param devServer where the scratch schema is created, or {@code null} for the live server
 */
public record Drift(DataSource live, RevisionGraph graph, MigrateSettings settings, DataSource devServer) {

	public Drift {
		Objects.requireNonNull(live, "live");
		Objects.requireNonNull(graph, "graph");
		Objects.requireNonNull(settings, "settings");
	}

	/**
	 * Compares; the scratch schema is gone when this returns or throws.
	 * @throws dev.migrate.core.MigrateException when the live schema has no version table, its rows
	 * name revisions this code does not know, the dev server is unreachable or a revision fails in
	 * the scratch schema
	 */
	public CatalogDiff check() {
		throw new UnsupportedOperationException("not yet");
	}

}
