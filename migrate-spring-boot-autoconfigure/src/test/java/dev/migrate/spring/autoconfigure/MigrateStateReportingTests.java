package dev.migrate.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.availability.ApplicationAvailabilityAutoConfiguration;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import dev.migrate.core.engine.StatusView;
import dev.migrate.spring.autoconfigure.endpoint.MigrateEndpoint;
import dev.migrate.spring.autoconfigure.endpoint.MigrateEndpointAutoConfiguration;
import dev.migrate.spring.autoconfigure.health.MigrateHealthContributorAutoConfiguration;
import dev.migrate.spring.autoconfigure.health.MigrateHealthIndicator;
import dev.migrate.spring.autoconfigure.testsupport.Runners;
import dev.migrate.spring.autoconfigure.testsupport.RecordingExit;

/**
 * The endpoint and health report every state that an upgrade refuses as such, with the pending
 * revisions, from the same judgement the upgrade uses (H2, one named database per test).
 */
@ExtendWith(OutputCaptureExtension.class)
class MigrateStateReportingTests {

	private static final String[] REVISIONS = { "a1b2c3d4e5f6_create_bookmarks.sql", "b2c3d4e5f6a1_add_title.sql",
			"c3d4e5f6a1b2_seed.sql" };

	@TempDir
	Path dir;

	private final String url = "jdbc:h2:mem:state_" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1";

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ApplicationAvailabilityAutoConfiguration.class,
				DataSourceAutoConfiguration.class, MigrateAutoConfiguration.class,
				MigrateHealthContributorAutoConfiguration.class, MigrateEndpointAutoConfiguration.class))
		.withPropertyValues("spring.datasource.generate-unique-name=false", "spring.datasource.url=" + this.url,
				"management.endpoints.web.exposure.include=migrate")
		.withBean(RecordingExit.class);

	/** The sample revisions, copied to a folder so that one can be edited after it is applied. */
	private Path copyOfTheRevisions() throws IOException {
		Path copy = Files.createDirectories(this.dir.resolve("revisions"));
		for (String name : REVISIONS) {
			try (InputStream in = getClass().getResourceAsStream("/db/revisions/" + name)) {
				Files.write(copy.resolve(name), in.readAllBytes());
			}
		}
		return copy;
	}

	@Test
	void anEditedAppliedRevisionIsFailedOnTheEndpointAndDownInHealthWithThePendingListed() throws IOException {
		Path revisions = copyOfTheRevisions();
		this.contextRunner.withPropertyValues("migrate.locations=filesystem:" + revisions, "migrate.target=b2c3d4e5f6a1")
			.run(MigrateStateReportingTests::ready);
		Path first = revisions.resolve(REVISIONS[0]);
		Files.writeString(first, Files.readString(first, StandardCharsets.UTF_8).replace("varchar(200)", "varchar(300)"));
		this.contextRunner.withPropertyValues("migrate.locations=filesystem:" + revisions, "migrate.run-on-ready=false")
			.run((context) -> {
				StatusView view = context.getBean(MigrateEndpoint.class).migrate();
				assertThat(view.state()).isEqualTo("FAILED");
				assertThat(view.reason()).isEqualTo("checksum-mismatch");
				assertThat(view.pendingCount()).isEqualTo(1);
				assertThat(view.pending()).extracting(StatusView.PendingRevision::revision).containsExactly("c3d4e5f6a1b2");
				assertThat(view.detail()).contains("a1b2c3d4e5f6").contains("--accept-checksum");
				Health health = health(context);
				assertThat(health.getStatus()).isEqualTo(Status.DOWN);
				assertThat(health.getDetails()).containsEntry("state", "FAILED")
					.containsEntry("reason", "checksum-mismatch")
					.containsEntry("pendingCount", 1);
			});
	}

	@Test
	void locationsWithoutRevisionsAreDownAndNamedAndTheRunnerStops(CapturedOutput output) throws IOException {
		this.contextRunner.run(MigrateStateReportingTests::ready);
		Path empty = Files.createDirectories(this.dir.resolve("empty"));
		this.contextRunner.withPropertyValues("migrate.locations=filesystem:" + empty).run((context) -> {
			ready(context);
			assertThat(context.getBean(RecordingExit.class).statuses()).containsExactly(2);
			assertThat(output).contains("No revision found in filesystem:" + empty);
			StatusView view = context.getBean(MigrateEndpoint.class).migrate();
			assertThat(view.state()).isEqualTo("FAILED");
			assertThat(view.detail()).contains("filesystem:" + empty);
			assertThat(health(context).getStatus()).isEqualTo(Status.DOWN);
		});
		this.contextRunner.withPropertyValues("migrate.locations=classpath:db/typo", "migrate.run-on-ready=false")
			.run((context) -> {
				StatusView view = context.getBean(MigrateEndpoint.class).migrate();
				assertThat(view.state()).isEqualTo("FAILED");
				assertThat(view.reason()).isEqualTo("no-revisions");
				assertThat(view.detail()).contains("classpath:db/typo");
				Health health = health(context);
				assertThat(health.getStatus()).isEqualTo(Status.DOWN);
				assertThat(health.getDetails()).containsEntry("reason", "no-revisions");
			});
	}

	private static Health health(AssertableApplicationContext context) {
		return context.getBean(MigrateHealthIndicator.class).health();
	}

	private static void ready(AssertableApplicationContext context) {
		Runners.run(context);
	}

}
