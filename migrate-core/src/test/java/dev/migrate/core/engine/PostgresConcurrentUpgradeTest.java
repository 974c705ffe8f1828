package dev.migrate.core.engine;

import dev.migrate.core.testsupport.DatabaseFixture;
import dev.migrate.core.testsupport.PostgresFixture;

class PostgresConcurrentUpgradeTest extends ConcurrentUpgradeContractTest {

	@Override
	protected DatabaseFixture createDatabase() {
		return new PostgresFixture();
	}

	@Override
	protected String user() {
		return "postgres";
	}

	@Override
	protected String pause() {
		return "SELECT pg_sleep(0.2);";
	}

}
