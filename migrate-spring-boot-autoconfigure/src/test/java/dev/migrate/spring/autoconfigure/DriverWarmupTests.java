package dev.migrate.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import dev.migrate.core.rolling.ContractMode;

/**
 * {@link DriverWarmup} on the local PostgreSQL, in a database of its own so that the server's
 * count of the sessions it saw counts this test's alone.
 */
@ExtendWith(OutputCaptureExtension.class)
class DriverWarmupTests {

	private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";

	private final String database = "migrate_warmup_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

	private HikariDataSource pool;

	@BeforeEach
	void createDatabase() throws SQLException {
		admin("CREATE DATABASE " + this.database);
		this.pool = new HikariDataSource();
		this.pool.setJdbcUrl(SERVER + this.database);
		this.pool.setUsername("postgres");
		this.pool.addDataSourceProperty("ApplicationName", "migrate-warmup-test");
	}

	@AfterEach
	void dropDatabase() throws SQLException {
		this.pool.close();
		admin("DROP DATABASE IF EXISTS " + this.database + " WITH (FORCE)");
	}

	@Test
	void opensOneConnectionAsThePoolWouldAndLeavesThePoolUnstarted() throws Exception {
		Thread thread = DriverWarmup.start(this.pool);
		assertThat(thread).isNotNull();
		thread.join(TimeUnit.SECONDS.toMillis(30));
		assertThat(thread.isAlive()).isFalse();
		assertThat(this.pool.isRunning()).as("the pool starts only when migrate asks it").isFalse();
		assertThat(awaitSessions(1)).as("sessions the server saw in the test's database").isEqualTo(1);
	}

	@Test
	void connectsWithThePoolsUrlCredentialsAndProperties() throws SQLException {
		DataSource direct = DriverWarmup.Hikari.direct(this.pool);
		try (Connection connection = direct.getConnection();
				Statement statement = connection.createStatement();
				ResultSet row = statement.executeQuery(
						"SELECT current_database(), current_user, current_setting('application_name')")) {
			row.next();
			assertThat(row.getString(1)).isEqualTo(this.database);
			assertThat(row.getString(2)).isEqualTo("postgres");
			assertThat(row.getString(3)).isEqualTo("migrate-warmup-test");
		}
	}

	@Test
	void nothingWhenThePoolHasStarted() throws SQLException {
		this.pool.getConnection().close();
		assertThat(DriverWarmup.start(this.pool)).isNull();
	}

	@Test
	void nothingWhenThePoolConnectsThroughADataSourceOrACredentialsProvider() {
		HikariDataSource wrapping = new HikariDataSource();
		wrapping.setDataSource(this.pool);
		assertThat(DriverWarmup.start(wrapping)).isNull();
		this.pool.setCredentialsProvider(() -> new com.zaxxer.hikari.util.Credentials("postgres", ""));
		assertThat(DriverWarmup.start(this.pool)).isNull();
		wrapping.close();
	}

	@Test
	void aFailedWarmupIsQuietAndThePoolStillReportsTheFailure(CapturedOutput output) throws Exception {
		this.pool.setJdbcUrl(SERVER + this.database + "_absent?password=s3cret-in-url");
		Thread thread = DriverWarmup.start(this.pool);
		thread.join(TimeUnit.SECONDS.toMillis(30));
		assertThat(thread.isAlive()).isFalse();
		assertThat(this.pool.isRunning()).isFalse();
		assertThatExceptionOfType(Exception.class).isThrownBy(() -> this.pool.getConnection().close());
		assertThat(output).doesNotContain("migrate-driver-warmup").doesNotContain("Warming up");
	}

	@Test
	void onlyWhereTheApplicationConnectsBeforeItIsReady() {
		MigrateProperties properties = new MigrateProperties();
		assertThat(MigrateAutoConfiguration.MigratorConfiguration.connectsWhileStarting(properties)).isTrue();
		properties.setRunOnReady(false);
		assertThat(MigrateAutoConfiguration.MigratorConfiguration.connectsWhileStarting(properties))
			.as("still registers for rolling deploys").isTrue();
		properties.setContract(ContractMode.STARTUP);
		assertThat(MigrateAutoConfiguration.MigratorConfiguration.connectsWhileStarting(properties)).isFalse();
		properties.setRunOnReady(true);
		properties.setCommand("current");
		assertThat(MigrateAutoConfiguration.MigratorConfiguration.connectsWhileStarting(properties))
			.as("command mode connects at once").isFalse();
	}

	/** The server's count of the sessions it saw in the test's database, once it reports at least {@code least}. */
	private long awaitSessions(long least) throws Exception {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		// the count is reported when a session ends, and read from a snapshot: asked afresh each time
		while (sessions(this.database) < least && System.nanoTime() < deadline) {
			Thread.sleep(50);
		}
		// a moment more, in which a second session would show up too
		Thread.sleep(500);
		return sessions(this.database);
	}

	private static long sessions(String database) throws SQLException {
		try (Connection admin = DriverManager.getConnection(SERVER + "test", "postgres", "");
				Statement statement = admin.createStatement();
				ResultSet row = statement
					.executeQuery("SELECT sessions FROM pg_stat_database WHERE datname = '" + database + "'")) {
			return row.next() ? row.getLong(1) : 0;
		}
	}

	private static void admin(String sql) throws SQLException {
		try (Connection admin = DriverManager.getConnection(SERVER + "test", "postgres", "");
				Statement statement = admin.createStatement()) {
			statement.execute(sql);
		}
	}

}
