package dev.migrate.it.rolling;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One instance of {@link RollingApplication} in its own JVM, on the test's classpath, with its
 * output and its temporary files in a folder of its own (deleted on close). Knows its port once the web server has started.
 */
final class AppProcess implements AutoCloseable {

	private static final Pattern PORT = Pattern.compile("ROLLING-PORT (\\d+)");

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String name;

	private final Process process;

	/** The process's own temporary folder, its {@code java.io.tmpdir}: the log, and Tomcat's folders. */
	private final Path dir;

	private final Path log;

	private int port;

	private AppProcess(String name, Process process, Path dir, Path log) {
		this.name = name;
		this.process = process;
		this.dir = dir;
		this.log = log;
	}

	static AppProcess start(String name, List<String> arguments) throws IOException {
		// a killed process cannot delete what Tomcat made in its temporary folder: the test does
		Path dir = Files.createTempDirectory("rolling-" + name + "-");
		Path log = dir.resolve("app.log");
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m", "-Djava.io.tmpdir=" + dir, "-cp",
				System.getProperty("java.class.path"), RollingApplication.class.getName()));
		command.addAll(arguments);
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		return new AppProcess(name, process, dir, log);
	}

	String name() {
		return this.name;
	}

	/** Waits until the web server has started and readiness accepts traffic. */
	AppProcess awaitReady(Duration timeout) {
		Waiting.until(timeout, () -> "instance " + this.name + " to become ready; its output:\n" + output(), () -> {
			if (!this.process.isAlive()) {
				throw new AssertionError("Instance " + this.name + " exited with " + this.process.exitValue() + ":\n"
						+ output());
			}
			if (this.port == 0) {
				Matcher matcher = PORT.matcher(output());
				if (!matcher.find()) {
					return false;
				}
				this.port = Integer.parseInt(matcher.group(1));
			}
			return status("/actuator/health/readiness") == 200;
		});
		return this;
	}

	int status(String path) {
		try {
			return HTTP.send(request(path), HttpResponse.BodyHandlers.discarding()).statusCode();
		}
		catch (IOException ex) {
			return -1;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return -1;
		}
	}

	JsonNode json(String path) {
		try {
			HttpResponse<String> response = HTTP.send(request(path), HttpResponse.BodyHandlers.ofString());
			return JSON.readTree(response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException("GET " + path + " on " + this.name + " failed: " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private HttpRequest request(String path) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.timeout(Duration.ofSeconds(5))
			.build();
	}

	String output() {
		try {
			return Files.readString(this.log);
		}
		catch (IOException ex) {
			return "<" + ex.getMessage() + ">";
		}
	}

	/** Stops cleanly (SIGTERM: the application shuts down and deregisters). */
	void stop() throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
			throw new AssertionError("Instance " + this.name + " did not stop within 30 s:\n" + output());
		}
	}

	/** Kills the process (SIGKILL): nothing of it runs, it just stops writing heartbeats. */
	void kill() throws InterruptedException {
		this.process.destroyForcibly();
		this.process.waitFor(30, TimeUnit.SECONDS);
	}

	@Override
	public void close() throws IOException {
		this.process.destroyForcibly();
		try {
			this.process.waitFor(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		try (Stream<Path> tree = Files.walk(this.dir)) {
			for (Path each : tree.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(each);
			}
		}
	}

}
