package dev.migrate.core.lock;

import dev.migrate.core.testsupport.DatabaseFixture;
import dev.migrate.core.testsupport.H2Fixture;

class H2LockContractTest extends DatabaseLockContractTest {

	@Override
	protected DatabaseFixture createDatabase() {
		return new H2Fixture();
	}

	@Override
	protected String kind() {
		return "lock table lease";
	}

}
