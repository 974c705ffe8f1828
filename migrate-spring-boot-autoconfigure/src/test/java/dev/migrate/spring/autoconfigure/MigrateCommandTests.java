package dev.migrate.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

import dev.migrate.core.engine.Migrator;
import dev.migrate.spring.autoconfigure.testsupport.RecordingExit;
import dev.migrate.spring.autoconfigure.testsupport.Tables;

/** The application run with {@code --migrate.command=...}, as a Kubernetes Job or init container runs it. */
@ExtendWith(OutputCaptureExtension.class)
class MigrateCommandTests {

	@Test
	void upgradeRunsWithoutAWebServerPrintsWhatRanAndExitsWithZero(CapturedOutput output) {
		try (ConfigurableApplicationContext context = run("--migrate.command=upgrade")) {
			assertThat(context).isNotInstanceOf(WebServerApplicationContext.class);
			assertThat(exit(context).statuses()).containsExactly(0);
			assertThat(Tables.exists(context.getBean(DataSource.class), "bookmarks")).isTrue();
			assertThat(output).contains("migrate upgrade: <base> -> c3d4e5f6a1b2, 3 revision(s) applied");
			assertThat(context.getBean(MigrationTracker.class).last().applied()).isEqualTo(3);
		}
	}

	@Test
	void upgradeTwiceSaysThereIsNothingToDo(CapturedOutput output) {
		String url = "--spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
		run("--migrate.command=upgrade", url).close();
		try (ConfigurableApplicationContext context = run("--migrate.command=upgrade", url)) {
			assertThat(exit(context).statuses()).containsExactly(0);
			assertThat(output).contains("migrate upgrade: nothing to do; current: c3d4e5f6a1b2");
		}
	}

	@Test
	void currentPrintsTheStateAndPendingRevisionsAndExitsWithZero(CapturedOutput output) {
		try (ConfigurableApplicationContext context = run("--migrate.command=current")) {
			assertThat(exit(context).statuses()).containsExactly(0);
			assertThat(output).contains("state:   PENDING")
				.contains("current: <base>")
				.contains("heads:   c3d4e5f6a1b2")
				.contains("pending: 3")
				.contains("  a1b2c3d4e5f6  create bookmarks  [expand]");
			assertThat(context.getBean(Migrator.class).current()).as("current changes nothing").isEmpty();
		}
	}

	@Test
	void aFailedUpgradeExitsWithOne(CapturedOutput output) {
		try (ConfigurableApplicationContext context = run("--migrate.command=upgrade",
				"--migrate.locations=classpath:db/failing")) {
			assertThat(exit(context).statuses()).containsExactly(1);
			assertThat(output).contains("migrate upgrade failed: The upgrade of revision f2b2f2b2f2b2")
				.contains("Action: Fix revision f2b2f2b2f2b2");
		}
	}

	@Test
	void anUnknownCommandIsAnInputErrorAndExitsWithTwo(CapturedOutput output) {
		try (ConfigurableApplicationContext context = run("--migrate.command=downgrade")) {
			assertThat(exit(context).statuses()).containsExactly(2);
			assertThat(output).contains("unknown migrate.command 'downgrade'; use one of upgrade, current");
			assertThat(context.getBean(Migrator.class).current()).isEmpty();
		}
	}

	@Test
	void brokenRevisionsAreAnInputErrorAndExitWithTwo(CapturedOutput output) {
		try (ConfigurableApplicationContext context = run("--migrate.command=upgrade",
				"--migrate.locations=classpath:db/broken")) {
			assertThat(exit(context).statuses()).containsExactly(2);
			assertThat(output).contains("migrate upgrade failed: Revision d1d1d1d1d1d1")
				.contains("names down_revision '0000deadbeef'")
				.contains("Action: Fix the revisions under migrate.locations");
		}
	}

	@Test
	void aBadPropertyIsAnInputErrorAndExitsWithTwo(CapturedOutput output) {
		try (ConfigurableApplicationContext context = run("--migrate.command=current", "--migrate.target=heads!")) {
			assertThat(exit(context).statuses()).containsExactly(2);
			assertThat(output).contains("migrate current failed: 'heads!' is not a valid target")
				.contains("Action: Set migrate.target");
		}
		try (ConfigurableApplicationContext context = run("--migrate.command=upgrade",
				"--migrate.version-table=bad name")) {
			assertThat(exit(context).statuses()).containsExactly(2);
			assertThat(output).contains("Invalid migrate.version-table 'bad name'");
		}
	}

	@Test
	void anUnreachableDatabaseIsAFailureAndExitsWithOne(CapturedOutput output) {
		try (ConfigurableApplicationContext context = run("--migrate.command=current",
				"--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/none",
				"--spring.datasource.hikari.initialization-fail-timeout=-1",
				"--spring.datasource.hikari.connection-timeout=1000")) {
			assertThat(exit(context).statuses()).containsExactly(1);
			assertThat(output).contains("migrate current failed: Could not read the migration state");
		}
	}

	@Test
	void withoutACommandTheWebServerStarts() {
		try (ConfigurableApplicationContext context = run("--server.port=0", "--migrate.run-on-ready=false")) {
			assertThat(context).isInstanceOf(WebServerApplicationContext.class);
			assertThat(context.getBeanNamesForType(MigrateCommandRunner.class)).isEmpty();
		}
	}

	private static ConfigurableApplicationContext run(String... args) {
		return application().run(args(args));
	}

	/** The arguments, on a fresh in-memory database unless they name one. */
	private static String[] args(String... args) {
		List<String> all = new ArrayList<>(List.of(args));
		if (all.stream().noneMatch((arg) -> arg.startsWith("--spring.datasource.url="))) {
			all.add("--spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID());
		}
		return all.toArray(new String[0]);
	}

	private static SpringApplication application() {
		SpringApplication application = new SpringApplication(CommandApplication.class);
		application.setRegisterShutdownHook(false);
		return application;
	}

	private static RecordingExit exit(ConfigurableApplicationContext context) {
		return context.getBean(RecordingExit.class);
	}

	@SpringBootConfiguration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class CommandApplication {

		@Bean
		RecordingExit recordingExit() {
			return new RecordingExit();
		}

	}

}
