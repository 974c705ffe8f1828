package dev.migrate.core.catalog.scratch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import dev.migrate.core.testsupport.PostgresFixture;

/** A scratch schema is dropped when closed, when its JVM is stopped, and by a later run once stale. */
class ScratchSchemaTest {

	@Test
	void aStoppedJvmDropsItsScratchSchemaOnTheWayOut() throws Exception {
		try (PostgresFixture database = new PostgresFixture()) {
			Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
					"-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), ScratchHolderProcess.class.getName(),
					database.jdbcUrl(), "postgres").redirectErrorStream(true).start();
			String name;
			try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
				name = out.readLine();
				assertThat(name).startsWith(ScratchSchema.PREFIX);
				assertThat(exists(database, name)).isTrue();
				// SIGTERM, as a CI runner or Kubernetes stops a job
				process.destroy();
				assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
			}
			assertThat(exists(database, name)).isFalse();
		}
	}

	@Test
	void closingDropsItAndOnlyStaleScratchSchemasAreCleanedUp() throws SQLException {
		try (PostgresFixture database = new PostgresFixture()) {
			Clock past = Clock.fixed(Instant.parse("2020-01-01T00:00:00Z"), ZoneOffset.UTC);
			ScratchSchema old = ScratchSchema.create(database.dataSource(), past);
			assertThat(old.schema()).startsWith(ScratchSchema.PREFIX + "20200101000000_");
			try (ScratchSchema current = ScratchSchema.create(database.dataSource())) {
				// creating one dropped the old one, which a killed run would have left
				assertThat(exists(database, old.schema())).isFalse();
				assertThat(exists(database, current.schema())).isTrue();
				List<String> dropped = ScratchSchema.dropStale(database.dataSource(), Clock.systemUTC(), Duration.ofHours(1));
				assertThat(dropped).doesNotContain(current.schema());
				current.close();
				assertThat(exists(database, current.schema())).isFalse();
			}
			old.close();
		}
	}

	private static boolean exists(PostgresFixture database, String schema) throws SQLException {
		try (Connection connection = database.connection(); Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT 1 FROM pg_namespace WHERE nspname = '" + schema + "'")) {
			return rows.next();
		}
	}

}
