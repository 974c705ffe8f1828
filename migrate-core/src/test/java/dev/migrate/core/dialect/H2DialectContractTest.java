package dev.migrate.core.dialect;

import dev.migrate.core.testsupport.DatabaseFixture;
import dev.migrate.core.testsupport.H2Fixture;

class H2DialectContractTest extends DialectContractTest {

	@Override
	protected DatabaseFixture createDatabase() {
		return new H2Fixture();
	}

}
