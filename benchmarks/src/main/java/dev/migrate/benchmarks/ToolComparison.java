package dev.migrate.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Apply and up to date, every tool in a fresh JVM against a fresh database, round after round.
 * Each round rotates the order of the tools, so that a noisy moment on the machine does not fall on
 * the same tool every time.
 */
final class ToolComparison {

	private final Postgres postgres;

	private final Corpus corpus;

	private final Path logs;

	private final List<String> jvmOptions;

	private final boolean jfr;

	ToolComparison(Postgres postgres, Corpus corpus, Path logs, List<String> jvmOptions, boolean jfr) {
		this.postgres = postgres;
		this.corpus = corpus;
		this.logs = logs;
		this.jvmOptions = List.copyOf(jvmOptions);
		this.jfr = jfr;
	}

	/** In-process times and whole-process times of both phases. */
	record Outcome(Samples apply, Samples upToDate, Samples applyProcess, Samples upToDateProcess) {

		Outcome() {
			this(new Samples(), new Samples(), new Samples(), new Samples());
		}

	}

	Map<String, Outcome> run(List<Contender> contenders, int rounds) {
		Map<String, Outcome> outcomes = new LinkedHashMap<>();
		contenders.forEach(contender -> outcomes.put(contender.name(), new Outcome()));
		// On this machine the first apply of a run was repeatedly about twice as fast as every later one,
		// whichever tool ran it; one discarded run keeps that from favouring the tool that comes first.
		measure(contenders.get(0), 0, new Outcome());
		Console.line("  (the run above warmed up the machine and is not counted)");
		for (int round = 1; round <= rounds; round++) {
			List<Contender> order = new ArrayList<>(contenders);
			java.util.Collections.rotate(order, -(round - 1));
			for (Contender contender : order) {
				measure(contender, round, outcomes.get(contender.name()));
			}
			Console.line("round %d/%d done, load %s", round, rounds, Machine.loadAverage());
		}
		return outcomes;
	}

	private void measure(Contender contender, int round, Outcome outcome) {
		String database = contender.databaseName("db", round);
		this.postgres.create(database);
		try {
			Fork.Result apply = fork(contender, database, "apply", round);
			long[] applied = apply.result();
			verify(contender, database, applied[1], this.corpus.size());
			Fork.Result again = fork(contender, database, "uptodate", round);
			long[] reapplied = again.result();
			verify(contender, database, reapplied[1], 0);
			outcome.apply().add(applied[0] / 1e6);
			outcome.upToDate().add(reapplied[0] / 1e6);
			outcome.applyProcess().add(apply.wallNanos() / 1e6);
			outcome.upToDateProcess().add(again.wallNanos() / 1e6);
			Console.line("  %-22s apply %8.0f ms (process %6.0f)   up to date %6.0f ms (process %6.0f)",
					contender.name(), applied[0] / 1e6, apply.wallNanos() / 1e6, reapplied[0] / 1e6,
					again.wallNanos() / 1e6);
		}
		finally {
			this.postgres.drop(database);
		}
	}

	private Fork.Result fork(Contender contender, String database, String phase, int round) {
		String name = contender.databaseName(phase, round);
		List<String> options = new ArrayList<>(this.jvmOptions);
		if (this.jfr) {
			options.add("-XX:StartFlightRecording=filename=" + this.logs.resolve(name + ".jfr") + ",settings=profile");
		}
		String classpath = System.getProperty("java.class.path");
		if (contender.classpathPrefix() != null) {
			classpath = contender.classpathPrefix() + java.io.File.pathSeparator + classpath;
		}
		List<String> command = Fork.java(options, classpath, Run.class.getName(),
				List.of(contender.tool(), this.postgres.url(database), this.postgres.user(), this.corpus.root().toString()));
		return new Fork(command, this.logs.resolve(name + ".log")).start().await().requireSuccess();
	}

	/** The schema holds every table, index and row, the tool recorded every migration, and ran what it said. */
	private void verify(Contender contender, String database, long applied, int expectedApplied) {
		int size = this.corpus.size();
		check(database, "tables", size, this.postgres.count(database,
				"SELECT count(*) FROM pg_tables WHERE schemaname = current_schema() AND tablename LIKE 'bench\\_%'"));
		check(database, "indexes", size, this.postgres.count(database,
				"SELECT count(*) FROM pg_indexes WHERE schemaname = current_schema() AND indexname LIKE 'bench\\_%\\_name'"));
		check(database, "rows", size, this.postgres.count(database, rowsQuery(size)));
		check(database, "recorded migrations", size, this.postgres.count(database, contender.recordedQuery()));
		if (applied >= 0) {
			check(database, "migrations the tool says it ran", expectedApplied, applied);
		}
	}

	private static String rowsQuery(int size) {
		StringBuilder sql = new StringBuilder("SELECT count(*) FROM (");
		for (int n = 1; n <= size; n++) {
			sql.append((n > 1) ? " UNION ALL " : "").append("SELECT id FROM ").append(Corpus.table(n));
		}
		return sql.append(") t").toString();
	}

	private static void check(String database, String what, long expected, long actual) {
		if (expected != actual) {
			throw new IllegalStateException(database + ": expected " + expected + " " + what + ", found " + actual);
		}
	}

}
