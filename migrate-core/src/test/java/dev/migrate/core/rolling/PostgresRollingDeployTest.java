package dev.migrate.core.rolling;

import dev.migrate.core.testsupport.DatabaseFixture;
import dev.migrate.core.testsupport.PostgresFixture;

class PostgresRollingDeployTest extends RollingDeployContractTest {

	@Override
	protected DatabaseFixture createDatabase() {
		return new PostgresFixture();
	}

}
