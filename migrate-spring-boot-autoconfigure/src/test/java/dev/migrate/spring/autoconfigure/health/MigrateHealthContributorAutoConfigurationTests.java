package dev.migrate.spring.autoconfigure.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.availability.ApplicationAvailabilityAutoConfiguration;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import dev.migrate.core.engine.MigrateSettings;
import dev.migrate.core.engine.Migrator;
import dev.migrate.core.engine.State;
import dev.migrate.core.graph.RevisionGraph;
import dev.migrate.core.revision.Revision;
import dev.migrate.core.revision.RevisionLoader;
import dev.migrate.spring.autoconfigure.MigrateAutoConfiguration;
import dev.migrate.spring.autoconfigure.MigrateStartupCheck;
import dev.migrate.spring.autoconfigure.testsupport.BlockingRevision;
import dev.migrate.spring.autoconfigure.testsupport.PostgresSchema;
import dev.migrate.spring.autoconfigure.testsupport.RecordingExit;
import dev.migrate.spring.autoconfigure.testsupport.Runners;

class MigrateHealthContributorAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ApplicationAvailabilityAutoConfiguration.class,
				DataSourceAutoConfiguration.class, MigrateAutoConfiguration.class,
				MigrateHealthContributorAutoConfiguration.class))
		.withPropertyValues("spring.datasource.generate-unique-name=true")
		.withBean(RecordingExit.class);

	@Test
	void registersTheMigrateContributor() {
		this.contextRunner.run((context) -> assertThat(context).hasSingleBean(MigrateHealthIndicator.class)
			.hasBean("migrateHealthIndicator"));
	}

	@Test
	void backsOffWhenTheHealthIndicatorIsDisabled() {
		this.contextRunner.withPropertyValues("management.health.migrate.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(MigrateHealthIndicator.class));
	}

	@Test
	void backsOffWhenMigrateIsDisabled() {
		this.contextRunner.withPropertyValues("migrate.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(MigrateHealthIndicator.class));
	}

	@Test
	void upWhenUpToDate() {
		this.contextRunner.run((context) -> {
			ready(context);
			Health health = health(context);
			assertThat(health.getStatus()).isEqualTo(Status.UP);
			assertThat(health.getDetails()).containsEntry("state", "UP_TO_DATE")
				.containsEntry("current", List.of("c3d4e5f6a1b2"))
				.containsEntry("pendingCount", 0);
		});
	}

	@Test
	void outOfServiceWhilePending() {
		this.contextRunner.withPropertyValues("migrate.run-on-ready=false").run((context) -> {
			Health health = health(context);
			assertThat(health.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
			assertThat(health.getDetails()).containsEntry("state", "PENDING")
				.containsEntry("current", List.of())
				.containsEntry("pendingCount", 3);
		});
	}

	@Test
	void outOfServiceWhileAnUpgradeRuns() {
		this.contextRunner.withBean(BlockingRevision.class).run((context) -> {
			BlockingRevision revision = context.getBean(BlockingRevision.class);
			Thread ready = new Thread(() -> ready(context), "ready");
			ready.start();
			revision.awaitStarted();
			Health health = health(context);
			assertThat(health.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
			assertThat(health.getDetails()).containsEntry("state", "RUNNING");
			revision.release();
			ready.join(Duration.ofSeconds(30).toMillis());
			assertThat(health(context).getStatus()).isEqualTo(Status.UP);
		});
	}

	@Test
	void downAfterAFailedRun() {
		this.contextRunner.withPropertyValues("migrate.locations=classpath:db/failing", "migrate.fail-on-error=false")
			.run((context) -> {
				ready(context);
				Health health = health(context);
				assertThat(health.getStatus()).isEqualTo(Status.DOWN);
				assertThat(health.getDetails()).containsEntry("state", "FAILED").containsKey("detail");
			});
	}

	@Test
	void downWithLockTimeoutWhenAnotherRunHoldsTheLock() {
		this.contextRunner
			.withPropertyValues("spring.datasource.generate-unique-name=false",
					"spring.datasource.url=jdbc:h2:mem:health_lock;DB_CLOSE_DELAY=-1", "migrate.lock.timeout=0s",
					"migrate.fail-on-error=false")
			.run((context) -> {
				// this instance found its revisions pending while it started; only then did the other begin
				assertThat(context.getBean(MigrateStartupCheck.class).await()).isEmpty();
				BlockingRevision revision = new BlockingRevision();
				Migrator other = otherInstance(context, revision);
				Thread holder = new Thread(() -> other.upgrade("heads"), "other instance");
				holder.start();
				revision.awaitStarted();
				ready(context);
				Health health = health(context);
				assertThat(health.getStatus()).isEqualTo(Status.DOWN);
				assertThat(health.getDetails()).containsEntry("state", "FAILED").containsEntry("lockTimeout", true);
				assertThat((String) health.getDetails().get("detail")).contains("migrate.lock.timeout");
				revision.release();
				holder.join(Duration.ofSeconds(30).toMillis());
			});
	}

	@Test
	void upWhenTheDatabaseIsAheadDuringARollingDeploy() {
		this.contextRunner
			.withPropertyValues("spring.datasource.generate-unique-name=false",
					"spring.datasource.url=jdbc:h2:mem:health_ahead;DB_CLOSE_DELAY=-1", "migrate.run-on-ready=false")
			.run((context) -> {
				BlockingRevision newer = new BlockingRevision();
				newer.release();
				otherInstance(context, newer).upgrade("heads");
				Health health = health(context);
				assertThat(health.getStatus()).isEqualTo(Status.UP);
				assertThat(health.getDetails()).containsEntry("state", "AHEAD")
					.containsEntry("current", List.of(BlockingRevision.ID));
			});
	}

	@Test
	void downOnALegacySchema() {
		try (PostgresSchema schema = new PostgresSchema()) {
			schema.execute("CREATE TABLE customers (id int primary key)");
			this.contextRunner
				.withPropertyValues("spring.datasource.url=" + schema.url(),
						"spring.datasource.username=" + PostgresSchema.USER, "migrate.run-on-ready=false")
				.run((context) -> {
					Health health = health(context);
					assertThat(health.getStatus()).isEqualTo(Status.DOWN);
					assertThat(health.getDetails()).containsEntry("state", "LEGACY");
					assertThat((String) health.getDetails().get("detail")).contains("migrate.baseline.revision");
				});
		}
	}

	@Test
	void downWhenTheStateCannotBeRead() {
		this.contextRunner.withPropertyValues("migrate.run-on-ready=false").run((context) -> {
			((HikariDataSource) context.getBean(DataSource.class)).close();
			assertThat(health(context).getStatus()).isEqualTo(Status.DOWN);
		});
	}

	@Test
	void mapsEveryState() {
		assertThat(MigrateHealthIndicator.status(State.UP_TO_DATE)).isEqualTo(Status.UP);
		assertThat(MigrateHealthIndicator.status(State.AHEAD)).isEqualTo(Status.UP);
		assertThat(MigrateHealthIndicator.status(State.PENDING)).isEqualTo(Status.OUT_OF_SERVICE);
		assertThat(MigrateHealthIndicator.status(State.RUNNING)).isEqualTo(Status.OUT_OF_SERVICE);
		assertThat(MigrateHealthIndicator.status(State.FAILED)).isEqualTo(Status.DOWN);
		assertThat(MigrateHealthIndicator.status(State.LEGACY)).isEqualTo(Status.DOWN);
	}

	/** Another instance of the application, one version newer: it also has {@code revision}. */
	private static Migrator otherInstance(AssertableApplicationContext context, BlockingRevision revision) {
		RevisionGraph graph = context.getBean(RevisionGraph.class);
		List<Revision> revisions = new ArrayList<>(graph.revisions());
		revisions.add(RevisionLoader.fromJava(revision));
		return new Migrator(context.getBean(DataSource.class), RevisionGraph.of(revisions),
				context.getBean(MigrateSettings.class));
	}

	private static Health health(AssertableApplicationContext context) {
		return context.getBean(MigrateHealthIndicator.class).health();
	}

	private static void ready(AssertableApplicationContext context) {
		Runners.run(context);
	}

}
