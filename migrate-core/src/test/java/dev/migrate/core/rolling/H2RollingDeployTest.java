package dev.migrate.core.rolling;

import dev.migrate.core.testsupport.DatabaseFixture;
import dev.migrate.core.testsupport.H2Fixture;

class H2RollingDeployTest extends RollingDeployContractTest {

	@Override
	protected DatabaseFixture createDatabase() {
		return new H2Fixture();
	}

}
