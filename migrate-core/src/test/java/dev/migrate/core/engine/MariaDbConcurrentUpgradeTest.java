package dev.migrate.core.engine;

import dev.migrate.core.testsupport.DatabaseFixture;
import dev.migrate.core.testsupport.MariaDbFixture;

class MariaDbConcurrentUpgradeTest extends ConcurrentUpgradeContractTest {

	@Override
	protected DatabaseFixture createDatabase() {
		return new MariaDbFixture();
	}

	@Override
	protected String user() {
		return "root";
	}

	@Override
	protected String pause() {
		return "SELECT SLEEP(0.2);";
	}

}
