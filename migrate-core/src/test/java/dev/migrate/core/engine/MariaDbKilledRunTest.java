package dev.migrate.core.engine;

import dev.migrate.core.testsupport.DatabaseFixture;
import dev.migrate.core.testsupport.MariaDbFixture;

class MariaDbKilledRunTest extends KilledRunContractTest {

	@Override
	protected DatabaseFixture createDatabase() {
		return new MariaDbFixture();
	}

	@Override
	protected String sleep(int seconds) {
		return "CREATE TABLE t_two AS SELECT SLEEP(" + seconds + ") AS slept;";
	}

	@Override
	protected String user() {
		return "root";
	}

}
