package dev.migrate.spring.autoconfigure.rolling;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.availability.ApplicationAvailabilityAutoConfiguration;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import dev.migrate.core.engine.Holding;
import dev.migrate.core.engine.Migrator;
import dev.migrate.core.engine.StatusView;
import dev.migrate.core.rolling.ContractHolding;
import dev.migrate.core.rolling.Instance;
import dev.migrate.core.rolling.InstanceRegistry;
import dev.migrate.core.rolling.RollingDeploy;
import dev.migrate.spring.autoconfigure.MigrateAutoConfiguration;
import dev.migrate.spring.autoconfigure.endpoint.MigrateEndpoint;
import dev.migrate.spring.autoconfigure.endpoint.MigrateEndpointAutoConfiguration;
import dev.migrate.spring.autoconfigure.health.MigrateHealthContributorAutoConfiguration;
import dev.migrate.spring.autoconfigure.health.MigrateHealthIndicator;
import dev.migrate.spring.autoconfigure.testsupport.RecordingExit;
import dev.migrate.spring.autoconfigure.testsupport.Runners;

/** {@code migrate.contract} and the instance registry in the application (H2, one named database per test). */
class RollingDeployConfigurationTests {

	private static final String CREATE = "a1a1a1a1a1a1";

	private static final String DROP = "c3c3c3c3c3c3";

	@TempDir
	Path dir;

	private final String url = "jdbc:h2:mem:rolling_" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1";

	private final RecordingExit exit = new RecordingExit();

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ApplicationAvailabilityAutoConfiguration.class,
				DataSourceAutoConfiguration.class, MigrateAutoConfiguration.class,
				MigrateHealthContributorAutoConfiguration.class, MigrateEndpointAutoConfiguration.class))
		.withPropertyValues("spring.datasource.generate-unique-name=false", "spring.datasource.url=" + this.url,
				"management.endpoints.web.exposure.include=migrate", "migrate.instances.heartbeat=200ms")
		.withBean(RecordingExit.class, () -> this.exit);

	/** Version 2's revisions: a table (expand) and the drop of one of its columns (contract). */
	private String versionTwo() throws IOException {
		Files.writeString(this.dir.resolve(CREATE + "_create.sql"), """
				-- revision: a1a1a1a1a1a1
				-- down_revision: none
				-- message: create items
				-- phase: expand

				-- migrate:upgrade
				CREATE TABLE items (id int primary key, old_name varchar(50));
				""");
		Files.writeString(this.dir.resolve(DROP + "_drop.sql"), """
				-- revision: c3c3c3c3c3c3
				-- down_revision: a1a1a1a1a1a1
				-- message: drop old_name
				-- phase: contract

				-- migrate:upgrade
				ALTER TABLE items DROP COLUMN old_name;
				""");
		return "migrate.locations=filesystem:" + this.dir;
	}

	private InstanceRegistry registry(Migrator migrator) {
		return InstanceRegistry.of(migrator);
	}

	@Test
	void aHeldContractRevisionIsReportedNotPendingAndKeepsTheInstanceUpUntilTheOldVersionIsGone() throws IOException {
		this.contextRunner.withPropertyValues(versionTwo()).run((context) -> {
			Migrator migrator = context.getBean(Migrator.class);
			// version 1, registered before version 2 starts, with a heartbeat long enough for the test
			registry(migrator).register("v1", List.of(CREATE), "host", 1, Duration.ofMinutes(5));
			Runners.run(context);
			StatusView view = context.getBean(MigrateEndpoint.class).migrate();
			assertThat(view.state()).isEqualTo("UP_TO_DATE");
			assertThat(view.pendingCount()).isZero();
			assertThat(view.current()).containsExactly(CREATE);
			assertThat(view.contract().held()).containsExactly(DROP);
			assertThat(view.contract().waitingFor()).containsExactly("v1");
			assertThat(view.contract().instances()).extracting(StatusView.LiveInstance::id)
				.contains("v1", context.getBean(RollingDeploy.class).id());
			assertThat(context.getBean(MigrateHealthIndicator.class).health(false).getStatus()).isEqualTo(Status.UP);

			registry(migrator).deregister("v1");
			long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
			while (!migrator.current().equals(List.of(DROP)) && System.nanoTime() < deadline) {
				Thread.sleep(50);
			}
			StatusView after = context.getBean(MigrateEndpoint.class).migrate();
			assertThat(after.current()).containsExactly(DROP);
			assertThat(after.contract().held()).isEmpty();
		});
	}

	@Test
	void theInstanceIsRegisteredWhileTheContextRunsAndDeregisteredWhenItCloses() throws IOException {
		this.contextRunner.withPropertyValues(versionTwo()).run((context) -> {
			Migrator migrator = context.getBean(Migrator.class);
			assertThat(migrator.holding()).isInstanceOf(ContractHolding.class);
			// registered on a thread of its own while the context starts; the runner waits for it
			Runners.run(context);
			assertThat(registry(migrator).live()).extracting(Instance::heads).containsExactly(List.of(DROP));
		});
		assertThat(directRegistry().live()).isEmpty();
	}

	@Test
	void startupAppliesContractRevisionsAtOnceAndRegistersNothing() throws IOException {
		this.contextRunner.withPropertyValues(versionTwo(), "migrate.contract=startup").run((context) -> {
			Migrator migrator = context.getBean(Migrator.class);
			assertThat(context).doesNotHaveBean(RollingDeploy.class);
			assertThat(migrator.holding()).isSameAs(Holding.NONE);
			registry(migrator).register("v1", List.of(CREATE), "host", 1, Duration.ofMinutes(5));
			Runners.run(context);
			assertThat(migrator.current()).containsExactly(DROP);
		});
	}

	@Test
	void manualLeavesContractRevisionsAloneWithNoOtherInstance() throws IOException {
		this.contextRunner.withPropertyValues(versionTwo(), "migrate.contract=manual").run((context) -> {
			Runners.run(context);
			StatusView view = context.getBean(MigrateEndpoint.class).migrate();
			assertThat(view.current()).containsExactly(CREATE);
			assertThat(view.contract().held()).containsExactly(DROP);
			assertThat(view.contract().waitingFor()).isEmpty();
			assertThat(view.state()).isEqualTo("UP_TO_DATE");
		});
	}

	@Test
	void commandModeDoesNotRegister() throws IOException {
		// the command runs while the context starts, and the context then stops: nothing registered meanwhile
		this.contextRunner.withPropertyValues(versionTwo(), "migrate.command=heads")
			.run((context) -> assertThat(this.exit.statuses()).containsExactly(0));
		assertThat(directRegistry().instances()).isEmpty();
	}

	/** The registry of the test's database, read without the application's (closed) pool. */
	private InstanceRegistry directRegistry() {
		return new InstanceRegistry(new DriverManagerDataSource(this.url, "sa", ""), null, InstanceRegistry.DEFAULT_TABLE);
	}

}
