package dev.migrate.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.ClassUtils;

import dev.migrate.spring.autoconfigure.testsupport.RecordingExit;

/**
 * How command mode reports failures and input errors, on a plain application without JPA
 * (every command on H2 and PostgreSQL with JPA: {@code dev.migrate.it.commandmode} in migrate-spring-boot-it),
 * autogenerate's error without JPA and {@code check} comparing no entities (Hibernate is not on this
 * module's test classpath; with JPA: {@code dev.migrate.it.autogen}).
 */
@ExtendWith(OutputCaptureExtension.class)
class MigrateCommandTests {

	@Test
	void upgradeUsesMigrateTargetWhenTheCommandNamesNone(CapturedOutput output) {
		assertThat(run("upgrade", "--migrate.target=b2c3d4e5f6a1")).isZero();
		assertThat(output).contains("Done: <base> -> b2c3d4e5f6a1").doesNotContain("c3d4e5f6a1b2");
	}

	@Test
	void aFailedUpgradeExitsWithOne(CapturedOutput output) {
		assertThat(run("upgrade", "--migrate.locations=classpath:db/failing")).isEqualTo(1);
		assertThat(output).contains("error: The upgrade of revision f2b2f2b2f2b2");
	}

	@Test
	void anUnknownCommandIsAnInputErrorAndExitsWithTwo(CapturedOutput output) {
		assertThat(run("frobnicate")).isEqualTo(2);
		assertThat(output).contains("frobnicate");
	}

	@Test
	void aBadPropertyIsAnInputErrorAndExitsWithTwo(CapturedOutput output) {
		assertThat(run("current", "--migrate.target=heads!")).isEqualTo(2);
		assertThat(output).contains("'heads!' is not a valid target");
		assertThat(run("upgrade", "--migrate.version-table=bad name")).isEqualTo(2);
		assertThat(output).contains("Invalid migrate.version-table 'bad name'");
	}

	@Test
	void anUnreachableDatabaseIsAFailureAndExitsWithOne(CapturedOutput output) {
		// Without JPA: Hibernate's EntityManagerFactory is built early in every mode and would fail first.
		assertThat(run("current", "--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/none",
				"--spring.autoconfigure.exclude=org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration",
				"--spring.datasource.hikari.initialization-fail-timeout=-1",
				"--spring.datasource.hikari.connection-timeout=1000")).isEqualTo(1);
		assertThat(output).contains("error: Could not read the migration state");
	}

	@Test
	void autogenerateWithoutJpaIsAUsageErrorThatSaysWhatItNeeds(CapturedOutput output) {
		assertThat(ClassUtils.isPresent("org.hibernate.boot.Metadata", null)).as("Hibernate on the classpath").isFalse();
		assertThat(run("revision --autogenerate -m 'add phone'")).isEqualTo(2);
		assertThat(output).contains("error: revision --autogenerate needs JPA entities mapped by Hibernate")
			.contains("no Hibernate EntityManagerFactory");
	}

	@Test
	void checkWithoutJpaComparesNoEntitiesAndPasses(CapturedOutput output) {
		assertThat(run("check")).isZero();
		assertThat(output).contains("check passed.").doesNotContain("entities-differ");
	}

	@Test
	void withoutACommandTheWebServerStarts() {
		try (ConfigurableApplicationContext context = application(new RecordingExit())
			.run(args("--server.port=0", "--migrate.run-on-ready=false"))) {
			assertThat(context).isInstanceOf(WebServerApplicationContext.class);
			assertThat(context.getBeanNamesForType(MigrateCommandRunner.class)).isEmpty();
		}
	}

	/** Runs the application with {@code --migrate.command=<command>} and returns the exit status. */
	private static int run(String command, String... more) {
		RecordingExit exit = new RecordingExit();
		List<String> args = new ArrayList<>(List.of(more));
		args.add("--migrate.command=" + command);
		Throwable thrown = catchThrowable(() -> application(exit).run(args(args.toArray(new String[0]))));
		assertThat(thrown).hasRootCauseInstanceOf(MigrateCommandRunner.CommandFinished.class);
		assertThat(exit.statuses()).hasSize(1);
		return exit.statuses().get(0);
	}

	/** The arguments, on a fresh in-memory database unless they name one. */
	private static String[] args(String... args) {
		List<String> all = new ArrayList<>(List.of(args));
		if (all.stream().noneMatch((arg) -> arg.startsWith("--spring.datasource.url="))) {
			all.add("--spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID());
		}
		return all.toArray(new String[0]);
	}

	private static SpringApplication application(RecordingExit exit) {
		SpringApplication application = new SpringApplication(CommandApplication.class);
		application.setRegisterShutdownHook(false);
		application.addInitializers((context) -> context.getBeanFactory().registerSingleton("recordingExit", exit));
		return application;
	}

	@SpringBootConfiguration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class CommandApplication {

	}

}
