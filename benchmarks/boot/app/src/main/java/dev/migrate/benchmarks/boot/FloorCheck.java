package dev.migrate.benchmarks.boot;

import java.nio.file.Path;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import dev.migrate.benchmarks.floor.PlainJdbcFloor;

/**
 * The floor of a migration tool inside the app, only where {@code floor.migrations} names a folder:
 * the benchmark's plain JDBC program ({@link PlainJdbcFloor}) as the app's runner, so that readiness
 * waits for it as it waits for migrate's. It uses the app's pool, as migrate does.
 */
@Component
@ConditionalOnProperty("floor.migrations")
class FloorCheck implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(FloorCheck.class);

	private final DataSource dataSource;

	private final Path folder;

	FloorCheck(DataSource dataSource, @Value("${floor.migrations}") Path folder) {
		this.dataSource = dataSource;
		this.folder = folder;
	}

	@Override
	public void run(ApplicationArguments args) throws Exception {
		PlainJdbcFloor.Outcome outcome = PlainJdbcFloor.migrate(this.dataSource, this.folder);
		if (outcome.applied() == 0) {
			logger.info("Floor: up to date, {} files", outcome.files());
		}
		else {
			logger.info("Floor: applied {} of {} files", outcome.applied(), outcome.files());
		}
	}

}
