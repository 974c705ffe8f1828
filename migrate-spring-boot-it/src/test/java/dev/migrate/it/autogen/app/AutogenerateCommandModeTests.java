package dev.migrate.it.autogen.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import dev.migrate.core.catalog.SchemaCatalog;
import dev.migrate.it.commandmode.RecordingExit;
import dev.migrate.spring.autoconfigure.MigrateCommandRunner;
import dev.migrate.spring.autoconfigure.autogenerate.EntityCatalogs;

/**
 * {@code revision --autogenerate} and {@code check} through real command-mode runs of a JPA
 * application ({@code java -jar app.jar --migrate.command=...}): the entities' mapping model is the
 * one Hibernate builds in the application, with Spring Boot's naming and the database's dialect.
 */
@ExtendWith(OutputCaptureExtension.class)
class AutogenerateCommandModeTests {

	@TempDir
	Path revisionDir;

	@BeforeEach
	void copyTheBaseRevision() throws IOException {
		try (InputStream in = getClass().getResourceAsStream("/db/autogen-pets/0b0000000001_create_pets.sql")) {
			Files.copy(in, this.revisionDir.resolve("0b0000000001_create_pets.sql"));
		}
	}

	@ParameterizedTest
	@EnumSource(value = Database.class)
	void checkFailsUntilAutogenerateWritesTheRevisionThatUpgradeThenApplies(Database database, CapturedOutput output)
			throws Exception {
		try (Database.Fresh fresh = database.create()) {
			Run check = run(output, fresh, "check");
			assertThat(check.status()).as(check.out()).isEqualTo(1);
			assertThat(check.out()).contains("[entities-differ]").containsIgnoringCase("missing-column pets.nickname")
				.contains("check failed");

			Run autogenerate = run(output, fresh, "revision --autogenerate -m 'add nickname to pets'");
			assertThat(autogenerate.status()).as(autogenerate.out()).isZero();
			assertThat(autogenerate.out()).contains("phase expand, on top of 0b0000000001")
				.contains("Guard findings on what was written:");
			List<Path> written = newRevisions();
			assertThat(written).singleElement()
				.satisfies((file) -> assertThat(file.getFileName().toString()).endsWith("_add_nickname_to_pets.sql"));
			assertThat(Files.readString(written.get(0))).contains("-- down_revision: 0b0000000001")
				.contains("-- phase: expand")
				.containsIgnoringCase("nickname")
				.contains("-- migrate:downgrade");

			if (database != Database.H2) {
				return; // The rest is the same on every database; H2 runs it.
			}
			Run passes = run(output, fresh, "check");
			assertThat(passes.status()).as(passes.out()).isZero();
			assertThat(passes.out()).doesNotContain("entities-differ");
			assertThat(run(output, fresh, "upgrade").status()).isZero();
			Run nothing = run(output, fresh, "revision --autogenerate -m 'nothing more'");
			assertThat(nothing.status()).as(nothing.out()).isZero();
			assertThat(nothing.out()).contains("No difference between the JPA entities (1 entity)")
				.contains("nothing written");
			assertThat(newRevisions()).hasSize(1);
		}
	}

	@ParameterizedTest
	@EnumSource(value = Database.class, names = "H2")
	void theCatalogTheEntitiesDescribeIsReadFromARunningApplication(Database database) throws Exception {
		try (Database.Fresh fresh = database.create()) {
			SpringApplication application = new SpringApplication(PetsApplication.class);
			List<String> args = new ArrayList<>(fresh.arguments());
			args.addAll(List.of("--spring.main.web-application-type=none", "--migrate.run-on-ready=false",
					"--spring.jpa.hibernate.ddl-auto=none"));
			try (ConfigurableApplicationContext context = application.run(args.toArray(new String[0]))) {
				SchemaCatalog entities = EntityCatalogs.of(context, context.getBean(DataSource.class));
				assertThat(entities.table("pets")).hasValueSatisfying(
						(pets) -> assertThat(pets.column("nickname")).isNotEmpty());
			}
		}
	}

	private List<Path> newRevisions() throws IOException {
		try (Stream<Path> files = Files.list(this.revisionDir)) {
			return files.filter((file) -> !file.getFileName().toString().startsWith("0b0000000001")).toList();
		}
	}

	private Run run(CapturedOutput output, Database.Fresh fresh, String command) {
		int from = output.getOut().length();
		RecordingExit exit = new RecordingExit();
		SpringApplication application = new SpringApplication(PetsApplication.class);
		application.setRegisterShutdownHook(false);
		application.addInitializers((context) -> context.getBeanFactory().registerSingleton("recordingExit", exit));
		List<String> args = new ArrayList<>(fresh.arguments());
		args.add("--migrate.locations=filesystem:" + this.revisionDir);
		args.add("--migrate.revision-dir=" + this.revisionDir);
		args.add("--migrate.command=" + command);
		Throwable thrown = catchThrowable(() -> application.run(args.toArray(new String[0])));
		assertThat(thrown).hasRootCauseInstanceOf(MigrateCommandRunner.CommandFinished.class);
		assertThat(exit.statuses()).hasSize(1);
		return new Run(exit.statuses().get(0), output.getOut().substring(from) + output.getErr());
	}

	record Run(int status, String out) {
	}

}
