package dev.migrate.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Several instances of the command line ({@code upgrade}, separate JVMs) started at once on one
 * empty database, against one instance alone: the time until the last one exits, and whether each
 * revision was applied exactly once.
 */
final class Replicas {

	/** The progress line the command line prints for each revision it applies. */
	private static final Pattern APPLIED = Pattern.compile("(?m)^\\[\\d+/\\d+\\] upgrade ");

	private final Postgres postgres;

	private final Corpus corpus;

	private final Path logs;

	private final String name;

	private final Path cli;

	private final List<String> jvmOptions;

	private final CpuTime cpuTime;

	/**
	 * @param name how the report names this command line, e.g. a locally patched build's
	 * @param jvmOptions options of every instance's JVM; none means the defaults
	 */
	Replicas(Postgres postgres, Corpus corpus, Path logs, String name, Path cli, List<String> jvmOptions) {
		this.postgres = postgres;
		this.corpus = corpus;
		this.logs = logs;
		this.name = name;
		this.cli = cli;
		this.jvmOptions = List.copyOf(jvmOptions);
		this.cpuTime = new CpuTime(postgres.text("postgres", "SHOW data_directory"));
	}

	/**
	 * @param jvmOptions the instances' JVM options, empty for the defaults
	 * @param alone one instance, start to exit
	 * @param together all instances, first start to last exit
	 * @param applier together, first start to the exit of the instance that applied the revisions
	 * @param firstOther together, first start to the first exit of an instance that found nothing to do
	 */
	record Outcome(String name, String jvmOptions, int instances, Samples alone, Samples together, Samples applier,
			Samples firstOther, Cpu aloneCpu, Cpu togetherCpu) {

	}

	/** CPU time spent, in milliseconds: by the command lines' JVMs and by their PostgreSQL backends. */
	record Cpu(Samples jvms, Samples backends) {

		Cpu() {
			this(new Samples(), new Samples());
		}

	}

	/** Creates the empty outcome that {@link #round} fills. */
	Outcome outcome(int instances) {
		return new Outcome(this.name, String.join(" ", this.jvmOptions), instances, new Samples(), new Samples(),
				new Samples(), new Samples(), new Cpu(), new Cpu());
	}

	/** One instance alone and all at once; odd rounds start with the one alone, even rounds with all. */
	void round(int round, Outcome outcome) {
		if (round % 2 == 1) {
			alone(round, outcome);
			together(outcome.instances(), round, outcome);
		}
		else {
			together(outcome.instances(), round, outcome);
			alone(round, outcome);
		}
	}

	private void alone(int round, Outcome outcome) {
		String database = database("alone", round);
		this.postgres.create(database);
		try {
			double[] cpu = cpu();
			Fork.Result result = fork(database, database).start().await().requireSuccess();
			double[] spent = spentSince(cpu, outcome.aloneCpu());
			verify(database, List.of(result));
			outcome.alone().add(result.wallNanos() / 1e6);
			Console.line("  %s, 1 instance:  %6.0f ms (CPU: JVM %.0f ms, PostgreSQL %.0f ms)", this.name,
					result.wallNanos() / 1e6, spent[0], spent[1]);
		}
		finally {
			this.postgres.drop(database);
		}
	}

	private void together(int instances, int round, Outcome outcome) {
		String database = database("together", round);
		this.postgres.create(database);
		ExecutorService waiters = Executors.newFixedThreadPool(instances);
		try {
			List<Fork> forks = new ArrayList<>();
			for (int i = 1; i <= instances; i++) {
				forks.add(fork(database, database + "_" + i));
			}
			double[] cpu = cpu();
			List<CompletableFuture<Fork.Result>> running = new ArrayList<>();
			for (Fork fork : forks) {
				fork.start();
				running.add(CompletableFuture.supplyAsync(fork::await, waiters));
			}
			List<Fork.Result> results = running.stream().map(CompletableFuture::join).toList();
			results.forEach(Fork.Result::requireSuccess);
			double[] spent = spentSince(cpu, outcome.togetherCpu());
			verify(database, results);
			long first = results.stream().mapToLong(Fork.Result::startedAt).min().orElseThrow();
			long last = results.stream().mapToLong(result -> result.startedAt() + result.wallNanos()).max().orElseThrow();
			Fork.Result applier = results.stream().filter(result -> applied(result) > 0).findFirst().orElseThrow();
			long firstOther = results.stream().filter(result -> result != applier)
				.mapToLong(result -> result.startedAt() + result.wallNanos()).min().orElse(last);
			outcome.together().add((last - first) / 1e6);
			outcome.applier().add((applier.startedAt() + applier.wallNanos() - first) / 1e6);
			outcome.firstOther().add((firstOther - first) / 1e6);
			Console.line("  %s, %d at once: %6.0f ms (the one that applied exited after %.0f ms, the first other after %.0f ms;"
					+ " CPU: JVMs %.0f ms, PostgreSQL %.0f ms)", this.name, instances, (last - first) / 1e6,
					(applier.startedAt() + applier.wallNanos() - first) / 1e6, (firstOther - first) / 1e6, spent[0],
					spent[1]);
		}
		finally {
			waiters.shutdownNow();
			this.postgres.drop(database);
		}
	}

	/** The CPU counters now: the JVMs this one has waited for, and PostgreSQL's ended backends. */
	private double[] cpu() {
		return new double[] { this.cpuTime.children(), this.cpuTime.backends() };
	}

	/**
	 * Adds what the counters grew by since {@code before} to {@code cpu}; waits a moment first, so
	 * that the backends of the connections the instances closed have ended.
	 */
	private double[] spentSince(double[] before, Cpu cpu) {
		try {
			Thread.sleep(300);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		double[] now = cpu();
		double[] spent = { now[0] - before[0], now[1] - before[1] };
		cpu.jvms().add(spent[0]);
		cpu.backends().add(spent[1]);
		return spent;
	}

	private String database(String purpose, int round) {
		return ("bench_replicas_" + this.name + "_" + purpose + "_" + round).replaceAll("[^A-Za-z0-9_]", "_")
			.toLowerCase();
	}

	private Fork fork(String database, String name) {
		List<String> command = Fork.java(this.jvmOptions, null, "-jar",
				List.of(this.cli.toString(), "--url", this.postgres.url(database), "--user", this.postgres.user(),
						"--locations", "filesystem:" + this.corpus.migrate(), "upgrade"));
		return new Fork(command, this.logs.resolve(name + ".log"));
	}

	/** Every revision applied exactly once, nothing else recorded, and the instances agree. */
	private void verify(String database, List<Fork.Result> results) {
		int size = this.corpus.size();
		long rows = this.postgres.count(database, "SELECT count(*) FROM migrate_history");
		long distinct = this.postgres.count(database, "SELECT count(DISTINCT revision) FROM migrate_history "
				+ "WHERE operation = 'upgrade' AND outcome = 'SUCCESS'");
		long tables = this.postgres.count(database,
				"SELECT count(*) FROM pg_tables WHERE schemaname = current_schema() AND tablename LIKE 'bench\\_%'");
		int reported = results.stream().mapToInt(Replicas::applied).sum();
		if (rows != size || distinct != size || tables != size || reported != size) {
			throw new IllegalStateException(database + ": expected each of " + size + " revisions applied once; "
					+ "history rows " + rows + ", distinct revisions applied " + distinct + ", tables " + tables
					+ ", applied as reported by the instances " + reported);
		}
	}

	private static int applied(Fork.Result result) {
		Matcher matcher = APPLIED.matcher(result.out());
		int applied = 0;
		while (matcher.find()) {
			applied++;
		}
		return applied;
	}

}
