package dev.migrate.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.availability.ApplicationAvailabilityAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import dev.migrate.core.engine.Migrator;
import dev.migrate.spring.autoconfigure.testsupport.MariaDbDatabase;
import dev.migrate.spring.autoconfigure.testsupport.RecordingExit;
import dev.migrate.spring.autoconfigure.testsupport.Tables;

/** A Spring Boot app with MySQL Connector/J and a jdbc:mysql: URL, against the local MariaDB. */
class MySqlConnectorTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ApplicationAvailabilityAutoConfiguration.class,
				DataSourceAutoConfiguration.class, MigrateAutoConfiguration.class))
		.withBean(RecordingExit.class);

	@Test
	void upgradesThroughMysqlConnectorJ() {
		try (MariaDbDatabase database = new MariaDbDatabase()) {
			this.contextRunner
				.withPropertyValues("spring.datasource.url=" + database.url().replace("jdbc:mariadb:", "jdbc:mysql:"),
						"spring.datasource.username=" + MariaDbDatabase.USER)
				.run((context) -> {
					DataSource dataSource = context.getBean(DataSource.class);
					try (var connection = dataSource.getConnection()) {
						assertThat(connection.getMetaData().getDriverName()).contains("MySQL Connector/J");
					}
					MigrateRunnerTests.startAsSpringBootDoes(context);
					assertThat(context.getBean(RecordingExit.class).statuses()).isEmpty();
					assertThat(Tables.exists(dataSource, "bookmarks")).isTrue();
					assertThat(context.getBean(Migrator.class).current()).containsExactly("c3d4e5f6a1b2");
				});
		}
	}

}
