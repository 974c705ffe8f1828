package dev.migrate.core.lock;

import dev.migrate.core.testsupport.DatabaseFixture;
import dev.migrate.core.testsupport.PostgresFixture;

class PostgresLockContractTest extends DatabaseLockContractTest {

	@Override
	protected DatabaseFixture createDatabase() {
		return new PostgresFixture();
	}

	@Override
	protected String kind() {
		return "PostgreSQL advisory lock";
	}

}
