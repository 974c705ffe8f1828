package dev.migrate.benchmarks;

import java.nio.file.Path;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

/** Flyway's Java API with its default configuration; only the location is set. */
final class FlywaySubject implements Subject {

	@Override
	public int migrate(DataSource dataSource, Path corpus) {
		return Flyway.configure()
			.dataSource(dataSource)
			.locations("filesystem:" + corpus.resolve("flyway"))
			.load()
			.migrate().migrationsExecuted;
	}

}
