package dev.migrate.core.engine;

import dev.migrate.core.testsupport.DatabaseFixture;
import dev.migrate.core.testsupport.PostgresFixture;

class PostgresUpToDateAnswerTest extends UpToDateAnswerContractTest {

	@Override
	protected DatabaseFixture createDatabase() {
		return new PostgresFixture();
	}

}
