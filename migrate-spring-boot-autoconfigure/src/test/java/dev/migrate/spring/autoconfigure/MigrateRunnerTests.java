package dev.migrate.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.availability.ApplicationAvailabilityAutoConfiguration;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

import dev.migrate.core.engine.Migrator;
import dev.migrate.core.engine.State;
import dev.migrate.spring.autoconfigure.testsupport.BlockingRevision;
import dev.migrate.spring.autoconfigure.testsupport.MariaDbDatabase;
import dev.migrate.spring.autoconfigure.testsupport.PostgresSchema;
import dev.migrate.spring.autoconfigure.testsupport.RecordingExit;
import dev.migrate.spring.autoconfigure.testsupport.Tables;

@ExtendWith(OutputCaptureExtension.class)
class MigrateRunnerTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ApplicationAvailabilityAutoConfiguration.class,
				DataSourceAutoConfiguration.class, MigrateAutoConfiguration.class))
		.withPropertyValues("spring.datasource.generate-unique-name=true")
		.withBean(RecordingExit.class)
		.withBean(ReadinessRecorder.class);

	@Test
	void upgradesWhenReadyAndThenAcceptsTraffic() {
		this.contextRunner.run((context) -> {
			DataSource dataSource = context.getBean(DataSource.class);
			assertThat(Tables.exists(dataSource, "bookmarks")).as("nothing runs before the ready event").isFalse();
			startAsSpringBootDoes(context);
			assertThat(Tables.exists(dataSource, "bookmarks")).isTrue();
			assertThat(context.getBean(Migrator.class).current()).containsExactly("c3d4e5f6a1b2");
			assertThat(readiness(context)).isEqualTo(ReadinessState.ACCEPTING_TRAFFIC);
			assertThat(context.getBean(ReadinessRecorder.class).states).startsWith(ReadinessState.REFUSING_TRAFFIC,
					ReadinessState.ACCEPTING_TRAFFIC);
			MigrationTracker.Run last = context.getBean(MigrationTracker.class).last();
			assertThat(last.outcome()).isEqualTo(MigrationTracker.Outcome.SUCCESS);
			assertThat(last.applied()).isEqualTo(3);
			assertThat(context.getBean(RecordingExit.class).statuses()).isEmpty();
		});
	}

	@Test
	void logsEachRevisionWithItsNumberMessageAndDuration(CapturedOutput output) {
		this.contextRunner.run((context) -> {
			startAsSpringBootDoes(context);
			assertThat(output).contains("Upgrade from <base> to c3d4e5f6a1b2: 3 revision(s) to run")
				.contains("[1/3] Applying a1b2c3d4e5f6 (create bookmarks)...")
				.containsPattern("\\[2/3\\] Applied b2c3d4e5f6a1 \\(add title to bookmarks\\) in \\d+ ms")
				.containsPattern("Upgrade done: <base> -> c3d4e5f6a1b2, 3 revision\\(s\\) in \\d+ ms");
		});
	}

	@Test
	void refusesTrafficWhileTheUpgradeRuns() {
		this.contextRunner.withBean(BlockingRevision.class).run((context) -> {
			BlockingRevision revision = context.getBean(BlockingRevision.class);
			Thread ready = new Thread(() -> startAsSpringBootDoes(context), "ready");
			ready.start();
			revision.awaitStarted();
			assertThat(readiness(context)).isEqualTo(ReadinessState.REFUSING_TRAFFIC);
			assertThat(context.getBean(MigrationTracker.class).isRunning()).isTrue();
			revision.release();
			ready.join(Duration.ofSeconds(30).toMillis());
			assertThat(ready.isAlive()).isFalse();
			assertThat(readiness(context)).isEqualTo(ReadinessState.ACCEPTING_TRAFFIC);
			assertThat(context.getBean(Migrator.class).current()).containsExactly(BlockingRevision.ID);
		});
	}

	@Test
	void exitsWithTheErrorsStatusWhenTheUpgradeFailsAndFailOnErrorIsTrue(CapturedOutput output) {
		this.contextRunner.withPropertyValues("migrate.locations=classpath:db/failing").run((context) -> {
			ready(context);
			assertThat(context.getBean(RecordingExit.class).statuses()).containsExactly(1);
			assertThat(output).contains("the application stops (migrate.fail-on-error=true)")
				.contains("no_such_table".toUpperCase())
				.contains("Fix revision f2b2f2b2f2b2 and start the application again");
		});
	}

	@Test
	void guardInFailModeStopsTheStartupUpgradeBeforeAnythingIsApplied(CapturedOutput output) {
		this.contextRunner.withPropertyValues("migrate.locations=classpath:db/unsafe", "migrate.guard.mode=fail")
			.run((context) -> {
				ready(context);
				assertThat(context.getBean(RecordingExit.class).statuses()).containsExactly(1);
				assertThat(context.getBean(Migrator.class).current()).as("nothing applied, not even u1").isEmpty();
				assertThat(Tables.exists(context.getBean(DataSource.class), "notes")).isFalse();
				assertThat(output).contains("drop-table").contains("u2u2u2u2u2u2_drop_notes.sql")
					.contains("migrate:allow");
			});
	}

	@Test
	void guardInWarnModeReportsAndUpgrades(CapturedOutput output) {
		this.contextRunner.withPropertyValues("migrate.locations=classpath:db/unsafe").run((context) -> {
			startAsSpringBootDoes(context);
			assertThat(context.getBean(Migrator.class).current()).containsExactly("u2u2u2u2u2u2");
			assertThat(output).contains("Guard:").contains("[drop-table]");
		});
	}

	@Test
	void keepsRunningAndRefusingTrafficWhenFailOnErrorIsFalse(CapturedOutput output) {
		this.contextRunner.withPropertyValues("migrate.locations=classpath:db/failing", "migrate.fail-on-error=false")
			.run((context) -> {
				startAsSpringBootDoes(context);
				assertThat(context.getBean(RecordingExit.class).statuses()).isEmpty();
				assertThat(readiness(context)).isEqualTo(ReadinessState.REFUSING_TRAFFIC);
				Migrator migrator = context.getBean(Migrator.class);
				MigrationTracker.Report report = context.getBean(MigrationTracker.class)
					.report(() -> migrator.status("heads"));
				assertThat(report.state()).isEqualTo(State.FAILED);
				assertThat(report.detail()).contains("f2b2f2b2f2b2");
				assertThat(report.lastRun().applied()).isEqualTo(1);
				assertThat(migrator.current()).containsExactly("f1a1f1a1f1a1");
				assertThat(output).contains("the application keeps running and refuses traffic");
			});
	}

	@Test
	void runsTheStrategyInsteadOfTheUpgrade() {
		this.contextRunner
			.withBean(MigrateStrategy.class, () -> (migrator, target) -> migrator.upgrade("a1b2c3d4e5f6"))
			.run((context) -> {
				startAsSpringBootDoes(context);
				assertThat(context.getBean(Migrator.class).current()).containsExactly("a1b2c3d4e5f6");
			});
	}

	@Test
	void upgradesToTheConfiguredTarget() {
		this.contextRunner.withPropertyValues("migrate.target=b2c3").run((context) -> {
			startAsSpringBootDoes(context);
			assertThat(context.getBean(Migrator.class).current()).containsExactly("b2c3d4e5f6a1");
		});
	}

	@Test
	void startsWhenPinnedToATargetTheDatabaseHasMovedPast() {
		// A newer release upgraded to the head; this instance, pinned to b2c3, restarts (Alembic: a no-op).
		try (PostgresSchema schema = new PostgresSchema()) {
			ApplicationContextRunner onSchema = this.contextRunner.withPropertyValues(
					"spring.datasource.url=" + schema.url(), "spring.datasource.username=" + PostgresSchema.USER);
			onSchema.run((context) -> startAsSpringBootDoes(context));
			onSchema.withPropertyValues("migrate.target=b2c3").run((context) -> {
				startAsSpringBootDoes(context);
				assertThat(context.getBean(RecordingExit.class).statuses()).isEmpty();
				assertThat(context.getBean(MigrationTracker.class).last().outcome())
					.isEqualTo(MigrationTracker.Outcome.SUCCESS);
				assertThat(context.getBean(Migrator.class).current()).containsExactly("c3d4e5f6a1b2");
				assertThat(readiness(context)).isEqualTo(ReadinessState.ACCEPTING_TRAFFIC);
			});
		}
	}

	@Test
	void ignoresTheReadyEventOfAnotherContext() {
		this.contextRunner.run((context) -> {
			GenericApplicationContext other = new GenericApplicationContext();
			context.publishEvent(new ApplicationReadyEvent(new SpringApplication(), new String[0], other, Duration.ZERO));
			assertThat(Tables.exists(context.getBean(DataSource.class), "bookmarks")).isFalse();
		});
	}

	@Test
	void upgradesAFreshPostgresSchema() {
		try (PostgresSchema schema = new PostgresSchema()) {
			this.contextRunner.withPropertyValues("spring.datasource.url=" + schema.url(),
					"spring.datasource.username=" + PostgresSchema.USER).run((context) -> {
						startAsSpringBootDoes(context);
						assertThat(context.getBean(Migrator.class).current()).containsExactly("c3d4e5f6a1b2");
						assertThat(Tables.exists(context.getBean(DataSource.class), "migrate_version")).isTrue();
						assertThat(readiness(context)).isEqualTo(ReadinessState.ACCEPTING_TRAFFIC);
					});
		}
	}

	@Test
	void upgradesAFreshMariaDbDatabaseThroughASeparateMigrationUser() {
		try (MariaDbDatabase database = new MariaDbDatabase()) {
			this.contextRunner
				.withPropertyValues("migrate.datasource.url=" + database.url(),
						"migrate.datasource.username=" + MariaDbDatabase.USER)
				.run((context) -> {
					startAsSpringBootDoes(context);
					MigrationDataSource migration = context.getBean(MigrationDataSource.class);
					try (Connection connection = migration.dataSource().getConnection()) {
						assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("MariaDB");
					}
					assertThat(context.getBean(Migrator.class).current()).containsExactly("c3d4e5f6a1b2");
					assertThat(Tables.exists(migration.dataSource(), "bookmarks")).isTrue();
					assertThat(Tables.exists(context.getBean(DataSource.class), "bookmarks")).isFalse();
				});
		}
	}

	@Test
	void stopsOnALegacyPostgresSchemaAndSaysHowToAdoptIt(CapturedOutput output) {
		try (PostgresSchema schema = new PostgresSchema()) {
			schema.execute("CREATE TABLE bookmarks (id int primary key, url varchar(200) not null, title varchar(100))");
			this.contextRunner.withPropertyValues("spring.datasource.url=" + schema.url(),
					"spring.datasource.username=" + PostgresSchema.USER).run((context) -> {
						ready(context);
						assertThat(context.getBean(RecordingExit.class).statuses()).containsExactly(1);
						assertThat(output).contains("predates migrate").contains("Set migrate.baseline.revision");
					});
		}
	}

	@Test
	void adoptsALegacyPostgresSchemaAtTheBaseline() {
		try (PostgresSchema schema = new PostgresSchema()) {
			schema.execute("CREATE TABLE bookmarks (id int primary key, url varchar(200) not null, title varchar(100))");
			this.contextRunner.withPropertyValues("spring.datasource.url=" + schema.url(),
					"spring.datasource.username=" + PostgresSchema.USER, "migrate.baseline.revision=b2c3d4e5f6a1")
				.run((context) -> {
					startAsSpringBootDoes(context);
					assertThat(context.getBean(Migrator.class).current()).containsExactly("c3d4e5f6a1b2");
					MigrationTracker.Run last = context.getBean(MigrationTracker.class).last();
					assertThat(last.applied()).as("only the revision after the baseline ran").isEqualTo(1);
				});
		}
	}

	/** What Spring Boot does once the context is running: the ready event, then readiness accepts traffic. */
	static void startAsSpringBootDoes(AssertableApplicationContext context) {
		ready(context);
		AvailabilityChangeEvent.publish(context.getSourceApplicationContext(), ReadinessState.ACCEPTING_TRAFFIC);
	}

	static void ready(AssertableApplicationContext context) {
		ConfigurableApplicationContext source = context.getSourceApplicationContext(ConfigurableApplicationContext.class);
		source.publishEvent(new ApplicationReadyEvent(new SpringApplication(), new String[0], source, Duration.ZERO));
	}

	private static ReadinessState readiness(AssertableApplicationContext context) {
		return context.getBean(ApplicationAvailability.class).getReadinessState();
	}

	/** Every readiness change, in order. */
	static class ReadinessRecorder implements ApplicationListener<AvailabilityChangeEvent<ReadinessState>> {

		final List<ReadinessState> states = new CopyOnWriteArrayList<>();

		@Override
		public void onApplicationEvent(AvailabilityChangeEvent<ReadinessState> event) {
			this.states.add(event.getState());
		}

	}

}
