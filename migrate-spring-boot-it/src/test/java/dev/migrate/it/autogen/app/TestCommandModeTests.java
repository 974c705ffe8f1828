package dev.migrate.it.autogen.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import dev.migrate.it.commandmode.RecordingExit;
import dev.migrate.spring.autoconfigure.MigrateCommandRunner;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code migrate test} in command mode ({@code --migrate.command="test --json"}): the checks of the
 * test kit with the application's own entities, whose {@code nickname} no revision adds.
 */
@ExtendWith(OutputCaptureExtension.class)
class TestCommandModeTests {

	@Test
	void entitiesMatchFailsOnTheFieldNoRevisionAddsAndTheRevisionChecksPass(CapturedOutput output) {
		try (Database.Fresh fresh = Database.H2.create()) {
			RecordingExit exit = new RecordingExit();
			SpringApplication application = new SpringApplication(PetsApplication.class);
			application.setRegisterShutdownHook(false);
			application.addInitializers((context) -> context.getBeanFactory().registerSingleton("recordingExit", exit));
			List<String> args = new ArrayList<>(fresh.arguments());
			args.add("--migrate.locations=classpath:db/autogen-pets");
			args.add("--migrate.command=test --json");
			Throwable thrown = catchThrowable(() -> application.run(args.toArray(new String[0])));
			assertThat(thrown).hasRootCauseInstanceOf(MigrateCommandRunner.CommandFinished.class);

			assertThat(exit.statuses()).containsExactly(1);
			String out = output.getOut();
			// the one JSON object, between the application's log lines
			int start = out.indexOf("{\n");
			JsonNode json = JsonMapper.builder().build().readTree(out.substring(start, out.indexOf("\n}", start) + 2));
			List<String> failed = new ArrayList<>();
			for (JsonNode check : json.get("checks")) {
				if (check.get("outcome").asString().equals("failed")) {
					failed.add(check.get("check").asString() + ": " + check.get("findings"));
				}
			}
			assertThat(failed).singleElement().asString().startsWith("entities-match")
				.containsIgnoringCase("missing-column pets.nickname");
			assertThat(json.get("passed").asInt()).isGreaterThanOrEqualTo(4);
		}
	}

}
