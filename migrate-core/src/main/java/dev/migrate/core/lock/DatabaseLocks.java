package dev.migrate.core.lock;

import java.time.Clock;

import javax.sql.DataSource;

import dev.migrate.core.dialect.Dialect;

/**
 * Where a runner gets its lock: the dialect chooses (PostgreSQL: {@link PostgresAdvisoryLock},
 * MariaDB/MySQL: {@link MariaDbNamedLock}, any other: {@link TableLeaseLock}).
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
		return dialect.lock(dataSource, settings, clock, listener);
	}

}
