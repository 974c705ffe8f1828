package dev.migrate.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.availability.ApplicationAvailabilityAutoConfiguration;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.migrate.core.engine.MigrationStatus;
import dev.migrate.core.engine.Migrator;
import dev.migrate.spring.autoconfigure.endpoint.MigrateEndpoint;
import dev.migrate.spring.autoconfigure.testsupport.RecordingExit;
import tools.jackson.databind.json.JsonMapper;

/**
 * A bad password or a URL that carries one: the logs (ours, Spring Boot's, HikariCP's and the
 * drivers'), the failure analysis and the endpoint never show it. The local MariaDB refuses the
 * wrong password of a user made for this test; the local PostgreSQL trusts every password, so
 * there the connection fails on an unknown database.
 */
@ExtendWith(OutputCaptureExtension.class)
class MigrateSecretsTests {

	private static final String SECRET = "S3cr3tPW";

	private static final String USER = "migrate_secret_" + UUID.randomUUID().toString().substring(0, 8);

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ApplicationAvailabilityAutoConfiguration.class,
				DataSourceAutoConfiguration.class, MigrateAutoConfiguration.class))
		.withPropertyValues("spring.datasource.hikari.connection-timeout=2000")
		.withBean(RecordingExit.class);

	@BeforeAll
	static void createUserWithAnotherPassword() throws SQLException {
		mariaDb("CREATE USER '" + USER + "'@'%' IDENTIFIED BY 'Right-Pw-42'");
	}

	@AfterAll
	static void dropUser() throws SQLException {
		mariaDb("DROP USER '" + USER + "'@'%'");
	}

	private static void mariaDb(String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:3306/", "root", "");
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	@Test
	void aWrongPasswordIsInNoLogNoFailureAnalysisAndNoEndpointResponse(CapturedOutput output) {
		this.contextRunner
			.withPropertyValues("spring.datasource.url=jdbc:mariadb://127.0.0.1:3306/mysql",
					"spring.datasource.username=" + USER, "spring.datasource.password=" + SECRET)
			.run((context) -> {
				MigrateRunnerTests.startAsSpringBootDoes(context);
				assertThat(context.getBean(RecordingExit.class).statuses()).containsExactly(1);
				assertNoSecretAnywhere(context.getBean(MigrationTracker.class), context.getBean(Migrator.class),
						new MigrateFailureAnalyzer(context.getEnvironment()));
			});
		assertThat(output).contains("Access denied for user '" + USER + "'").doesNotContain(SECRET);
	}

	@ParameterizedTest
	@ValueSource(strings = { "spring.datasource.url=jdbc:mariadb://127.0.0.1:3306/mysql?user=USER&password=SECRET",
			"spring.datasource.url=jdbc:mysql://127.0.0.1:3306/mysql?password=SECRET&user=USER",
			"spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/no_such_database?user=postgres&password=SECRET",
			"migrate.datasource.url=jdbc:postgresql://127.0.0.1:5432/no_such_database?password=SECRET",
			"migrate.datasource.url=jdbc:mariadb://USER:SECRET@127.0.0.1:3306/mysql",
			"spring.datasource.url=jdbc:mariadb://USER:SECRET@127.0.0.1:3306/mysql" })
	void aPasswordInTheUrlIsInNoLogNoFailureAnalysisAndNoEndpointResponse(String property, CapturedOutput output) {
		this.contextRunner.withPropertyValues("spring.datasource.generate-unique-name=true",
				property.replace("USER", USER).replace("SECRET", SECRET), "migrate.datasource.username=" + USER)
			.run((context) -> {
				MigrateRunnerTests.startAsSpringBootDoes(context);
				assertThat(context.getBean(RecordingExit.class).statuses()).containsExactly(1);
				assertNoSecretAnywhere(context.getBean(MigrationTracker.class), context.getBean(Migrator.class),
						new MigrateFailureAnalyzer(context.getEnvironment()));
			});
		assertThat(output).contains("Upgrading the database to 'heads' failed").doesNotContain(SECRET);
	}

	@Test
	void anApplicationThatCannotStartReportsTheFailureWithoutThePassword(CapturedOutput output) {
		SpringApplication application = new SpringApplication(ReadsTheStateAtStartup.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		assertThatException()
			.isThrownBy(() -> application.run("--spring.datasource.url=jdbc:mariadb://" + USER + ":" + SECRET
					+ "@127.0.0.1:3306/mysql", "--migrate.run-on-ready=false"))
			.satisfies(ex -> assertThat(MigrateFailures.find(ex)).isNotNull());
		// the driver reads "user:password@host" as host and port, and quotes it
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("Incorrect port value : ****@127.0.0.1")
			.contains("Check that the database is reachable")
			.doesNotContain(SECRET);
	}

	private static void assertNoSecretAnywhere(MigrationTracker tracker, Migrator migrator,
			MigrateFailureAnalyzer analyzer) {
		MigrationTracker.Run last = tracker.last();
		assertThat(last.outcome()).isEqualTo(MigrationTracker.Outcome.FAILED);
		assertThat(last.error()).isNotBlank().doesNotContain(SECRET);
		FailureAnalysis analysis = analyzer.analyze(last.failure());
		assertThat(analysis.getDescription()).isNotBlank().doesNotContain(SECRET);
		assertThat(analysis.getAction()).doesNotContain(SECRET);
		String json = JsonMapper.builder().build()
			.writeValueAsString(new MigrateEndpoint(() -> migrator, tracker, "heads").migrate());
		assertThat(json).contains("FAILED").doesNotContain(SECRET);
		for (Throwable cause = last.failure(); cause != null; cause = cause.getCause()) {
			assertThat(String.valueOf(cause.getMessage())).doesNotContain(SECRET);
		}
	}

	/** An application bean that reads the migration state while the context starts. */
	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ DataSourceAutoConfiguration.class, MigrateAutoConfiguration.class })
	static class ReadsTheStateAtStartup {

		@Bean
		MigrationStatus stateAtStartup(Migrator migrator) {
			return migrator.status("heads");
		}

	}

}
