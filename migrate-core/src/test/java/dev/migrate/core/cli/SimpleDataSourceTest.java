package dev.migrate.core.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

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

}
