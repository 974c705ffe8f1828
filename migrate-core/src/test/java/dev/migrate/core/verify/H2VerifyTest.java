package dev.migrate.core.verify;

import dev.migrate.core.testsupport.DatabaseFixture;
import dev.migrate.core.testsupport.H2Fixture;

class H2VerifyTest extends VerifyContractTest {

	@Override
	protected DatabaseFixture createDatabase() {
		return new H2Fixture();
	}

}
