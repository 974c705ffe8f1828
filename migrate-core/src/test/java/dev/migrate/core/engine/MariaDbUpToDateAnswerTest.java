package dev.migrate.core.engine;

import dev.migrate.core.testsupport.DatabaseFixture;
import dev.migrate.core.testsupport.MariaDbFixture;

class MariaDbUpToDateAnswerTest extends UpToDateAnswerContractTest {

	@Override
	protected DatabaseFixture createDatabase() {
		return new MariaDbFixture();
	}

}
