package dev.migrate.core.engine;

import java.sql.SQLException;
import java.util.List;

import dev.migrate.core.ErrorCode;
import dev.migrate.core.MigrateException;
import dev.migrate.core.plan.MigrationPlan;
import dev.migrate.core.plan.Operation;

/**
 * Brings the tables to where a command under the lock can plan: creates them on first use,
 * upgrades an older history table, and adopts a legacy schema at the baseline revision (upgrade
 * only) or refuses it.
 */
final class TableSetup {

	private final Engine engine;

	TableSetup(Engine engine) {
		this.engine = engine;
	}

	/** The tables as the command plans from them. */
	Session.Snapshot prepare(Session session, Operation operation) throws SQLException {
		Session.Snapshot snapshot = session.read(this.engine.lockTable());
		if (snapshot.versionTableExists()) {
			if (session.store.historyTableExists(session.connection)) {
				session.store.upgradeHistoryTable(session.connection);
			}
			return snapshot;
		}
		if (snapshot.isLegacy() && operation != Operation.STAMP) {
			return adoptLegacy(session, operation, snapshot);
		}
		session.store.createTables(session.connection);
		return snapshot.withRows(List.of());
	}

	private Session.Snapshot adoptLegacy(Session session, Operation operation, Session.Snapshot snapshot)
			throws SQLException {
		String baseline = this.engine.settings().baselineRevision();
		if (baseline == null || operation != Operation.UPGRADE) {
			throw new LegacySchemaException(session.tables.schema(), session.tables.versionTable(),
					snapshot.otherTables());
		}
		if (!this.engine.graph().contains(baseline)) {
			throw new MigrateException(ErrorCode.USAGE, "migrate.baseline.revision is '" + baseline
					+ "', but no revision has that id; set it to the full id of a revision in the configured locations.");
		}
		session.store.createTables(session.connection);
		MigrationPlan stamp = this.engine.planner().stamp(List.of(), baseline, false);
		Stamp.write(this.engine, session, stamp);
		this.engine.listener().baselineStamped(baseline, session.tables.schema(), session.tables.versionTable(),
				snapshot.otherTables().size());
		return snapshot.withRows(stamp.currentAfter());
	}

}
