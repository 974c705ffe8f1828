package dev.migrate.core.engine;

import dev.migrate.core.testsupport.DatabaseFixture;
import dev.migrate.core.testsupport.H2Fixture;

class H2VersionRowsTest extends VersionRowsContractTest {

	@Override
	protected DatabaseFixture createDatabase() {
		return new H2Fixture();
	}

}
