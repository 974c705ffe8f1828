package dev.migrate.core.cli;

import java.util.List;

import dev.migrate.core.testsupport.DatabaseFixture;
import dev.migrate.core.testsupport.MariaDbFixture;

/** On MariaDB '#' starts a comment too, so '# migrate:downgrade' would pass silently there. */
class MariaDbMistypedMarkerTest extends MistypedMarkerContractTest {

	@Override
	protected DatabaseFixture createDatabase() {
		return new MariaDbFixture();
	}

	@Override
	protected String user() {
		return "root";
	}

	@Override
	protected List<String> dialectMarkers() {
		return List.of("# migrate:downgrade", "#migrate:downgrade");
	}

}
