package dev.migrate.core.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import dev.migrate.core.Secrets;

/** The command line's connections: the bundled driver straight from the URL's prefix, else DriverManager. */
class SimpleDataSourceTest {

	@Test
	void picksTheBundledDriverFromTheUrlPrefix() {
		assertThat(SimpleDataSource.bundledDriver("jdbc:postgresql://127.0.0.1:5432/x"))
			.isInstanceOf(org.postgresql.Driver.class);
		assertThat(SimpleDataSource.bundledDriver("jdbc:mariadb://127.0.0.1:3306/x"))
			.isInstanceOf(org.mariadb.jdbc.Driver.class);
		assertThat(SimpleDataSource.bundledDriver("jdbc:h2:mem:x")).isInstanceOf(org.h2.Driver.class);
	}

	@Test
	void leavesMysqlAndUnknownUrlsToDriverManager() {
		assertThat(SimpleDataSource.bundledDriver("jdbc:mysql://127.0.0.1:3306/x")).isNull();
		assertThat(SimpleDataSource.bundledDriver("jdbc:oracle:thin:@host:1521/x")).isNull();
		assertThat(SimpleDataSource.bundledDriver(null)).isNull();
	}

	@Test
	void connectsThroughTheBundledDriver() throws SQLException {
		try (Connection connection = new SimpleDataSource("jdbc:h2:mem:simple_data_source_test", "sa", "").getConnection()) {
			assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("H2");
		}
	}

	@Test
	void aUrlNoDriverAcceptsIsStillReportedWithTheUrlRedacted() {
		String url = "jdbc:nosuch://host/db?password=secret";
		// guarded as the command line guards it
		DataSource dataSource = Secrets.of(List.of(), List.of(url)).guard(new SimpleDataSource(url, "u", null));
		assertThatExceptionOfType(SQLException.class).isThrownBy(dataSource::getConnection)
			.withMessageContaining("Cannot connect to jdbc:nosuch://host/db?password=****")
			.withMessageContaining("No suitable driver")
			.withMessageNotContaining("secret");
	}


	@Test
	void theConnectionOpenedAheadIsTheFirstOneHandedOutAndLaterOnesAreNew() throws SQLException {
		String name = "ahead_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		SimpleDataSource dataSource = new SimpleDataSource(POSTGRES + "?ApplicationName=" + name, "postgres", "")
			.connectAhead();
		try (Connection first = dataSource.getConnection(); Connection second = dataSource.getConnection()) {
			assertThat(first).isNotSameAs(second);
			assertThat(first.isValid(5)).isTrue();
			assertThat(second.isValid(5)).isTrue();
			assertThat(connectionsNamed(name)).isEqualTo(2);
		}
		awaitConnectionsNamed(name, 0);
	}

	@Test
	void aConnectionOpenedAheadThatNoOneTookIsClosed() throws SQLException {
		// H2, whose connections stay open until closed (PostgreSQL's driver closes a lost one once it is collected)
		String url = "jdbc:h2:mem:ahead_" + UUID.randomUUID().toString().replace("-", "");
		try (Connection probe = DriverManager.getConnection(url, "sa", "")) {
			SimpleDataSource dataSource = new SimpleDataSource(url, "sa", "").connectAhead();
			awaitSessions(probe, 2);
			dataSource.discardAhead();
			awaitSessions(probe, 1);
		}
	}

	private static void awaitSessions(Connection probe, int expected) throws SQLException {
		awaitCount("sessions", () -> sessions(probe), expected);
	}

	/** Polls {@code count} until it is {@code expected}, for at most 20 seconds, then asserts it. */
	private static void awaitCount(String what, Count count, int expected) throws SQLException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
		int current = count.get();
		while (current != expected && Instant.now().isBefore(deadline)) {
			pause();
			current = count.get();
		}
		assertThat(current).as(what).isEqualTo(expected);
	}

	private interface Count {

		int get() throws SQLException;

	}

	private static int sessions(Connection probe) throws SQLException {
		try (ResultSet rows = probe.createStatement().executeQuery("SELECT count(*) FROM INFORMATION_SCHEMA.SESSIONS")) {
			rows.next();
			return rows.getInt(1);
		}
	}

	private static void pause() {
		try {
			Thread.sleep(50);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError(ex);
		}
	}

	@Test
	void aConnectionThatCannotBeOpenedAheadFailsAsItWouldHaveFailedWithout() {
		String url = "jdbc:postgresql://127.0.0.1:1/db?password=secret";
		DataSource ahead = Secrets.of(List.of(), List.of(url))
			.guard(new SimpleDataSource(url, "u", null).connectAhead());
		DataSource direct = Secrets.of(List.of(), List.of(url)).guard(new SimpleDataSource(url, "u", null));
		String expected = catchSql(direct).getMessage();
		SQLException failure = catchSql(ahead);
		assertThat(failure.getMessage()).isEqualTo(expected)
			.startsWith("Cannot connect to jdbc:postgresql://127.0.0.1:1/db?password=****")
			.doesNotContain("secret");
		assertThat(catchSql(ahead).getMessage()).as("the next attempt connects anew").isEqualTo(expected);
	}

	private static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/test";

	private static SQLException catchSql(DataSource dataSource) {
		try (Connection unexpected = dataSource.getConnection()) {
			throw new AssertionError("connected to a port nothing listens on: " + unexpected);
		}
		catch (SQLException ex) {
			return ex;
		}
	}

	private static void awaitConnectionsNamed(String name, int expected) throws SQLException {
		awaitCount("connections named " + name, () -> connectionsNamed(name), expected);
	}

	private static int connectionsNamed(String name) throws SQLException {
		try (Connection admin = DriverManager.getConnection(POSTGRES, "postgres", "");
				PreparedStatement query = admin
					.prepareStatement("SELECT count(*) FROM pg_stat_activity WHERE application_name = ?")) {
			query.setString(1, name);
			try (ResultSet rows = query.executeQuery()) {
				rows.next();
				return rows.getInt(1);
			}
		}
	}

}
