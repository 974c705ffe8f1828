package dev.migrate.it.clinic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;

/**
 * {@code ddl-auto=validate} still validates with {@code run-at=ready}: after the upgrade instead of
 * before it, so revisions that do not build what the entities map stop the application.
 */
class ClinicSchemaValidationTests {

	@Test
	void aSchemaThatLacksAnEntitysTableStopsTheApplicationAfterTheUpgrade() {
		SpringApplication application = new SpringApplication(ClinicApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		application.setRegisterShutdownHook(false);
		assertThatException()
			.isThrownBy(() -> application.run("--spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID(),
					"--migrate.run-at=ready", "--migrate.locations=classpath:db/clinic/incomplete"))
			.satisfies((ex) -> assertThat(ex).rootCause().hasMessageContaining("heartbeats"))
			.withMessageContaining("Schema validation after the upgrade");
	}

}
