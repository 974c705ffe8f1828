package dev.migrate.it.clinic;

import java.sql.Connection;
import java.util.List;

import dev.migrate.core.revision.JavaRevision;
import dev.migrate.core.revision.Phase;

/** H2 has no sleep function: the slow revision of the H2 runs is Java. */
final class SleepingRevision implements JavaRevision {

	@Override
	public String revision() {
		return "0a0000000004";
	}

	@Override
	public List<String> downRevisions() {
		return List.of("0a0000000003");
	}

	@Override
	public String message() {
		return "a slow revision";
	}

	@Override
	public Phase phase() {
		return Phase.EXPAND;
	}

	@Override
	public void upgrade(Connection connection) throws Exception {
		// H2 has no sleep function: this revision is the slow migration the tests watch
		Thread.sleep(3000);
	}

}
