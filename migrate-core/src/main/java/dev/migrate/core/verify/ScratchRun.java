package dev.migrate.core.verify;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

import dev.migrate.core.ErrorCode;
import dev.migrate.core.MigrateException;
import dev.migrate.core.engine.MigrateSettings;
import dev.migrate.core.engine.MigrationResult;
import dev.migrate.core.engine.Migrator;
import dev.migrate.core.graph.RevisionGraph;
import dev.migrate.core.lock.LockSettings;
import dev.migrate.core.verify.ScratchSpace.Scratch;

/** The engine on one scratch schema: its own version, history and lock, named by the application's settings. */
final class ScratchRun {

	/** The lock namespace of the checks: they never wait for the application's own runs. */
	static final String LOCK_NAMESPACE = "migrate-test";

	private final Scratch scratch;

	private final Migrator migrator;

	private final VerifySettings settings;

	ScratchRun(Scratch scratch, RevisionGraph graph, VerifySettings settings) {
		this.scratch = scratch;
		this.settings = settings;
		MigrateSettings app = settings.migrate();
		LockSettings lock = app.lock().withSchema(scratch.schema()).withNamespace(LOCK_NAMESPACE);
		MigrateSettings own = app.withTables(app.tables().withSchema(scratch.schema())).withLock(lock).withBaseline(null);
		this.migrator = new Migrator(scratch.dataSource(), graph, own);
	}

	Scratch scratch() {
		return this.scratch;
	}

	Migrator migrator() {
		return this.migrator;
	}

	/** Runs an upgrade, turning a refusal the engine reports in its result into an exception. */
	MigrationResult upgrade(String target) {
		return succeeded(this.migrator.upgrade(target));
	}

	MigrationResult downgrade(String target) {
		return succeeded(this.migrator.downgrade(target));
	}

	private static MigrationResult succeeded(MigrationResult result) {
		if (!result.succeeded()) {
			throw new MigrateException(ErrorCode.DATABASE, result.error());
		}
		return result;
	}

	/** migrate's own tables in the scratch schema: never part of a catalog reading. */
	Set<String> ownTables() {
		MigrateSettings app = this.settings.migrate();
		return Set.of(app.tables().versionTable(), app.tables().historyTable(), app.lock().lockTable());
	}

	/** The scratch schema's catalog now. */
	Object capture() {
		try (Connection connection = this.scratch.dataSource().getConnection()) {
			return this.settings.catalog().capture(connection, this.scratch.schema(), ownTables());
		}
		catch (SQLException ex) {
			throw new MigrateException(ErrorCode.DATABASE, "Could not read the catalog of scratch schema "
					+ this.scratch.schema() + ": " + ex.getMessage(), ex);
		}
	}

	List<String> differences(Object expected, Object actual) {
		return this.settings.catalog().differences(expected, actual);
	}

}
