package dev.migrate.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Runs the sample against a throw-away PostgreSQL container, for developers with Docker:
 * {@code ./mvnw -pl sample-app spring-boot:test-run}. {@code @ServiceConnection} points the
 * DataSource (and so migrate) at the container; no URL to configure.
 */
public class TestSampleApplication {

	public static void main(String[] args) {
		SpringApplication.from(SampleApplication::main)
			.with(PostgresContainer.class)
			.withAdditionalProfiles("postgres")
			.run(args);
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class PostgresContainer {

		@Bean
		@ServiceConnection
		PostgreSQLContainer postgres() {
			return new PostgreSQLContainer("postgres:17-alpine");
		}

	}

}
