package dev.migrate.core.rolling;

import dev.migrate.core.testsupport.DatabaseFixture;
import dev.migrate.core.testsupport.MariaDbFixture;

class MariaDbRollingDeployTest extends RollingDeployContractTest {

	@Override
	protected DatabaseFixture createDatabase() {
		return new MariaDbFixture();
	}

}
