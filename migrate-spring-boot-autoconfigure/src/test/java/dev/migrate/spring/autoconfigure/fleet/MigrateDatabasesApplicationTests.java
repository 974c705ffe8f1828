package dev.migrate.spring.autoconfigure.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import dev.migrate.spring.autoconfigure.testsupport.MariaDbDatabase;
import dev.migrate.spring.autoconfigure.testsupport.PostgresSchema;
import dev.migrate.spring.autoconfigure.testsupport.RecordingExit;

/**
 * An application on H2 with further databases: one on PostgreSQL and one on MariaDB from
 * {@code migrate.datasources.*}, one the application builds as a {@link MigrateDatabase} bean,
 * and one whose revisions fail. Each has its own graph and history; the failed one stops none of
 * the others; the endpoint shows each in full and health is {@code DOWN} naming it.
 */
class MigrateDatabasesApplicationTests {

	private final HttpClient http = HttpClient.newHttpClient();

	private final JsonMapper json = JsonMapper.builder().build();

	private final PostgresSchema postgres = new PostgresSchema();

	private final MariaDbDatabase mariadb = new MariaDbDatabase();

	private ConfigurableApplicationContext context;

	@AfterEach
	void close() {
		if (this.context != null) {
			this.context.close();
		}
		this.postgres.close();
		this.mariadb.close();
	}

	@Test
	void everyDatabaseIsMigratedWithItsOwnGraphAndAFailedOneStopsNoOther() throws Exception {
		SpringApplication application = new SpringApplication(DatabasesApplication.class);
		application.setRegisterShutdownHook(false);
		this.context = application.run("--server.port=0", "--management.endpoints.web.exposure.include=health,migrate",
				"--management.endpoint.health.show-details=always",
				"--spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
				"--migrate.datasources.billing.url=" + this.postgres.url(),
				"--migrate.datasources.billing.username=" + PostgresSchema.USER,
				"--migrate.datasources.billing.locations=classpath:db/owners",
				"--migrate.datasources.audit.url=" + this.mariadb.url(),
				"--migrate.datasources.audit.username=" + MariaDbDatabase.USER,
				"--migrate.datasources.audit.locations=classpath:db/owners",
				"--migrate.datasources.broken.url=jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
				"--migrate.datasources.broken.locations=classpath:db/failing",
				"--migrate.datasources.reports.locations=classpath:db/owners");

		JsonNode migrate = this.json.readTree(get("/actuator/migrate").body());
		assertThat(migrate.get("state").asString()).as("the main database").isEqualTo("UP_TO_DATE");
		assertThat(migrate.get("current").get(0).asString()).isEqualTo("c3d4e5f6a1b2");
		JsonNode databases = migrate.get("datasources");
		assertThat(databases.size()).isEqualTo(4);
		for (String name : new String[] { "billing", "audit", "reports" }) {
			JsonNode database = databases.get(name);
			assertThat(database.get("state").asString()).as(name).isEqualTo("UP_TO_DATE");
			assertThat(database.get("current").get(0).asString()).as("its own graph").isEqualTo("0e0000000002");
			assertThat(database.get("lastRun").get("applied").asInt()).isEqualTo(2);
			assertThat(database.has("pending")).isTrue();
		}
		assertThat(databases.get("broken").get("state").asString()).isEqualTo("FAILED");
		assertThat(databases.get("broken").get("lastRun").get("outcome").asString()).isEqualTo("FAILED");

		JsonNode one = this.json.readTree(get("/actuator/migrate/billing").body());
		assertThat(one.get("state").asString()).isEqualTo("UP_TO_DATE");
		assertThat(one.get("heads").get(0).asString()).isEqualTo("0e0000000002");
		assertThat(get("/actuator/migrate/nothing_here").statusCode()).isEqualTo(404);

		JsonNode health = this.json.readTree(get("/actuator/health").body());
		assertThat(health.at("/components/migrate/status").asString()).isEqualTo("DOWN");
		assertThat(health.at("/components/migrate/details/failedDatasources").get(0).asString()).isEqualTo("broken");

		DataSource reports = this.context.getBean("reportsDataSource", DataSource.class);
		assertThat(new JdbcTemplate(reports).queryForObject("SELECT count(*) FROM owners", Integer.class))
			.as("the bean's database has its seed").isPositive();
		assertThat(new JdbcTemplate(new DriverManagerDataSource(this.postgres.url(), PostgresSchema.USER, ""))
			.queryForObject("SELECT count(*) FROM migrate_history", Integer.class)).isEqualTo(2);
	}

	private HttpResponse<String> get(String path) throws Exception {
		int port = ((WebServerApplicationContext) this.context).getWebServer().getPort();
		return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.timeout(Duration.ofSeconds(30))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	@SpringBootConfiguration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class DatabasesApplication {

		@Bean
		RecordingExit recordingExit() {
			return new RecordingExit();
		}

		@Bean(defaultCandidate = false)
		@MigrateDatabase("reports")
		DataSource reportsDataSource() {
			return new DriverManagerDataSource("jdbc:h2:mem:reports_" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
		}

	}

}
