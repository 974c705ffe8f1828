package dev.migrate.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Fleets (issue 14): N tenant schemas × R revisions on PostgreSQL, applied and then found up to
 * date, each run a whole process: migrate's command line with {@code --parallel 1} and {@code 4}
 * against Flyway looping over the same schemas in one JVM ({@link FlywayFleet}). Also counts the
 * statements the server ran per up-to-date tenant ({@code pg_stat_database}: transactions
 * committed and rolled back; every statement of an autocommit session is one). Writes its section
 * into the report between {@value #START} and {@value #END}.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.migrate.benchmarks.FleetBenchmark \
 *     --cli migrate-core/target/migrate-cli.jar --tenants 100,1000 --out docs/benchmarks.md
 * </pre>
 */
public final class FleetBenchmark {

	static final String START = "<!-- fleets:start -->";

	static final String END = "<!-- fleets:end -->";

	private static final String DATABASE = "bench_fleet";

	private static final String QUERY = "SELECT nspname FROM pg_namespace WHERE nspname LIKE 'tenant\\_%' ORDER BY 1";

	private FleetBenchmark() {
	}

	record Row(int tenants, String tool, double applySeconds, double upToDateSeconds, double statementsPerTenant) {
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = new LinkedHashMap<>(Map.of("--server", "jdbc:postgresql://127.0.0.1:5432/",
				"--user", "postgres", "--cli", "migrate-core/target/migrate-cli.jar", "--tenants", "100,1000",
				"--revisions", "20", "--work", "target/fleet-bench", "--out", "-"));
		for (int i = 0; i + 1 < args.length; i += 2) {
			if (!options.containsKey(args[i])) {
				throw new IllegalArgumentException("Unknown option " + args[i] + "; known: " + options.keySet());
			}
			options.put(args[i], args[i + 1]);
		}
		Postgres postgres = new Postgres(options.get("--server"), options.get("--user"));
		int revisions = Integer.parseInt(options.get("--revisions"));
		Path work = Path.of(options.get("--work"));
		Path migrateDir = work.resolve("migrate");
		Path flywayDir = work.resolve("flyway");
		writeCorpus(migrateDir, flywayDir, revisions);
		String loadBefore = Machine.loadAverage();
		String url = postgres.url(DATABASE);
		String classpath = System.getProperty("java.class.path");
		Map<String, List<String>> tools = new LinkedHashMap<>();
		for (int parallel : new int[] { 1, 4 }) {
			tools.put("migrate --parallel " + parallel,
					Fork.java(List.of(), null, "-jar", List.of(options.get("--cli"), "--url", url, "--user",
							postgres.user(), "--locations", "filesystem:" + migrateDir.toAbsolutePath(), "--guard", "off",
							"--schemas-query", QUERY, "--parallel", String.valueOf(parallel), "upgrade")));
		}
		tools.put("Flyway, a loop in one JVM", Fork.java(List.of(), classpath, FlywayFleet.class.getName(),
				List.of(url, postgres.user(), flywayDir.toAbsolutePath().toString(), QUERY)));
		List<Row> rows = new ArrayList<>();
		for (String count : options.get("--tenants").split(",")) {
			int tenants = Integer.parseInt(count.trim());
			for (Map.Entry<String, List<String>> tool : tools.entrySet()) {
				rows.add(measure(postgres, tenants, revisions, tool.getKey(), fixGuard(tool.getValue()), work));
				Row row = rows.get(rows.size() - 1);
				Console.line("%d tenants, %s: apply %.1f s, up to date %.1f s, %.2f statements per up-to-date tenant; load %s",
						tenants, tool.getKey(), row.applySeconds(), row.upToDateSeconds(), row.statementsPerTenant(),
						Machine.loadAverage());
			}
		}
		String section = section(rows, revisions, loadBefore, Machine.loadAverage(), args);
		String out = options.get("--out");
		if (out.equals("-")) {
			System.out.println(section);
		}
		else {
			write(Path.of(out), section);
			Console.line("Wrote the fleets section of %s", out);
		}
	}

	/** {@code --guard off} is upgrade's option: it follows the command. */
	private static List<String> fixGuard(List<String> command) {
		List<String> fixed = new ArrayList<>(command);
		int guard = fixed.indexOf("--guard");
		if (guard >= 0) {
			fixed.remove(guard);
			fixed.remove(guard);
			fixed.add("--guard");
			fixed.add("off");
		}
		return fixed;
	}

	private static Row measure(Postgres postgres, int tenants, int revisions, String tool, List<String> command, Path work)
			throws Exception {
		postgres.create(DATABASE);
		try {
			createTenants(postgres, tenants);
			Path logs = work.resolve("logs");
			Fork.Result apply = new Fork(command, logs.resolve("apply.log")).start().await().requireSuccess();
			long migrated = postgres.count(DATABASE, "SELECT count(*) FROM information_schema.tables WHERE table_name = 'item_"
					+ revisions + "' AND table_schema LIKE 'tenant\\_%'");
			if (migrated != tenants) {
				throw new IllegalStateException(tool + " migrated " + migrated + " of " + tenants + " tenants");
			}
			long before = statements(postgres);
			Fork.Result upToDate = new Fork(command, logs.resolve("up-to-date.log")).start().await().requireSuccess();
			long after = settledStatements(postgres, before + tenants);
			return new Row(tenants, tool, apply.wallNanos() / 1e9, upToDate.wallNanos() / 1e9,
					(after - before) / (double) tenants);
		}
		finally {
			postgres.drop(DATABASE);
		}
	}

	/**
	 * The statement counter once the ended run's sessions have published theirs (the server does
	 * that when a session ends, at most once a second before): at least {@code atLeast} (one
	 * statement per tenant) and the same on two readings in a row, within ten seconds.
	 */
	private static long settledStatements(Postgres postgres, long atLeast) throws InterruptedException {
		long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
		long previous = -1;
		while (true) {
			long now = statements(postgres);
			if ((now >= atLeast && now == previous) || System.nanoTime() > deadline) {
				return now;
			}
			previous = now;
			Thread.sleep(200);
		}
	}

	private static long statements(Postgres postgres) {
		return postgres.count("postgres", "SELECT xact_commit + xact_rollback FROM pg_stat_database WHERE datname = '"
				+ DATABASE + "'");
	}

	private static void createTenants(Postgres postgres, int tenants) throws SQLException {
		try (Connection connection = DriverManager.getConnection(postgres.url(DATABASE), postgres.user(), "");
				Statement statement = connection.createStatement()) {
			for (int i = 1; i <= tenants; i++) {
				statement.addBatch(String.format(Locale.ROOT, "CREATE SCHEMA tenant_%05d", i));
			}
			statement.executeBatch();
		}
	}

	private static void writeCorpus(Path migrate, Path flyway, int revisions) throws IOException {
		Files.createDirectories(migrate);
		Files.createDirectories(flyway);
		for (int i = 1; i <= revisions; i++) {
			String sql = "CREATE TABLE item_" + i + " (id bigint primary key, name varchar(100) not null, "
					+ "created_at timestamp default now());\nCREATE INDEX item_" + i + "_name ON item_" + i + " (name);\n";
			String id = String.format(Locale.ROOT, "f%011d", i);
			String down = (i == 1) ? "none" : String.format(Locale.ROOT, "f%011d", i - 1);
			Files.writeString(migrate.resolve(id + "_item_" + i + ".sql"), "-- revision: " + id + "\n-- down_revision: "
					+ down + "\n-- message: item " + i + "\n-- phase: expand\n\n-- migrate:upgrade\n" + sql);
			Files.writeString(flyway.resolve("V" + i + "__item_" + i + ".sql"), sql);
		}
	}

	static String section(List<Row> rows, int revisions, String loadBefore, String loadAfter, String[] args) {
		StringBuilder out = new StringBuilder();
		out.append(START).append("\n## Fleets: schema-per-tenant\n\n");
		out.append("N tenant schemas × ").append(revisions).append(" revisions (a table and an index each) on one ")
			.append("PostgreSQL database; every figure is a whole process, JVM start included, measured once. ")
			.append("migrate is its command line (`--schemas-query`, one pool of parallel + 1 connections); Flyway is ")
			.append("a loop in one JVM over the same schemas, `Flyway.configure().dataSource(pool).schemas(s)`, on a ")
			.append("pool of 2 ([FlywayFleet](../benchmarks/src/main/java/dev/migrate/benchmarks/FlywayFleet.java)). ")
			.append("*Statements per up-to-date tenant*: what the server counted (`pg_stat_database`, transactions ")
			.append("committed and rolled back, one per autocommit statement) during the up-to-date run, divided by N.\n\n");
		out.append("```sh\n./mvnw -B -q -pl migrate-core package -DskipTests && ./mvnw -B -q -f benchmarks/pom.xml package\n")
			.append("java -cp benchmarks/target/benchmarks.jar dev.migrate.benchmarks.FleetBenchmark ")
			.append(String.join(" ", args)).append("\n```\n\n");
		out.append("Load average before: ").append(loadBefore).append("; after: ").append(loadAfter).append(".\n\n");
		out.append("| tenants | tool | apply (s) | × Flyway | up to date (s) | × Flyway | statements per up-to-date tenant |\n");
		out.append("| ---: | --- | ---: | ---: | ---: | ---: | ---: |\n");
		for (Row row : rows) {
			Row flyway = rows.stream()
				.filter(other -> other.tenants() == row.tenants() && other.tool().startsWith("Flyway"))
				.findFirst()
				.orElse(row);
			out.append(String.format(Locale.ROOT, "| %d | %s | %.1f | %.2f | %.1f | %.2f | %.2f |%n", row.tenants(),
					row.tool(), row.applySeconds(), row.applySeconds() / flyway.applySeconds(), row.upToDateSeconds(),
					row.upToDateSeconds() / flyway.upToDateSeconds(), row.statementsPerTenant()));
		}
		out.append("\n").append(END).append("\n");
		return out.toString();
	}

	/** Replaces the section between the markers, or appends it. */
	static void write(Path file, String section) throws IOException {
		String text = Files.exists(file) ? Files.readString(file) : "";
		int start = text.indexOf(START);
		int end = text.indexOf(END);
		String updated = (start >= 0 && end > start) ? text.substring(0, start) + section.strip() + "\n"
				+ text.substring(end + END.length()).replaceFirst("^\n", "")
				: text + (text.endsWith("\n") || text.isEmpty() ? "\n" : "\n\n") + section;
		Files.writeString(file, updated);
	}

	/** The fleets section of {@code file}, to keep when the rest of the report is rewritten; empty if none. */
	static String kept(Path file) throws IOException {
		if (!Files.exists(file)) {
			return "";
		}
		String text = Files.readString(file);
		int start = text.indexOf(START);
		int end = text.indexOf(END);
		return (start >= 0 && end > start) ? text.substring(start, end + END.length()) + "\n" : "";
	}

}
