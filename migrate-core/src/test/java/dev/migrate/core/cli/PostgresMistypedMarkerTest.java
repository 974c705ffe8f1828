package dev.migrate.core.cli;

import java.util.List;

import dev.migrate.core.testsupport.DatabaseFixture;
import dev.migrate.core.testsupport.PostgresFixture;

class PostgresMistypedMarkerTest extends MistypedMarkerContractTest {

	@Override
	protected DatabaseFixture createDatabase() {
		return new PostgresFixture();
	}

	@Override
	protected String user() {
		return "postgres";
	}

	@Override
	protected List<String> dialectMarkers() {
		return List.of("-- migrate downgrade");
	}

}
