package dev.migrate.spring.autoconfigure.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.availability.ApplicationAvailabilityAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import dev.migrate.core.engine.StatusView;
import dev.migrate.spring.autoconfigure.MigrateAutoConfiguration;
import dev.migrate.spring.autoconfigure.testsupport.BlockingRevision;
import dev.migrate.spring.autoconfigure.testsupport.PostgresSchema;
import dev.migrate.spring.autoconfigure.testsupport.RecordingExit;
import dev.migrate.spring.autoconfigure.testsupport.Runners;

class MigrateEndpointAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ApplicationAvailabilityAutoConfiguration.class,
				DataSourceAutoConfiguration.class, MigrateAutoConfiguration.class,
				MigrateEndpointAutoConfiguration.class))
		.withPropertyValues("spring.datasource.generate-unique-name=true")
		.withBean(RecordingExit.class);

	@Test
	void backsOffWhenTheEndpointIsNotExposed() {
		this.contextRunner.run((context) -> assertThat(context).doesNotHaveBean(MigrateEndpoint.class)
			.doesNotHaveBean(MigrateUpgradeEndpoint.class));
	}

	@Test
	void backsOffWhenMigrateIsDisabled() {
		this.contextRunner.withPropertyValues("management.endpoints.web.exposure.include=*", "migrate.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(MigrateEndpoint.class));
	}

	@Test
	void exposesOnlyTheReadOnlyEndpointByDefault() {
		this.contextRunner.withPropertyValues("management.endpoints.web.exposure.include=*")
			.run((context) -> assertThat(context).hasSingleBean(MigrateEndpoint.class)
				.doesNotHaveBean(MigrateUpgradeEndpoint.class));
	}

	@Test
	void upgradeEndpointNeedsAccessGrantedExplicitly() {
		this.contextRunner
			.withPropertyValues("management.endpoints.web.exposure.include=migrate,migrateupgrade",
					"management.endpoint.migrateupgrade.access=UNRESTRICTED", "migrate.run-on-ready=false",
					"migrate.upgrade-endpoint.enabled=true")
			.run((context) -> {
				assertThat(context).hasSingleBean(MigrateUpgradeEndpoint.class);
				StatusView after = context.getBean(MigrateUpgradeEndpoint.class).upgrade();
				assertThat(after.state()).isEqualTo("UP_TO_DATE");
				assertThat(after.current()).containsExactly("c3d4e5f6a1b2");
				assertThat(after.lastRun().applied()).isEqualTo(3);
				assertThat(after.lastRun().outcome()).isEqualTo("SUCCESS");
			});
	}

	@Test
	void upgradeEndpointIsNotCreatedWithoutMigratesOptInWhateverTheManagementSettings() {
		this.contextRunner
			.withPropertyValues("management.endpoints.web.exposure.include=*",
					"management.endpoints.access.default=UNRESTRICTED",
					"management.endpoint.migrateupgrade.access=UNRESTRICTED")
			.run((context) -> assertThat(context).hasSingleBean(MigrateEndpoint.class)
				.doesNotHaveBean(MigrateUpgradeEndpoint.class));
	}

	@Test
	void upgradeEndpointIsNotCreatedWhenOnlyExposed() {
		this.contextRunner.withPropertyValues("management.endpoints.web.exposure.include=migrate,migrateupgrade")
			.run((context) -> assertThat(context).doesNotHaveBean(MigrateUpgradeEndpoint.class));
	}

	@Test
	void reportsPendingRevisionsBeforeTheFirstRun() {
		this.contextRunner
			.withPropertyValues("management.endpoints.web.exposure.include=migrate", "migrate.run-on-ready=false")
			.run((context) -> {
				StatusView descriptor = context.getBean(MigrateEndpoint.class).migrate();
				assertThat(descriptor.state()).isEqualTo("PENDING");
				assertThat(descriptor.current()).isEmpty();
				assertThat(descriptor.heads()).containsExactly("c3d4e5f6a1b2");
				assertThat(descriptor.pendingCount()).isEqualTo(3);
				assertThat(descriptor.pending()).containsExactly(
						new StatusView.PendingRevision("a1b2c3d4e5f6", "create bookmarks", "expand"),
						new StatusView.PendingRevision("b2c3d4e5f6a1", "add title to bookmarks", "expand"),
						new StatusView.PendingRevision("c3d4e5f6a1b2", "seed a bookmark", null));
				assertThat(descriptor.lastRun()).isNull();
			});
	}

	@Test
	void serializesToTheDocumentedJson() {
		this.contextRunner.withPropertyValues("management.endpoints.web.exposure.include=migrate").run((context) -> {
			ready(context);
			JsonNode json = JsonMapper.builder().build().valueToTree(context.getBean(MigrateEndpoint.class).migrate());
			assertThat(names(json)).containsExactly("state", "current", "heads", "pendingCount", "pending", "lastRun",
					"target", "detail", "reason", "unknown", "contract");
			assertThat(json.get("state").asString()).isEqualTo("UP_TO_DATE");
			assertThat(json.get("current").get(0).asString()).isEqualTo("c3d4e5f6a1b2");
			assertThat(json.get("pendingCount").asInt()).isZero();
			assertThat(names(json.get("lastRun"))).containsExactly("startedAt", "finishedAt", "applied", "outcome",
					"error");
			assertThat(json.get("lastRun").get("outcome").asString()).isEqualTo("SUCCESS");
			assertThat(json.get("lastRun").get("applied").asInt()).isEqualTo(3);
			assertThat(json.get("lastRun").get("startedAt").asString()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
		});
	}

	@Test
	void saysRunningWhileARevisionRuns() {
		this.contextRunner.withPropertyValues("management.endpoints.web.exposure.include=migrate")
			.withBean(BlockingRevision.class)
			.run((context) -> {
				BlockingRevision revision = context.getBean(BlockingRevision.class);
				Thread ready = new Thread(() -> ready(context), "ready");
				ready.start();
				revision.awaitStarted();
				StatusView running = context.getBean(MigrateEndpoint.class).migrate();
				assertThat(running.state()).isEqualTo("RUNNING");
				assertThat(running.detail()).contains("Upgrade to 'heads' running since")
					.contains("3 revision(s) applied so far");
				revision.release();
				ready.join(Duration.ofSeconds(30).toMillis());
				StatusView done = context.getBean(MigrateEndpoint.class).migrate();
				assertThat(done.state()).isEqualTo("UP_TO_DATE");
				assertThat(done.lastRun().applied()).isEqualTo(4);
			});
	}

	@Test
	void listsTheRunningRevisionAsPendingOnPostgres() {
		try (PostgresSchema schema = new PostgresSchema()) {
			this.contextRunner
				.withPropertyValues("management.endpoints.web.exposure.include=migrate",
						"spring.datasource.url=" + schema.url(), "spring.datasource.username=" + PostgresSchema.USER)
				.withBean(BlockingRevision.class)
				.run((context) -> {
					BlockingRevision revision = context.getBean(BlockingRevision.class);
					Thread ready = new Thread(() -> ready(context), "ready");
					ready.start();
					revision.awaitStarted();
					StatusView running = context.getBean(MigrateEndpoint.class).migrate();
					assertThat(running.state()).isEqualTo("RUNNING");
					assertThat(running.pending()).extracting(StatusView.PendingRevision::revision)
						.containsExactly(BlockingRevision.ID);
					revision.release();
					ready.join(Duration.ofSeconds(30).toMillis());
					assertThat(context.getBean(MigrateEndpoint.class).migrate().state()).isEqualTo("UP_TO_DATE");
				});
		}
	}

	@Test
	void saysFailedWithTheErrorAfterAFailedRun() {
		this.contextRunner
			.withPropertyValues("management.endpoints.web.exposure.include=migrate", "migrate.fail-on-error=false",
					"migrate.locations=classpath:db/failing")
			.run((context) -> {
				ready(context);
				StatusView descriptor = context.getBean(MigrateEndpoint.class).migrate();
				assertThat(descriptor.state()).isEqualTo("FAILED");
				assertThat(descriptor.detail()).contains("f2b2f2b2f2b2").contains("NO_SUCH_TABLE");
				assertThat(descriptor.lastRun().outcome()).isEqualTo("FAILED");
				assertThat(descriptor.lastRun().error()).isEqualTo(descriptor.detail());
				assertThat(descriptor.current()).containsExactly("f1a1f1a1f1a1");
			});
	}

	private static List<String> names(JsonNode node) {
		List<String> names = new ArrayList<>();
		node.propertyNames().forEach(names::add);
		return names;
	}

	private static void ready(AssertableApplicationContext context) {
		Runners.run(context);
	}

}
