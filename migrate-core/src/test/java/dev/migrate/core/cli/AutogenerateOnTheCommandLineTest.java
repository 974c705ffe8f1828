package dev.migrate.core.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code revision --autogenerate} needs the application's entities: on the plain command line it is a clear error. */
class AutogenerateOnTheCommandLineTest {

	@TempDir
	Path revisions;

	@Test
	void autogenerateWithoutAnApplicationSaysItNeedsCommandModeAndWritesNothing() throws IOException {
		CliRun run = CliRun.of("--locations", "filesystem:" + this.revisions, "revision", "--autogenerate", "-m",
				"add phone");
		assertThat(run.status()).isEqualTo(2);
		assertThat(run.err()).contains("error: revision --autogenerate compares the application's JPA entities")
			.contains("runs only in command mode")
			.contains("--migrate.command=\"revision --autogenerate -m '<message>'\"");
		try (Stream<Path> files = Files.list(this.revisions)) {
			assertThat(files).isEmpty();
		}
	}

	@Test
	void autogenerateRefusesTheOptionsItDecidesItself() {
		CliRun run = CliRun.of("--locations", "filesystem:" + this.revisions, "revision", "--autogenerate", "--phase",
				"contract", "-m", "add phone");
		assertThat(run.status()).isEqualTo(2);
		assertThat(run.err()).contains("--phase is not taken with --autogenerate");
	}

}
