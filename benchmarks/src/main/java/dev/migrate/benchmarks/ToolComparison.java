package dev.migrate.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Apply and up to date, every tool in a fresh JVM against a fresh database, round after round.
 * Each round rotates the order of the tools, so that a noisy moment on the machine does not fall on
 * the same tool every time. Every fork is also measured as a whole process: its wall time, start to
 * exit, and its CPU time (user + sys of the child, JIT and GC threads included, from {@code /proc}).
 * The {@code migrate-cli} contender is the command line itself, {@code java -jar migrate-cli.jar
 * upgrade}, which has only whole-process figures.
 */
final class ToolComparison {

	private final Postgres postgres;

	private final Corpus corpus;

	private final Path logs;

	private final List<String> jvmOptions;

	private final boolean jfr;

	private final Path cli;

	private final CpuTime cpuTime = new CpuTime("");

	/** The progress line the command line prints for each revision it applies. */
	private static final Pattern APPLIED = Pattern.compile("(?m)^\\[\\d+/\\d+\\] upgrade ");

	ToolComparison(Postgres postgres, Corpus corpus, Path logs, List<String> jvmOptions, boolean jfr, Path cli) {
		this.cli = cli;
		this.postgres = postgres;
		this.corpus = corpus;
		this.logs = logs;
		this.jvmOptions = List.copyOf(jvmOptions);
		this.jfr = jfr;
	}

	/**
	 * In-process times, whole-process wall times and whole-process CPU times of both phases; the
	 * in-process samples stay empty for the command line.
	 */
	record Outcome(Samples apply, Samples upToDate, Samples applyProcess, Samples upToDateProcess, Samples applyCpu,
			Samples upToDateCpu) {

		Outcome() {
			this(new Samples(), new Samples(), new Samples(), new Samples(), new Samples(), new Samples());
		}

		/** Whether the in-process time was taken (every tool but the command line). */
		boolean inProcess() {
			return this.apply.count() > 0;
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
			double cpuBefore = this.cpuTime.children();
			Fork.Result apply = fork(contender, database, "apply", round);
			double applyCpu = this.cpuTime.children() - cpuBefore;
			long[] applied = result(contender, apply);
			verify(contender, database, applied[1], this.corpus.size());
			cpuBefore = this.cpuTime.children();
			Fork.Result again = fork(contender, database, "uptodate", round);
			double againCpu = this.cpuTime.children() - cpuBefore;
			long[] reapplied = result(contender, again);
			verify(contender, database, reapplied[1], 0);
			if (applied[0] >= 0) {
				outcome.apply().add(applied[0] / 1e6);
				outcome.upToDate().add(reapplied[0] / 1e6);
			}
			outcome.applyProcess().add(apply.wallNanos() / 1e6);
			outcome.upToDateProcess().add(again.wallNanos() / 1e6);
			outcome.applyCpu().add(applyCpu);
			outcome.upToDateCpu().add(againCpu);
			Console.line("  %-22s apply %8s ms (process %6.0f, CPU %6.0f)   up to date %6s ms (process %6.0f, CPU %5.0f)",
					contender.name(), inProcess(applied[0]), apply.wallNanos() / 1e6, applyCpu, inProcess(reapplied[0]),
					again.wallNanos() / 1e6, againCpu);
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
		if (contender.commandLine()) {
			List<String> command = Fork.java(options, null, "-jar", List.of(this.cli.toString(), "--url",
					this.postgres.url(database), "--user", this.postgres.user(), "--locations",
					"filesystem:" + this.corpus.migrate(), "upgrade"));
			return new Fork(command, this.logs.resolve(name + ".log")).start().await().requireSuccess();
		}
		String classpath = System.getProperty("java.class.path");
		if (contender.classpathPrefix() != null) {
			classpath = contender.classpathPrefix() + java.io.File.pathSeparator + classpath;
		}
		List<String> command = Fork.java(options, classpath, Run.class.getName(),
				List.of(contender.tool(), this.postgres.url(database), this.postgres.user(), this.corpus.root().toString()));
		return new Fork(command, this.logs.resolve(name + ".log")).start().await().requireSuccess();
	}

	private static String inProcess(long nanos) {
		return (nanos < 0) ? "–" : String.format("%.0f", nanos / 1e6);
	}

	/** Run's time and count; for the command line no time (-1) and the revisions its progress lines name. */
	private static long[] result(Contender contender, Fork.Result result) {
		if (!contender.commandLine()) {
			return result.result();
		}
		Matcher matcher = APPLIED.matcher(result.out());
		long applied = 0;
		while (matcher.find()) {
			applied++;
		}
		return new long[] { -1, applied };
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
