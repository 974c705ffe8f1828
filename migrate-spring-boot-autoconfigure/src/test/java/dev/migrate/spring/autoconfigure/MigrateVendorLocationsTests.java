package dev.migrate.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import dev.migrate.core.graph.RevisionGraph;
import dev.migrate.spring.autoconfigure.testsupport.MariaDbDatabase;
import dev.migrate.spring.autoconfigure.testsupport.PostgresSchema;

/**
 * {@code {vendor}} in {@code migrate.locations}, and vendor-named folders under a location, on
 * the three databases: each reads its own set, from the product name its connection reports.
 */
class MigrateVendorLocationsTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, MigrateAutoConfiguration.class));

	@Test
	void h2ReadsItsOwnSet() {
		assertReadsTheSetOf("h2", "jdbc:h2:mem:" + UUID.randomUUID(), "sa");
	}

	@Test
	void postgresqlReadsItsOwnSet() {
		try (PostgresSchema schema = new PostgresSchema()) {
			assertReadsTheSetOf("postgresql", schema.url(), PostgresSchema.USER);
		}
	}

	@Test
	void mariaDbReadsItsOwnSet() {
		try (MariaDbDatabase database = new MariaDbDatabase()) {
			assertReadsTheSetOf("mariadb", database.url(), MariaDbDatabase.USER);
		}
	}

	@Test
	void locationsWithoutVendorFoldersNeverConnect() {
		this.contextRunner
			.withPropertyValues("spring.datasource.url=jdbc:postgresql://127.0.0.1:1/none",
					"spring.datasource.hikari.initialization-fail-timeout=-1", "migrate.locations=classpath:db/revisions")
			.run((context) -> assertThat(context.getBean(RevisionGraph.class).heads()).containsExactly("c3d4e5f6a1b2"));
	}

	@Test
	void anUnreachableDatabaseForVendorIsReportedWithTheProperty() {
		this.contextRunner
			.withPropertyValues("spring.datasource.url=jdbc:postgresql://127.0.0.1:1/none",
					"spring.datasource.hikari.initialization-fail-timeout=-1",
					"spring.datasource.hikari.connection-timeout=1000",
					"migrate.locations=classpath:db/vendor-sets/{vendor}")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.isNotNull()
				.satisfies((failure) -> assertThat(MigrateFailures.find(context.getStartupFailure()).getMessage())
					.contains("to find its vendor for {vendor} in migrate.locations")));
	}

	private void assertReadsTheSetOf(String vendor, String url, String user) {
		this.contextRunner
			.withPropertyValues("spring.datasource.url=" + url, "spring.datasource.username=" + user,
					"migrate.locations=classpath:db/vendor-sets/{vendor}")
			.run((context) -> assertThat(context.getBean(RevisionGraph.class).heads()).containsExactly(vendor + "01"));
		this.contextRunner
			.withPropertyValues("spring.datasource.url=" + url, "spring.datasource.username=" + user,
					"migrate.locations=classpath:db/owners")
			.run((context) -> {
				RevisionGraph graph = context.getBean(RevisionGraph.class);
				assertThat(graph.size()).isEqualTo(2);
				assertThat(graph.revision(graph.indexOf("0e0000000002")).message()).isEqualTo("seed owners on " + vendor);
			});
	}

}
