package dev.migrate.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample's entities, revisions and database agree on H2 and on PostgreSQL: command-mode
 * {@code check} (the guard and {@code entities-differ}) and {@code drift} both exit 0 once the
 * revisions are applied.
 */
class SampleCheckTests {

	@TempDir
	Path dir;

	@Test
	void checkAndDriftAreCleanOnH2() throws Exception {
		String database = "--spring.datasource.url=jdbc:h2:file:" + this.dir.resolve("check-db").toAbsolutePath();
		expectClean(List.of(database));
	}

	@Test
	void checkAndDriftAreCleanOnPostgres() throws Exception {
		try (LocalPostgres database = new LocalPostgres()) {
			expectClean(List.of("--spring.profiles.active=postgres", "--spring.datasource.url=" + database.url(),
					"--bookmarks.tenants=" + database.schema + "_a," + database.schema + "_b"));
		}
	}

	private void expectClean(List<String> database) throws Exception {
		Run upgrade = sample(database, "--migrate.command=upgrade");
		assertThat(upgrade.status()).as(upgrade.output()).isZero();
		Run check = sample(database, "--migrate.command=check");
		assertThat(check.status()).as(check.output()).isZero();
		assertThat(check.output()).doesNotContain("entities-differ");
		Run drift = sample(database, "--migrate.command=drift");
		assertThat(drift.status()).as(drift.output()).isZero();
	}

	/** The sample in a JVM of its own, as a container would run it; waits for it to exit. */
	private Run sample(List<String> database, String command) throws Exception {
		List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), SampleApplication.class.getName()));
		line.addAll(database);
		line.add(command);
		Path log = Files.createTempFile(this.dir, "sample", ".log");
		Process process = new ProcessBuilder(line).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		if (!process.waitFor(120, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new AssertionError("The sample did not exit within 120s:\n" + Files.readString(log));
		}
		return new Run(process.exitValue(), Files.readString(log));
	}

	private record Run(int status, String output) {
	}

}
