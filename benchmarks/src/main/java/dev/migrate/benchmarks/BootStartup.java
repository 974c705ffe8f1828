package dev.migrate.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spring Boot startup: the same web app built without any migration tool, with migrate and with
 * Spring Boot's Flyway integration, each started as {@code java -jar} in a fresh JVM against its
 * own database, which already holds the corpus's migrations (the tool's first start applied them;
 * the benchmark created them for the app without a tool). Measured from the process start, as seen from here, until
 * {@code /actuator/health/readiness} first answers 200. Each round alternates which app starts first.
 */
final class BootStartup {

	/** How often the harness asks for readiness; short against a start of seconds. */
	static final Duration POLL = Duration.ofMillis(10);

	/** Long enough for the start that applies the migrations on a slow machine. */
	private static final Duration TIMEOUT = Duration.ofMinutes(10);

	private static final Pattern STARTED = Pattern
		.compile("Started \\S+ in [\\d.]+ seconds \\(process running for ([\\d.]+)\\)");

	private final Postgres postgres;

	private final Corpus corpus;

	private final Path logs;

	private final List<BootContender> apps;

	private final BootHttp http = new BootHttp();

	private final boolean jfr;

	/** Rows of the tool's table after the start that applied the migrations; no later start may add any. */
	private final Map<String, Long> tableRows = new HashMap<>();

	BootStartup(Postgres postgres, Corpus corpus, Path logs, List<BootContender> apps, boolean jfr) {
		this.postgres = postgres;
		this.corpus = corpus;
		this.logs = logs;
		this.apps = List.copyOf(apps);
		this.jfr = jfr;
	}

	/**
	 * Times in milliseconds from the process start.
	 * @param version the version of the tool in the app's jar
	 * @param ready until readiness first answered 200
	 * @param firstAnswer until the web server first answered at all (503 or 200)
	 * @param firstRequest until the app's own endpoint, asked once ready, answered 200
	 * @param started the JVM's uptime when Spring Boot logged {@code Started … (process running for …)}
	 * @param refused how many times readiness answered 503 before 200
	 * @param cpu the CPU time (user + system, all threads) the JVM had used when readiness first answered 200
	 */
	record Outcome(String name, String version, Samples ready, Samples firstAnswer, Samples firstRequest,
			Samples started, Samples refused, Samples cpu) {

	}

	/** One start. */
	private record Start(double ready, double firstAnswer, double firstRequest, double started, int refused,
			double cpu) {

	}

	/**
	 * Brings each app's database up to date by starting the app once, starts each once more as a
	 * discarded warm-up, then measures {@code rounds} rounds; the databases are dropped at the end.
	 */
	Map<String, Outcome> run(int rounds) {
		Map<String, Outcome> outcomes = new LinkedHashMap<>();
		try {
			for (BootContender app : this.apps) {
				outcomes.put(app.name(), new Outcome(app.name(), app.toolVersion(), new Samples(), new Samples(),
						new Samples(), new Samples(), new Samples(), new Samples()));
				this.postgres.create(app.database());
				if (!app.hasTool()) {
					this.postgres.execute(app.database(), BootContender.prepare(this.corpus));
					this.tableRows.put(app.name(), this.postgres.count(app.database(), app.tableRowsQuery()));
					Console.line("  %-8s database prepared with the %d migrations' tables", app.name(), this.corpus.size());
					continue;
				}
				Start apply = start(app, "apply", this.corpus.size());
				this.tableRows.put(app.name(), this.postgres.count(app.database(), app.tableRowsQuery()));
				Console.line("  %-8s applied %d migrations, ready after %6.0f ms", app.name(), this.corpus.size(),
						apply.ready());
			}
			for (BootContender app : this.apps) {
				print(app, start(app, "warmup", 0));
			}
			Console.line("  (the starts above warmed up the machine and are not counted)");
			for (int round = 1; round <= rounds; round++) {
				List<BootContender> order = new ArrayList<>(this.apps);
				Collections.rotate(order, -(round - 1));
				for (BootContender app : order) {
					Start start = start(app, "round_" + round, 0);
					Outcome outcome = outcomes.get(app.name());
					outcome.ready().add(start.ready());
					outcome.firstAnswer().add(start.firstAnswer());
					outcome.firstRequest().add(start.firstRequest());
					outcome.started().add(start.started());
					outcome.refused().add(start.refused());
					outcome.cpu().add(start.cpu());
					print(app, start);
				}
				Console.line("round %d/%d done, load %s", round, rounds, Machine.loadAverage());
			}
		}
		finally {
			this.apps.forEach(app -> this.postgres.drop(app.database()));
		}
		return outcomes;
	}

	private static void print(BootContender app, Start start) {
		Console.line("  %-8s ready %6.0f ms, CPU %6.0f ms (first answer %6.0f, Started logged %6.0f, /rows %6.0f; "
				+ "readiness 503 × %d)", app.name(), start.ready(), start.cpu(), start.firstAnswer(), start.started(),
				start.firstRequest(), start.refused());
	}

