package dev.migrate.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.availability.ApplicationAvailabilityAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import dev.migrate.core.engine.MigrateListener;
import dev.migrate.core.engine.MigrateSettings;
import dev.migrate.core.engine.MigrationResult;
import dev.migrate.core.engine.Migrator;
import dev.migrate.core.engine.UpToDate;
import dev.migrate.core.graph.RevisionGraph;
import dev.migrate.core.revision.Location;
import dev.migrate.core.revision.RevisionLoader;
import dev.migrate.core.rolling.ContractMode;
import dev.migrate.core.rolling.Instance;
import dev.migrate.core.rolling.InstanceRegistry;
import dev.migrate.core.rolling.RollingDeploy;
import dev.migrate.spring.autoconfigure.testsupport.RecordingExit;
import dev.migrate.spring.autoconfigure.testsupport.Runners;
import dev.migrate.spring.autoconfigure.testsupport.Tables;

/**
 * {@link MigrateStartupCheck}: while the context starts, the instance registers and the database
 * is asked whether the runner's upgrade has anything to do; the runner waits for it and takes the
 * answer. On H2, one named database per test, shared by the contexts of a test.
 */
class MigrateStartupCheckTests {

	private static final String HEAD = "c3d4e5f6a1b2";

	private final String url = "jdbc:h2:mem:startup_" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1";

	private final List<String> liveWhenTheRunEnded = new CopyOnWriteArrayList<>();

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ApplicationAvailabilityAutoConfiguration.class,
				DataSourceAutoConfiguration.class, MigrateAutoConfiguration.class))
		.withPropertyValues("spring.datasource.generate-unique-name=false", "spring.datasource.url=" + this.url)
		.withBean(RecordingExit.class);

	@Test
	void anUpToDateDatabaseIsCheckedWhileTheContextStartsAndTheRunnerTakesTheAnswer() {
		this.contextRunner.run(Runners::run);
		this.contextRunner.run((context) -> {
			UpToDate answer = context.getBean(MigrateStartupCheck.class).await().orElseThrow();
			assertThat(answer.target()).isEqualTo("heads");
			assertThat(answer.rows()).containsExactly(HEAD);
			Runners.run(context);
			MigrationTracker.Run last = context.getBean(MigrationTracker.class).last();
			assertThat(last.outcome()).isEqualTo(MigrationTracker.Outcome.SUCCESS);
			assertThat(last.applied()).isZero();
			assertThat(context.getBean(Migrator.class).current()).containsExactly(HEAD);
		});
	}

	@Test
	void pendingRevisionsAreLeftToTheRunnerAfterTheApplicationHasStarted() {
		this.contextRunner.run((context) -> {
			assertThat(context.getBean(MigrateStartupCheck.class).await()).isEmpty();
			assertThat(Tables.exists(context.getBean(javax.sql.DataSource.class), "bookmarks"))
				.as("the check applies nothing").isFalse();
			Runners.run(context);
			assertThat(context.getBean(MigrationTracker.class).last().applied()).isEqualTo(3);
			assertThat(context.getBean(Migrator.class).current()).containsExactly(HEAD);
		});
	}

	@Test
	void theInstanceIsRegisteredBeforeTheRunnersRunEnds() {
		this.contextRunner.withBean(MigrateListener.class, () -> new RegistryReader()).run((context) -> {
			Runners.run(context);
			assertThat(this.liveWhenTheRunEnded).containsExactly(context.getBean(RollingDeploy.class).id());
		});
	}

	@Test
	void anApplicationsStrategyIsNotAnsweredFor() {
		this.contextRunner.run(Runners::run);
		this.contextRunner.withBean(MigrateStrategy.class, () -> (migrator, target) -> migrator.upgrade(target))
			.run((context) -> {
				assertThat(context.getBean(MigrateStartupCheck.class).await()).isEmpty();
				Runners.run(context);
				assertThat(context.getBean(MigrationTracker.class).last().outcome())
					.isEqualTo(MigrationTracker.Outcome.SUCCESS);
			});
	}

	@Test
	void withoutTheRunnerTheLifecycleRegistersAndThereIsNoCheck() {
		this.contextRunner.withPropertyValues("migrate.run-on-ready=false").run((context) -> {
			assertThat(context).doesNotHaveBean(MigrateStartupCheck.class);
			assertThat(InstanceRegistry.of(context.getBean(Migrator.class)).live()).extracting(Instance::id)
				.containsExactly(context.getBean(RollingDeploy.class).id());
		});
	}

	@Test
	void theRunnerWaitsForARegistrationThatTakesItsTime() throws Exception {
		DriverManagerDataSource database = new DriverManagerDataSource(this.url, "sa", "");
		CountDownLatch open = new CountDownLatch(1);
		// the registry's connections wait until the test opens the gate: a slow first connection
		DataSource gated = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(),
				new Class<?>[] { DataSource.class }, (proxy, method, args) -> {
					if (method.getName().equals("getConnection")) {
						open.await(30, TimeUnit.SECONDS);
					}
					return method.invoke(database, args);
				});
		RevisionGraph graph = RevisionGraph.of(new RevisionLoader(getClass().getClassLoader())
			.load(List.of(Location.parse("classpath:db/revisions"))));
		Migrator migrator = new Migrator(database, graph, MigrateSettings.defaults());
		InstanceRegistry registry = new InstanceRegistry(gated, null, InstanceRegistry.DEFAULT_TABLE);
		RollingDeploy deploy = new RollingDeploy(migrator, registry, ContractMode.AUTO, Duration.ofMinutes(1), "slow",
				"heads", true);
		MigrateStartupCheck check = new MigrateStartupCheck(migrator, deploy, "heads", true);
		try (GenericApplicationContext context = new GenericApplicationContext()) {
			context.refresh();
			MigrationTracker tracker = new MigrationTracker(Clock.systemUTC());
			MigrateRunner runner = new MigrateRunner(context, migrator, tracker, null, new RecordingExit(), "heads", true)
				.awaiting(check);
			check.start();
			Thread running = new Thread(runner::run, "test-runner");
			running.start();
			running.join(500);
			assertThat(running.isAlive()).as("the runner waits for the registration").isTrue();
			assertThat(tracker.last()).as("nothing ran before the instance was registered").isNull();
			open.countDown();
			running.join(TimeUnit.SECONDS.toMillis(30));
			assertThat(running.isAlive()).isFalse();
			assertThat(registry.live()).extracting(Instance::id).containsExactly("slow");
			assertThat(tracker.last().outcome()).isEqualTo(MigrationTracker.Outcome.SUCCESS);
			assertThat(migrator.current()).containsExactly(HEAD);
		}
		finally {
			open.countDown();
			deploy.close();
		}
	}

	/** Reads the instance registry when a run ends, from the run's own listener call, beside the application's pool. */
	private final class RegistryReader implements MigrateListener {

		@Override
		public void finished(MigrationResult result) {
			InstanceRegistry registry = new InstanceRegistry(new DriverManagerDataSource(MigrateStartupCheckTests.this.url,
					"sa", ""), null, InstanceRegistry.DEFAULT_TABLE);
			registry.live().forEach((instance) -> MigrateStartupCheckTests.this.liveWhenTheRunEnded.add(instance.id()));
		}

	}

}
