package dev.migrate.core.catalog.scratch;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import dev.migrate.core.ErrorCode;
import dev.migrate.core.MigrateException;
import dev.migrate.core.catalog.CatalogReader;
import dev.migrate.core.catalog.SchemaCatalog;
import dev.migrate.core.dialect.TableNames;
import dev.migrate.core.engine.MigrateSettings;
import dev.migrate.core.engine.Migrator;
import dev.migrate.core.graph.RevisionGraph;
import dev.migrate.core.lock.LockSettings;

/** What runs inside a scratch schema: any DDL, migrate's engine, the catalog reader. */
final class ScratchRuns {

	private ScratchRuns() {
	}

	static void execute(ScratchSchema scratch, List<String> statements) {
		try (Connection connection = scratch.dataSource().getConnection(); Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				try {
					statement.execute(sql);
				}
				catch (SQLException ex) {
					throw new MigrateException(ErrorCode.DATABASE, "Statement failed in the scratch schema " + scratch.schema()
							+ " on " + scratch.dialect().name() + ": " + ex.getMessage() + "\n  " + sql, ex);
				}
			}
		}
		catch (SQLException ex) {
			throw new MigrateException(ErrorCode.DATABASE, "Could not connect to the scratch schema " + scratch.schema() + ": "
					+ ex.getMessage(), ex);
		}
	}

	static void upgrade(ScratchSchema scratch, RevisionGraph graph, List<String> targets) {
		TableNames tables = TableNames.defaults().withSchema(scratch.schema());
		LockSettings lock = LockSettings.defaults(scratch.schema()).withNamespace("migrate-scratch");
		MigrateSettings settings = MigrateSettings.defaults().withTables(tables).withLock(lock);
		Migrator migrator = new Migrator(scratch.dataSource(), graph, settings);
		for (String target : targets) {
			try {
				migrator.upgrade(target);
			}
			catch (MigrateException ex) {
				throw new MigrateException(ex.code(), "Replaying the revisions up to " + target + " in the scratch schema "
						+ scratch.schema() + " failed: " + ex.getMessage(), ex);
			}
		}
	}

	static SchemaCatalog catalog(ScratchSchema scratch, CatalogReader reader) {
		try (Connection connection = scratch.dataSource().getConnection()) {
			return reader.read(connection, scratch.schema());
		}
		catch (SQLException ex) {
			throw new MigrateException(ErrorCode.DATABASE, "Could not connect to the scratch schema " + scratch.schema() + ": "
					+ ex.getMessage(), ex);
		}
	}

}
