package dev.migrate.core.autogen;

import java.util.List;
import java.util.Objects;

import javax.sql.DataSource;

import dev.migrate.core.catalog.SchemaCatalog;
import dev.migrate.core.catalog.ddl.DdlWriter;
import dev.migrate.core.catalog.diff.CatalogDiff;
import dev.migrate.core.catalog.scratch.ScratchSchema;
import dev.migrate.core.graph.RevisionGraph;

/**
 * The model's schema against the revisions' schema, each built by the database in a scratch
 * schema of its own on the same server (or the dev server), read as catalogs and compared: what
 * both autogenerate and {@code check} decide on. Both scratch schemas are dropped afterwards.
 */
public final class ModelComparison {

	private final DataSource server;

	/** @param server a DataSource on the server (or dev server) where the scratch schemas are made */
	public ModelComparison(DataSource server) {
		this.server = Objects.requireNonNull(server, "server");
	}

	/** The schema all the revisions of {@code graph} build (every head): empty for an empty graph. */
	public SchemaCatalog revisions(RevisionGraph graph) {
		try (ScratchSchema scratch = ScratchSchema.create(this.server)) {
			if (!graph.isEmpty()) {
				scratch.upgrade(graph, List.of("heads"));
			}
			return scratch.catalog();
		}
	}

	/** The schema the model's own DDL builds, as the revisions written from it will build it (see {@link ModelCatalogs}). */
	public SchemaCatalog model(ModelSchema model) {
		try (ScratchSchema scratch = ScratchSchema.create(this.server)) {
			scratch.execute(model.createStatements());
			SchemaCatalog catalog = scratch.catalog();
			List<String> checks = ModelCatalogs.reAddChecks(catalog, DdlWriter.forDialect(scratch.dialect()));
			if (!checks.isEmpty()) {
				scratch.execute(checks);
				catalog = scratch.catalog();
			}
			return ModelCatalogs.ownNames(catalog);
		}
	}

	/** What turns the revisions' schema into the model's: expected is the model, actual the revisions. */
	public CatalogDiff compare(ModelSchema model, RevisionGraph graph) {
		return CatalogDiff.between(model(model), revisions(graph));
	}

}
