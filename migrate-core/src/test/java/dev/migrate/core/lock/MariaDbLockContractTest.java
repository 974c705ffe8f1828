package dev.migrate.core.lock;

import dev.migrate.core.testsupport.DatabaseFixture;
import dev.migrate.core.testsupport.MariaDbFixture;

class MariaDbLockContractTest extends DatabaseLockContractTest {

	@Override
	protected DatabaseFixture createDatabase() {
		return new MariaDbFixture();
	}

	@Override
	protected String kind() {
		return "MariaDB named lock";
	}

}
