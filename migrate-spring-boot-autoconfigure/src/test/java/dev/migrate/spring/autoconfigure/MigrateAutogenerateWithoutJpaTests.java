package dev.migrate.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.util.ClassUtils;

import dev.migrate.spring.autoconfigure.testsupport.RecordingExit;

/**
 * Command mode in an application without JPA (Hibernate is not on this module's test classpath):
 * autogenerate says what it needs, and {@code check} compares no entities, without an error.
 * With JPA: {@code dev.migrate.it.autogen} in migrate-spring-boot-it.
 */
@ExtendWith(OutputCaptureExtension.class)
class MigrateAutogenerateWithoutJpaTests {

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

	private static int run(String command) {
		RecordingExit exit = new RecordingExit();
		SpringApplication application = new SpringApplication(CommandApplication.class);
		application.setRegisterShutdownHook(false);
		application.addInitializers((context) -> context.getBeanFactory().registerSingleton("recordingExit", exit));
		Throwable thrown = catchThrowable(() -> application.run("--migrate.command=" + command,
				"--spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID()));
		assertThat(thrown).hasRootCauseInstanceOf(MigrateCommandRunner.CommandFinished.class);
		assertThat(exit.statuses()).hasSize(1);
		return exit.statuses().get(0);
	}

	@SpringBootConfiguration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class CommandApplication {

	}

}
