package dev.migrate.alembic;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One long-lived Python process running {@code driver.py}: Alembic's {@code command.upgrade},
 * {@code downgrade} and {@code stamp} in-process, one JSON request and answer per line.
 */
final class AlembicDriver implements AutoCloseable {

	private final JsonMapper json = JsonMapper.builder().build();

	private final Process process;

	private final BufferedWriter requests;

	private final BufferedReader answers;

	AlembicDriver(String python, Path workDirectory) {
		try {
			Path driver = workDirectory.resolve("driver.py");
			try (InputStream source = AlembicDriver.class.getResourceAsStream("/alembic/driver.py")) {
				Files.write(driver, source.readAllBytes());
			}
			this.process = new ProcessBuilder(python, "-u", driver.toString())
				.redirectError(workDirectory.resolve("driver.log").toFile())
				.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start " + python + " with the Alembic driver; install Alembic with "
					+ "apt-get install -y python3-alembic python3-psycopg2", ex);
		}
		this.requests = new BufferedWriter(new OutputStreamWriter(this.process.getOutputStream(), StandardCharsets.UTF_8));
		this.answers = new BufferedReader(new InputStreamReader(this.process.getInputStream(), StandardCharsets.UTF_8));
	}

	/** Points the driver at a case's script directory and database. */
	void open(Path scriptDirectory, String database) {
		Outcome outcome = send(Map.of("op", "open", "dir", scriptDirectory.toString(), "url",
				"postgresql+psycopg2://postgres@127.0.0.1:5432/" + database));
		if (!outcome.ok()) {
			throw new IllegalStateException("The Alembic driver could not open " + scriptDirectory + ": " + outcome.message());
		}
	}

	/** Sends a command without waiting; {@link #answer()} reads what Alembic did. */
	void send(Command command) {
		write(Map.of("op", command.op(), "target", command.target()));
	}

	private Outcome send(Map<String, String> request) {
		write(request);
		return answer();
	}

	private void write(Map<String, String> request) {
		try {
			this.requests.write(this.json.writeValueAsString(new LinkedHashMap<>(request)));
			this.requests.newLine();
			this.requests.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The Alembic driver stopped reading", ex);
		}
	}

	Outcome answer() {
		try {
			String line = this.answers.readLine();
			if (line == null) {
				throw new IllegalStateException("The Alembic driver exited (status " + this.process.waitFor()
						+ "); see driver.log beside it");
			}
			JsonNode answer = this.json.readTree(line);
			if (answer.get("ok").asBoolean()) {
				return Outcome.success();
			}
			return answer.get("kind").asString().equals("crash")
					? Outcome.crash(answer.get("type").asString() + ": " + answer.get("message").asString())
					: Outcome.error(answer.get("message").asString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The Alembic driver stopped answering", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		try {
			this.requests.close();
			this.process.waitFor();
		}
		catch (IOException ex) {
			this.process.destroy();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.process.destroy();
		}
	}

}
