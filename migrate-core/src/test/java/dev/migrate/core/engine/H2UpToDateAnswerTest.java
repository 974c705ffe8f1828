package dev.migrate.core.engine;

import dev.migrate.core.testsupport.DatabaseFixture;
import dev.migrate.core.testsupport.H2Fixture;

class H2UpToDateAnswerTest extends UpToDateAnswerContractTest {

	@Override
	protected DatabaseFixture createDatabase() {
		return new H2Fixture();
	}

}
