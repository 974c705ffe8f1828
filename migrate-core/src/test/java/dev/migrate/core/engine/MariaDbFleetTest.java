package dev.migrate.core.engine;

import dev.migrate.core.testsupport.DatabaseFixture;
import dev.migrate.core.testsupport.MariaDbFixture;

/** On MariaDB a schema is a database: a database per tenant. */
class MariaDbFleetTest extends FleetContractTest {

	@Override
	protected DatabaseFixture createDatabase() {
		return new MariaDbFixture();
	}

	@Override
	protected String user() {
		return "root";
	}

	@Override
	protected String pause() {
		return "SELECT SLEEP(0.1);";
	}

}
