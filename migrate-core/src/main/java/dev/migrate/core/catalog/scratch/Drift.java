package dev.migrate.core.catalog.scratch;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import javax.sql.DataSource;

import dev.migrate.core.ErrorCode;
import dev.migrate.core.MigrateException;
import dev.migrate.core.catalog.CatalogReader;
import dev.migrate.core.catalog.SchemaCatalog;
import dev.migrate.core.catalog.diff.CatalogDiff;
import dev.migrate.core.dialect.DatabaseCatalog;
import dev.migrate.core.dialect.Dialect;
import dev.migrate.core.dialect.Dialects;
import dev.migrate.core.dialect.TableNames;
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

	/** What {@link #check()} found: the schema read, its version rows and the differences. */
	public record Result(String dialect, String schema, List<String> versions, CatalogDiff diff) {
	}

	/**
	 * Compares; the scratch schema is gone when this returns or throws.
	 * @throws MigrateException when the live schema has no version table, its rows name revisions
	 * this code does not know, the dev server is unreachable or a revision fails in the scratch schema
	 */
	public CatalogDiff check() {
		return run().diff();
	}

	/** {@link #check()}, with what it compared. */
	public Result run() {
		Dialect dialect;
		String schema;
		List<String> versions;
		SchemaCatalog actual;
		TableNames tables = this.settings.tables();
		CatalogReader reader;
		try (Connection connection = this.live.getConnection()) {
			dialect = Dialects.builtIn().forConnection(connection);
			DatabaseCatalog catalog = new DatabaseCatalog(dialect);
			schema = (tables.schema() != null) ? tables.schema() : catalog.currentSchema(connection);
			if (!catalog.tableExists(connection, schema, tables.versionTable())) {
				throw new MigrateException(ErrorCode.USAGE, "Schema '" + schema + "' has no version table "
						+ tables.versionTable() + ": drift compares a migrated schema with the revisions it applied. Run "
						+ "upgrade (or stamp a legacy schema) first, or name the schema with --schema / migrate.schema.");
			}
			versions = versions(connection, dialect.qualify(schema, tables.versionTable()));
			reader = CatalogReader.of(dialect).excluding(List.of(tables.versionTable(), tables.historyTable(),
					this.settings.lock().lockTable()));
			actual = reader.read(connection, schema);
		}
		catch (SQLException ex) {
			throw new MigrateException(ErrorCode.DATABASE, "Could not read the live schema: " + ex.getMessage(), ex);
		}
		List<String> unknown = versions.stream().filter(id -> !this.graph.contains(id)).toList();
		if (!unknown.isEmpty()) {
			throw new MigrateException(ErrorCode.STATE, "The version table of schema '" + schema + "' names revisions this "
					+ "code does not know (" + String.join(", ", unknown) + "): the database is ahead of this code. Run drift "
					+ "with the revisions that were applied.");
		}
		SchemaCatalog expected;
		try (ScratchSchema scratch = ScratchSchema.create((this.devServer != null) ? this.devServer : this.live)) {
			if (!scratch.dialect().name().equals(dialect.name())) {
				throw new MigrateException(ErrorCode.USAGE, "The dev database is " + scratch.dialect().name()
						+ " but the live one is " + dialect.name() + ": --dev-url (migrate.dev-url) must name a "
						+ dialect.name() + " server");
			}
			scratch.upgrade(this.graph, versions);
			expected = scratch.catalog(reader);
		}
		return new Result(dialect.name(), schema, versions, CatalogDiff.between(expected, actual));
	}

	private static List<String> versions(Connection connection, String versionTable) throws SQLException {
		List<String> versions = new ArrayList<>();
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT version_num FROM " + versionTable + " ORDER BY version_num")) {
			while (rows.next()) {
				versions.add(rows.getString(1));
			}
		}
		return versions;
	}

}
