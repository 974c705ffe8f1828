package dev.migrate.core.verify;

import dev.migrate.core.testsupport.DatabaseFixture;
import dev.migrate.core.testsupport.PostgresFixture;

class PostgresVerifyTest extends VerifyContractTest {

	@Override
	protected DatabaseFixture createDatabase() {
		return new PostgresFixture();
	}

}
