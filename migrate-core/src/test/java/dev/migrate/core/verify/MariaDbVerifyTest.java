package dev.migrate.core.verify;

import dev.migrate.core.testsupport.DatabaseFixture;
import dev.migrate.core.testsupport.MariaDbFixture;

class MariaDbVerifyTest extends VerifyContractTest {

	@Override
	protected DatabaseFixture createDatabase() {
		return new MariaDbFixture();
	}

	@Override
	protected String dropIndexSuffix() {
		return " ON people";
	}

}
