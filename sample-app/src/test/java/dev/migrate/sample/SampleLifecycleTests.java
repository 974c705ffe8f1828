package dev.migrate.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.migrate.core.revision.JavaRevision;
import tools.jackson.databind.JsonNode;

/**
 * The sample's life around its upgrade: readiness while it runs, a failed upgrade both ways, and
 * the same jar running one command for a Kubernetes Job.
 */
class SampleLifecycleTests {

	@TempDir
	Path dir;

	/** A revision on top of the sample's head that waits until the test lets it finish. */
	static final CountDownLatch started = new CountDownLatch(1);

	static final CountDownLatch release = new CountDownLatch(1);

	@Configuration(proxyBeanMethods = false)
	static class SlowRevision {

		@Bean
		JavaRevision slowRevision() {
			return new JavaRevision() {

				@Override
				public String revision() {
					return "5104f0000001";
				}

				@Override
				public List<String> downRevisions() {
					return List.of("8b9c0d1e2f08");
				}

				@Override
				public String message() {
					return "takes its time";
				}

				@Override
				public void upgrade(Connection connection) throws Exception {
					started.countDown();
					release.await(60, TimeUnit.SECONDS);
				}

			};
		}

	}

	@Test
	void readinessRefusesTrafficUntilTheUpgradeIsDoneWhileLivenessAnswers() throws Exception {
		int port = freePort();
		Http http = new Http(port);
		List<ConfigurableApplicationContext> context = new ArrayList<>();
		Thread app = new Thread(() -> context.add(new SpringApplicationBuilder(SampleApplication.class, SlowRevision.class)
			.run("--server.port=" + port, "--spring.datasource.url=jdbc:h2:mem:lifecycle-ready;DB_CLOSE_DELAY=-1")), "app");
		app.start();
		try {
			assertThat(started.await(60, TimeUnit.SECONDS)).as("the slow revision started").isTrue();
			assertThat(http.get("/actuator/health/liveness").statusCode()).isEqualTo(200);
			assertThat(http.get("/actuator/health/readiness").statusCode()).isEqualTo(503);
			assertThat(http.json("/actuator/migrate").get("state").asString()).isEqualTo("RUNNING");
			release.countDown();
			await(() -> http.get("/actuator/health/readiness").statusCode() == 200);
			JsonNode migrate = http.json("/actuator/migrate");
			assertThat(migrate.get("state").asString()).isEqualTo("UP_TO_DATE");
			assertThat(migrate.get("current").get(0).asString()).isEqualTo("5104f0000001");
		}
		finally {
			release.countDown();
			app.join(TimeUnit.SECONDS.toMillis(60));
			context.forEach(ConfigurableApplicationContext::close);
		}
	}

	@Test
	void failedUpgradeWithFailOnErrorFalseKeepsRunningRefusesTrafficAndSaysFailed() {
		int port = freePort();
		Http http = new Http(port);
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(SampleApplication.class).run(
				"--server.port=" + port, "--spring.datasource.url=jdbc:h2:mem:lifecycle-failed;DB_CLOSE_DELAY=-1",
				"--migrate.locations=classpath:db/revisions,classpath:db/sample-failing", "--migrate.fail-on-error=false")) {
			assertThat(http.get("/actuator/health/liveness").statusCode()).isEqualTo(200);
			assertThat(http.get("/actuator/health/readiness").statusCode()).isEqualTo(503);
			JsonNode migrate = http.json("/actuator/migrate");
			assertThat(migrate.get("state").asString()).isEqualTo("FAILED");
			assertThat(migrate.get("lastRun").get("outcome").asString()).isEqualTo("FAILED");
			assertThat(migrate.get("lastRun").get("error").asString()).contains("9c0d1e2f3a09");
			assertThat(migrate.get("current").get(0).asString()).as("what ran before the failure stays")
				.isEqualTo("8b9c0d1e2f08");
		}
	}

	@Test
	void failedUpgradeWithFailOnErrorTrueStopsTheProcessWithStatusOne() throws Exception {
		Run run = sample("--server.port=0", "--spring.datasource.url=jdbc:h2:mem:failing",
				"--migrate.locations=classpath:db/revisions,classpath:db/sample-failing");
		assertThat(run.status()).as(run.output()).isEqualTo(1);
		assertThat(run.output()).contains("9c0d1e2f3a09").contains("NO_SUCH_TABLE");
	}

	@Test
	void theJarRunsOneCommandWithoutAWebServerAndExitsWithItsStatus() throws Exception {
		String database = "--spring.datasource.url=jdbc:h2:file:" + this.dir.resolve("job-db").toAbsolutePath();
		Run upgrade = sample(database, "--migrate.command=upgrade");
		assertThat(upgrade.status()).as(upgrade.output()).isZero();
		assertThat(upgrade.output()).contains("8b9c0d1e2f08").doesNotContain("Tomcat started");

		Run current = sample(database, "--migrate.command=current");
		assertThat(current.status()).as(current.output()).isZero();
		assertThat(current.output()).contains("8b9c0d1e2f08").contains("UP_TO_DATE");

		Run downgrade = sample(database, "--migrate.command=downgrade -1");
		assertThat(downgrade.status()).as(downgrade.output()).isZero();
		assertThat(downgrade.output()).contains("Done: 8b9c0d1e2f08 -> ").doesNotContain("Tomcat started");

		Run json = sample(database, "--migrate.command=current --json");
		assertThat(json.status()).as(json.output()).isZero();
		assertThat(json.output()).contains("\"state\" : \"PENDING\"").contains("\"pendingCount\" : 1")
			.doesNotContain("Starting SampleApplication");

		Run bad = sample(database, "--migrate.command=upgrade", "--migrate.target=no_such_rev");
		assertThat(bad.status()).as(bad.output()).isEqualTo(2);
		assertThat(bad.output()).contains("no_such_rev");
	}

	/** The sample in a JVM of its own, as a container would run it; waits for it to exit. */
	private Run sample(String... args) throws Exception {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-XX:TieredStopAtLevel=1", "-Djava.io.tmpdir=" + this.dir, "-cp", System.getProperty("java.class.path"),
				SampleApplication.class.getName()));
		command.addAll(List.of(args));
		Path log = Files.createTempFile(this.dir, "sample", ".log");
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		if (!process.waitFor(120, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new AssertionError("The sample did not exit within 120s:\n" + Files.readString(log));
		}
		return new Run(process.exitValue(), Files.readString(log));
	}

	private record Run(int status, String output) {
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void await(BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (!condition.getAsBoolean()) {
			assertThat(System.nanoTime()).as("waited 60s for the condition").isLessThan(deadline);
			Thread.sleep(100);
		}
	}

}
