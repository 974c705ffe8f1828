package dev.migrate.core.lock;

import java.time.Clock;

import dev.migrate.core.testsupport.DatabaseFixture;
import dev.migrate.core.testsupport.PostgresFixture;

/** The lock table lease, which serves any database without a lock of its own, on a second real database. */
class PostgresTableLeaseLockContractTest extends DatabaseLockContractTest {

	@Override
	protected DatabaseFixture createDatabase() {
		return new PostgresFixture();
	}

	@Override
	protected String kind() {
		return "lock table lease";
	}

	@Override
	protected DatabaseLock lock(LockSettings settings, LockListener listener) {
		return new TableLeaseLock(this.database.dialect(), this.database.dataSource(), settings, Clock.systemUTC(),
				listener);
	}

}