	/** Starts the app, waits until it is ready, asks its endpoints, stops it and checks what it did. */
	private Start start(BootContender app, String label, int expectedApplied) {
		int port = BootHttp.freePort();
		List<String> options = new ArrayList<>();
		Path log = this.logs.resolve("boot_" + app.name() + "_" + label + ".log");
		if (this.jfr) {
			options.add("-XX:StartFlightRecording=filename=" + log.resolveSibling(log.getFileName() + ".jfr")
					+ ",settings=profile");
		}
		List<String> arguments = new ArrayList<>(List.of(app.jar().toString(), "--server.port=" + port,
				"--spring.datasource.url=" + this.postgres.url(app.database()),
				"--spring.datasource.username=" + this.postgres.user()));
		arguments.addAll(app.locationArgument(this.corpus));
		List<String> command = Fork.java(options, null, "-jar", arguments);
		Process process;
		long startedAt;
		try {
			Files.createDirectories(this.logs);
			ProcessBuilder builder = Fork.quiet(new ProcessBuilder(command)).redirectErrorStream(true)
				.redirectOutput(log.toFile());
			startedAt = System.nanoTime();
			process = builder.start();
			process.getOutputStream().close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		// Stopping the harness must not leave an app running.
		Thread reaper = new Thread(process::destroyForcibly);
		Runtime.getRuntime().addShutdownHook(reaper);
		try {
			double firstAnswer = Double.NaN;
			int refused = 0;
			URI readiness = BootHttp.uri(port, "/actuator/health/readiness");
			while (true) {
				if (!process.isAlive()) {
					throw failed(app, log, "exited with " + process.exitValue() + " before it was ready");
				}
				if (System.nanoTime() - startedAt > TIMEOUT.toNanos()) {
					throw failed(app, log, "was not ready after " + TIMEOUT);
				}
				HttpResponse<String> answer = this.http.get(readiness);
				if (answer != null && Double.isNaN(firstAnswer)) {
					firstAnswer = millisSince(startedAt);
				}
				if (answer != null && answer.statusCode() == 200) {
					break;
				}
				if (answer != null && answer.statusCode() != 503) {
					throw failed(app, log, "answered readiness with " + answer.statusCode());
				}
				refused += (answer != null) ? 1 : 0;
				sleep(POLL);
			}
			double ready = millisSince(startedAt);
			double cpu = CpuTime.of(process.pid());
			HttpResponse<String> rows = this.http.get(BootHttp.uri(port, "/rows"));
			double firstRequest = millisSince(startedAt);
			if (rows == null || rows.statusCode() != 200 || !rows.body().contains("\"row 1\"")) {
				throw failed(app, log, "answered /rows with " + ((rows != null) ? rows.statusCode() + " " + rows.body()
						: "nothing"));
			}
			HttpResponse<String> endpoint = (app.endpoint() != null) ? this.http.get(BootHttp.uri(port, app.endpoint()))
					: null;
			stop(process);
			String text = Files.readString(log);
			String problem = app.problem((endpoint != null) ? endpoint.body() : "", text, this.corpus.size(),
					expectedApplied);
			if (problem != null) {
				throw failed(app, log, "did not bring the database up to date: " + problem);
			}
			verify(app);
			Matcher started = STARTED.matcher(text);
			if (!started.find()) {
				throw failed(app, log, "logged no 'Started … (process running for …)' line");
			}
			return new Start(ready, firstAnswer, firstRequest, Double.parseDouble(started.group(1)) * 1000, refused,
					cpu);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			process.destroyForcibly();
			Runtime.getRuntime().removeShutdownHook(reaper);
		}
	}

	/** The database holds the migrations the tool recorded, and the start added no row to the tool's table. */
	private void verify(BootContender app) {
		long recorded = this.postgres.count(app.database(), app.recordedQuery());
		long rows = this.postgres.count(app.database(), app.tableRowsQuery());
		Long expectedRows = this.tableRows.get(app.name());
		if (recorded != this.corpus.size() || (expectedRows != null && rows != expectedRows)) {
			throw new IllegalStateException(app.database() + ": expected " + this.corpus.size() + " recorded migrations"
					+ ((expectedRows != null) ? " and " + expectedRows + " rows" : "") + " in " + app.name()
					+ "'s table, found " + recorded + " and " + rows);
		}
	}

	/** SIGTERM, as an orchestrator stops a pod; Spring Boot shuts down gracefully. */
	private static void stop(Process process) {
		process.destroy();
		try {
			if (!process.waitFor(60, TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted", ex);
		}
	}

	private static IllegalStateException failed(BootContender app, Path log, String what) {
		String tail;
		try {
			List<String> lines = Files.readAllLines(log);
			tail = String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
		}
		catch (IOException ex) {
			tail = "(no log: " + ex.getMessage() + ")";
		}
		return new IllegalStateException("The " + app.name() + " app " + what + "; see " + log + "\n" + tail);
	}

	private static double millisSince(long nanos) {
		return (System.nanoTime() - nanos) / 1e6;
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted", ex);
		}
	}

}
