package dev.migrate.core.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;

import javax.sql.DataSource;

import dev.migrate.core.ErrorCode;
import dev.migrate.core.MigrateException;
import dev.migrate.core.dialect.Dialects;
import dev.migrate.core.graph.RevisionGraph;
import dev.migrate.core.lock.DatabaseLock;
import dev.migrate.core.lock.DatabaseLocks;
import dev.migrate.core.lock.LockListener;
import dev.migrate.core.lock.LockSettings;
import dev.migrate.core.plan.Planner;

/**
 * What every command of one {@link Migrator} shares: where the database is, the revisions, the
 * settings and who listens. The command classes take it instead of eight parameters each; it
 * knows how to open a {@link Session} and the lock for it, nothing about any command.
 */
record Engine(DataSource dataSource, RevisionGraph graph, Planner planner, MigrateSettings settings, Clock clock,
		MigrateListener listener, LockListener lockListener, PlanCheck planCheck, boolean tenant) {

	Session open(Connection connection) throws SQLException {
		return new Session(connection, Dialects.builtIn().forConnection(connection), this.settings.tables());
	}

	DatabaseLock lock(Session session) {
		return DatabaseLocks.forDialect(session.dialect, lockSource(session), lockSettings(session), this.clock,
				this.lockListener);
	}

	/**
	 * Where the lock gets its connection. A tenant of a fleet takes its session lock (PostgreSQL,
	 * MariaDB) on the command's own connection, so that N tenants at once use N connections, not 2N;
	 * a lock table's lease (H2) commits on connections of its own.
	 */
	private DataSource lockSource(Session session) {
		if (this.tenant && SessionLockSource.supports(session.dialect)) {
			return new SessionLockSource(session.connection);
		}
		return this.dataSource;
	}

	/** The lock is per schema: two schemas on one server migrate independently. */
	private LockSettings lockSettings(Session session) {
		LockSettings lock = this.settings.lock();
		return new LockSettings(lock.namespace(), session.tables.schema(), lock.lockTable(), lock.timeout(), lock.lease(),
				lock.logInterval());
	}

	String lockTable() {
		return this.settings.lock().lockTable();
	}

	/** The same judgement for status, upgrade's refusals and the lock-free "nothing to do". */
	StatusReader.Verdict judge(Session.Snapshot snapshot, String target, String runner) {
		return new StatusReader(this.graph, this.planner, this.settings).judge(snapshot, target, runner);
	}

	static MigrateException database(String what, SQLException ex) {
		return new MigrateException(ErrorCode.DATABASE, "Could not " + what + ": " + Excerpts.message(ex), ex);
	}

}
