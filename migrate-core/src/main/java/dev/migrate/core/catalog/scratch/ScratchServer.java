package dev.migrate.core.catalog.scratch;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import dev.migrate.core.dialect.Dialect;

/** Where scratch schemas are created and dropped: one small implementation per database. */
abstract class ScratchServer {

	static ScratchServer of(DataSource server, Clock clock) {
		throw new UnsupportedOperationException("not yet");
	}

	abstract Dialect dialect();

	abstract ScratchSchema createScratch();

	abstract void drop(String schema);

	abstract List<String> dropStale(Duration olderThan);

}
