package dev.migrate.core.lock;

import java.time.Clock;

import javax.sql.DataSource;

import dev.migrate.core.dialect.Dialect;
import dev.migrate.core.dialect.MariaDbDialect;
import dev.migrate.core.dialect.PostgresDialect;

/**
 * Where a runner gets its lock, chosen from the database's dialect: PostgreSQL
 * {@link PostgresAdvisoryLock}, MariaDB/MySQL {@link MariaDbNamedLock}, any other (H2, a dialect
 * added later) {@link TableLeaseLock}, which works on any database. The choice lives here, not in
 * the dialect, so that the lock package depends on the dialect package and never the reverse.
 */
public final class DatabaseLocks {

	private DatabaseLocks() {
	}

	/**
	 * The lock for one runner on {@code dataSource}.
	 * @param clock the source of the times written to a lock table; waits are measured with
	 * {@link System#nanoTime()}
	 * @param listener hears waits, acquisitions and releases, for metrics ({@link LockListener#NONE} for none)
	 */
	public static DatabaseLock forDialect(Dialect dialect, DataSource dataSource, LockSettings settings, Clock clock,
			LockListener listener) {
		if (dialect instanceof PostgresDialect) {
			return new PostgresAdvisoryLock(dataSource, settings, listener);
		}
		if (dialect instanceof MariaDbDialect) {
			return new MariaDbNamedLock(dataSource, settings, listener);
		}
		return new TableLeaseLock(dialect, dataSource, settings, clock, listener);
	}

}
