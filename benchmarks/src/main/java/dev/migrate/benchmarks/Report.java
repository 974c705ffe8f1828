package dev.migrate.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;

/** docs/benchmarks.md: how it was measured, the tables, the targets and what the time goes to. */
final class Report {

	/** The versions of the tools, as Maven wrote them into the jar. */
	private static final Properties VERSIONS = versions();

	private final Machine machine;

	private final ZonedDateTime started;

	private final String loadBefore;

	private final String loadAfter;

	private final Options options;

	private final Map<String, ToolComparison.Outcome> tools;

	private final List<Replicas.Outcome> replicas;

	private final List<GraphRuns.Point> graph;

	private final Map<String, BootStartup.Outcome> boot;

	private final StringBuilder out = new StringBuilder();

	Report(Machine machine, ZonedDateTime started, String loadBefore, String loadAfter, Options options,
			Map<String, ToolComparison.Outcome> tools, List<Replicas.Outcome> replicas, List<GraphRuns.Point> graph,
			Map<String, BootStartup.Outcome> boot) {
		this.machine = machine;
		this.started = started;
		this.loadBefore = loadBefore;
		this.loadAfter = loadAfter;
		this.options = options;
		this.tools = tools;
		this.replicas = replicas;
		this.graph = graph;
		this.boot = boot;
	}

	String markdown() {
		line("# Benchmarks");
		line("");
		line("migrate against Flyway, Liquibase and plain JDBC on one PostgreSQL server, in one run, written by");
		line("`benchmarks/run.sh` (the command below). Absolute times depend on this shared machine; the ratios,");
		line("measured side by side in the same run, are the result.");
		line("");
		line("```sh");
		line("benchmarks/run.sh            # builds migrate-core and benchmarks/, runs everything, rewrites this file");
		line("```");
		line("");
		line("This file was written by `benchmarks/run.sh" + (this.options.arguments.isEmpty() ? "" : " ")
				+ String.join(" ", this.options.arguments.stream().map(Report::quoted).toList()) + "`.");
		line("");
		machine();
		if (!this.tools.isEmpty()) {
			tools();
		}
		if (!this.replicas.isEmpty()) {
			replicas();
		}
		if (!this.graph.isEmpty()) {
			graph();
		}
		if (!this.boot.isEmpty()) {
			boot();
		}
		line(resource("remaining-time.md"));
		return this.out.toString();
	}

	private void machine() {
		line("## Machine and run");
		line("");
		line("| | |");
		line("|---|---|");
		line("| Date | " + this.started.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z")) + " |");
		line("| CPUs (`nproc`) | " + this.machine.cpus() + " × " + this.machine.cpuModel() + ", " + this.machine.memory()
				+ " RAM |");
		line("| Java (`java -version`) | " + this.machine.java() + " |");
		line("| OS | " + this.machine.os() + " |");
		line("| Database | " + this.machine.postgres() + " on the same machine, " + this.machine.durability() + " |");
		line("| Tools | migrate " + VERSIONS.getProperty("migrate") + " (this commit), Flyway "
				+ VERSIONS.getProperty("flyway") + ", Liquibase " + VERSIONS.getProperty("liquibase")
				+ ", PostgreSQL JDBC driver " + org.postgresql.util.DriverInfo.DRIVER_VERSION + " |");
		line("| Load average (1, 5, 15 min) | " + this.loadBefore + " at the start, " + this.loadAfter + " at the end |");
		line("");
	}

	private void tools() {
		int n = this.options.revisions;
		line("## Apply and up to date");
		line("");
		line("N = " + n + " migrations, each a `CREATE TABLE`, a `CREATE INDEX` and one `INSERT`, read from files in "
				+ "each tool's own format. Every measurement runs in a fresh JVM (all tools cold, default JVM options) "
				+ "against a fresh database: **apply** migrates the empty database, **up to date** runs again on the "
				+ "migrated one, which is what every restart pays. " + this.options.rounds + " rounds after one "
				+ "discarded warm-up run (the first apply of a run was always about twice as fast as the rest); each round "
				+ "rotates the order of the tools so that a noisy moment does not always fall on the same one. The time "
				+ "is taken inside the JVM from the start of `main`, before any class of the tool is loaded, to the end "
				+ "of the run: class loading, file reading and parsing, and the database work. The *process* column "
				+ "adds JVM start and exit, the same for every tool. After each run the harness checks every table, "
				+ "index and row and the tool's own record of the " + n + " migrations.");
		line("");
		line("- **migrate**: the engine API in process, `new Migrator(dataSource, RevisionGraph.of(revisions), "
				+ "MigrateSettings.defaults()).upgrade(\"heads\")` after `RevisionLoader.load`; one revision file "
				+ "`<id>_x.sql` per migration, each naming the previous one as `down_revision`.");
		line("- **flyway**: `Flyway.configure().dataSource(ds).locations(\"filesystem:…\").load().migrate()`, "
				+ "default settings otherwise; `V<n>__x.sql` files.");
		line("- **liquibase**: `update` through `CommandScope`, default settings; one formatted-SQL changelog holding "
				+ "the " + n + " changesets, the faster of the two forms measured. **liquibase-files**, where measured, "
				+ "is the other form: a master XML changelog whose `includeAll` reads one formatted-SQL file per changeset.");
		line("- **jdbc**, the floor: list the files, read a one-column table of applied names, and run each missing "
				+ "file's statements in one transaction together with the `INSERT` that records it. No lock, no "
				+ "checksum, no history details, no parsing beyond splitting at `;`.");
		for (Contender variant : this.options.variants) {
			line("- **" + variant.name() + "**: migrate as above, with `" + variant.classpathPrefix() + "` first on "
					+ "the classpath: another build of migrate-core, named in the notes below (an earlier commit, "
					+ "for a before/after comparison, or a proposed change).");
		}
		line("");
		line("Every tool gets the same `PGSimpleDataSource` (no pool). Liquibase's analytics and Redgate's telemetry "
				+ "are switched off through their environment variables, so that no tool waits on the network.");
		line("");
		phase("Apply: " + n + " migrations on an empty database", ToolComparison.Outcome::apply,
				ToolComparison.Outcome::applyProcess);
		phase("Up to date: the same " + n + ", already applied", ToolComparison.Outcome::upToDate,
				ToolComparison.Outcome::upToDateProcess);
		targets();
	}

	private void phase(String title, Function<ToolComparison.Outcome, Samples> inProcess,
			Function<ToolComparison.Outcome, Samples> process) {
		List<String> migrates = this.tools.keySet().stream().filter(name -> name.startsWith("migrate")).toList();
		line("### " + title);
		line("");
		StringBuilder header = new StringBuilder("| Tool | Median | Min – max | Interquartile range | Process median |");
		StringBuilder rule = new StringBuilder("|---|---:|---:|---:|---:|");
		for (String migrate : migrates) {
			header.append(" ").append(migrate).append(" ÷ tool |");
			rule.append("---:|");
		}
		line(header.toString());
		line(rule.toString());
		this.tools.forEach((name, outcome) -> {
			Samples samples = inProcess.apply(outcome);
			StringBuilder row = new StringBuilder("| " + name + " | " + ms(samples.median()) + " | " + range(samples)
					+ " | " + ms(samples.quantile(0.25)) + " – " + ms(samples.quantile(0.75)) + " | "
					+ ms(process.apply(outcome).median()) + " |");
			for (String migrate : migrates) {
				row.append(" ").append(ratio(inProcess.apply(this.tools.get(migrate)).median() / samples.median()))
					.append(" |");
			}
			line(row.toString());
		});
		line("");
	}

	private void targets() {
		line("### Targets (issue 6)");
		line("");
		line("| Ratio of medians | Target | Measured | |");
		line("|---|---:|---:|---|");
		List<String> migrates = new ArrayList<>();
		this.tools.keySet().stream().filter(name -> name.startsWith("migrate")).forEach(migrates::add);
		for (String migrate : migrates) {
			target(migrate, "jdbc", ToolComparison.Outcome::apply, "Apply", 1.15, "≤");
			target(migrate, "flyway", ToolComparison.Outcome::apply, "Apply", 1.0, "<");
			target(migrate, "liquibase", ToolComparison.Outcome::apply, "Apply", 1.0, "<");
			target(migrate, "flyway", ToolComparison.Outcome::upToDate, "Up to date", 0.5, "≤");
			target(migrate, "liquibase", ToolComparison.Outcome::upToDate, "Up to date", 0.2, "≤");
		}
		line("");
	}

	private void target(String migrate, String other, Function<ToolComparison.Outcome, Samples> phase, String label,
			double limit, String relation) {
		if (!this.tools.containsKey(other)) {
			return;
		}
		double ratio = phase.apply(this.tools.get(migrate)).median() / phase.apply(this.tools.get(other)).median();
		boolean met = relation.equals("<") ? ratio < limit : ratio <= limit;
		line("| " + label + ": " + migrate + " ÷ " + other + " | " + relation + " " + ratio(limit) + " | " + ratio(ratio)
				+ " | " + (met ? "met" : "**missed**") + " |");
	}

	private void replicas() {
		Replicas.Outcome first = this.replicas.get(0);
		line("## Replicas starting at once");
		line("");
		line(first.instances() + " instances of the command line (`java -jar migrate-cli.jar … upgrade`, separate JVMs, "
				+ "default JVM options) start at once on one empty database with the " + this.options.revisions
				+ " revisions, against one instance alone on an empty database. Times are wall clock from the first "
				+ "start to the last exit, JVM start included. " + first.alone().count() + " rounds, alternating which "
				+ "goes first. After each run the harness checks that the history table holds exactly one successful "
				+ "upgrade row per revision and nothing else, and that the progress lines of the instances add up to "
				+ "each revision applied once.");
		line("");
		StringBuilder header = new StringBuilder("| |");
		StringBuilder rule = new StringBuilder("|---|");
		for (Replicas.Outcome outcome : this.replicas) {
			String options = outcome.jvmOptions().isEmpty() ? "" : " (`" + outcome.jvmOptions() + "`)";
			header.append(" ").append(outcome.name()).append(options).append(": median | min – max |");
			rule.append("---:|---:|");
		}
		line(header.toString());
		line(rule.toString());
		replicaRow("1 instance alone", Replicas.Outcome::alone);
		replicaRow(first.instances() + " at once, until all have exited", Replicas.Outcome::together);
		replicaRow("… until the one that applied the revisions exited", Replicas.Outcome::applier);
		replicaRow("… until the first of the others exited", Replicas.Outcome::firstOther);
		replicaRow("CPU time, 1 alone: the JVM (user + sys)", outcome -> outcome.aloneCpu().jvms());
		replicaRow("… its PostgreSQL backends", outcome -> outcome.aloneCpu().backends());
		replicaRow("CPU time, " + first.instances() + " at once: the JVMs", outcome -> outcome.togetherCpu().jvms());
		replicaRow("… their PostgreSQL backends", outcome -> outcome.togetherCpu().backends());
		StringBuilder floor = new StringBuilder("| " + first.instances() + " at once: their CPU time ÷ " + this.machine.cpus()
				+ " CPUs ÷ 1 alone's wall time |");
		for (Replicas.Outcome outcome : this.replicas) {
			double cpu = outcome.togetherCpu().jvms().median() + outcome.togetherCpu().backends().median();
			floor.append(" ").append(ratio(cpu / this.machine.cpus() / outcome.alone().median())).append(" | |");
		}
		line(floor.toString());
		StringBuilder ratios = new StringBuilder("| " + first.instances() + " at once ÷ 1 alone (target ≤ 1.20) |");
		for (Replicas.Outcome outcome : this.replicas) {
			double ratio = outcome.together().median() / outcome.alone().median();
			ratios.append(" ").append(ratio(ratio)).append(" | ").append((ratio <= 1.2) ? "met" : "**missed**").append(" |");
		}
		line(ratios.toString());
		line("");
		line("Each revision was applied exactly once in every round.");
		line("");
	}

	private void replicaRow(String label, Function<Replicas.Outcome, Samples> samples) {
		StringBuilder row = new StringBuilder("| " + label + " |");
		for (Replicas.Outcome outcome : this.replicas) {
			row.append(" ").append(ms(samples.apply(outcome).median())).append(" | ").append(range(samples.apply(outcome)))
				.append(" |");
		}
		line(row.toString());
	}

	private void graph() {
		line("## Graph: build, heads and a full upgrade plan");
		line("");
		line("JMH `GraphBenchmark` (average time, one fork, warmed up, fixed pre-touched 2 GB heap). "
				+ "`buildHeadsAndPlan`: `RevisionGraph.of`, `heads()` and `Planner.upgrade(List.of(), \"heads\")` from "
				+ "an empty database. `sortAndIndexOnly`, the control: only sorting the revisions by id and resolving "
				+ "each parent through a `HashMap`, which any graph of string ids must do. *chain*: one line of "
				+ "revisions; *branches*: each revision descends from one of the 64 newest, one in ten is a merge, "
				+ "one in twenty depends on an older one. *Allocated* is JMH's `gc.alloc.rate.norm`, a measure of the "
				+ "work done.");
		line("");
		line("| Benchmark | Shape | Revisions | Time | ± (99.9%) | Per revision | Time ×, for ×10 revisions "
				+ "| Allocated | Allocated ×, for ×10 |");
		line("|---|---|---:|---:|---:|---:|---:|---:|---:|");
		GraphRuns.Point previous = null;
		for (GraphRuns.Point point : this.graph) {
			boolean grows = previous != null && previous.shape().equals(point.shape())
					&& previous.benchmark().equals(point.benchmark());
			line("| " + point.benchmark() + " | " + point.shape() + " | "
					+ String.format(Locale.ROOT, "%,d", point.revisions()) + " | " + ms(point.millis()) + " | "
					+ ms(point.error()) + " | " + String.format(Locale.ROOT, "%.0f ns", point.nanosPerRevision()) + " | "
					+ (grows ? ratio(point.millis() / previous.millis()) : "") + " | "
					+ String.format(Locale.ROOT, "%.1f MB", point.bytesPerOp() / 1e6) + " | "
					+ (grows ? ratio(point.bytesPerOp() / previous.bytesPerOp()) : "") + " |");
			previous = point;
		}
		line("");
		line("Linear is ×10 for ×10 revisions. The work is linear: the allocation grows ×10. The time per revision "
				+ "grows with size in the control just as much as in the graph: at 100,000 revisions the ids, the "
				+ "hash table and the graph's arrays no longer fit in the CPU caches, so each random lookup is a "
				+ "memory access, and young collections copy a larger live graph.");
		line("");
	}

	private void boot() {
		BootStartup.Outcome migrate = this.boot.get("migrate");
		BootStartup.Outcome flyway = this.boot.get("flyway");
		int n = this.options.revisions;
		line("## Spring Boot startup");
		line("");
		line("The same small web app (`benchmarks/boot/app`: Spring MVC, Actuator with the health probes, JDBC with "
				+ "HikariCP, the PostgreSQL driver and one controller that reads a table) built twice, identical but "
				+ "for the migration tool: **migrate** (`migrate-spring-boot-starter` " + migrate.version()
				+ ", this commit) and **flyway**, Spring Boot's own integration (`spring-boot-starter-flyway` and "
				+ "`flyway-database-postgresql`, Flyway " + flyway.version() + " as Spring Boot "
				+ VERSIONS.getProperty("spring-boot") + " manages it). Each runs as `java -jar` (a fresh JVM every "
				+ "time, default JVM options) against its own database, in which it has already applied the same " + n
				+ " migrations as above, read from the filesystem. Both get the same arguments but for the tool's "
				+ "location property (`migrate.locations`, `spring.flyway.locations`) and the defaults of everything "
				+ "else.");
		line("");
		line("*Ready* is the time from the process start, seen from the harness, to the first `200` of "
				+ "`/actuator/health/readiness`, asked every " + BootStartup.POLL.toMillis() + " ms. That is the same "
				+ "point for both: Flyway migrates during the context refresh, before the web server opens its port; "
				+ "migrate upgrades on `ApplicationReadyEvent`, after the port is open, and readiness answers `503` "
				+ "meanwhile, because Spring Boot publishes `ACCEPTING_TRAFFIC` only once the ready listeners have "
				+ "returned. *First answer* is the first HTTP answer of any status, *`/rows`* the first `200` of the "
				+ "app's own endpoint, asked once ready, and *Started* the JVM's uptime in Spring Boot's "
				+ "`Started … (process running for …)` line, logged at the end of the context refresh, before the "
				+ "ready event. " + migrate.ready().count() + " rounds after the start that applied the migrations and "
				+ "one discarded warm-up start of each app; each round alternates which app starts first, and each "
				+ "app is stopped (`SIGTERM`) before the next starts. After every start the harness checks the tool's "
				+ "endpoint (`/actuator/migrate`: up to date, nothing pending, this run applied nothing; "
				+ "`/actuator/flyway`: " + n + " migrations, all `SUCCESS`), the tool's log line for a database already "
				+ "up to date, and the tool's table (" + n + " migrations recorded, no row added).");
		line("");
		line("| App | Ready: median | Min – max | Interquartile range | First answer | `/rows` | Started "
				+ "| Readiness `503`s | migrate ÷ app |");
		line("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
		this.boot.forEach((name, outcome) -> line("| " + name + " | " + ms(outcome.ready().median()) + " | "
				+ range(outcome.ready()) + " | " + ms(outcome.ready().quantile(0.25)) + " – "
				+ ms(outcome.ready().quantile(0.75)) + " | " + ms(outcome.firstAnswer().median()) + " | "
				+ ms(outcome.firstRequest().median()) + " | " + ms(outcome.started().median()) + " | "
				+ String.format(Locale.ROOT, "%.0f", outcome.refused().median()) + " | "
				+ ratio(migrate.ready().median() / outcome.ready().median()) + " |"));
		line("");
		line("All columns after the interquartile range are medians.");
		line("");
		line(resource("boot-startup.md"));
	}

	private static String ms(double millis) {
		if (Double.isNaN(millis)) {
			return "–";
		}
		if (millis < 10) {
			return String.format(Locale.ROOT, "%.2f ms", millis);
		}
		return String.format(Locale.ROOT, "%,.0f ms", millis);
	}

	private static String range(Samples samples) {
		return ms(samples.min()) + " – " + ms(samples.max());
	}

	private static String quoted(String argument) {
		return argument.matches("[A-Za-z0-9_./=,:@-]+") ? argument : "\"" + argument + "\"";
	}

	private static String ratio(double value) {
		return String.format(Locale.ROOT, "%.2f", value);
	}

	private void line(String text) {
		this.out.append(text).append('\n');
	}

	private static String resource(String name) {
		try (InputStream in = Report.class.getResourceAsStream(name)) {
			return (in != null) ? new String(in.readAllBytes(), StandardCharsets.UTF_8) : "";
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Properties versions() {
		Properties versions = new Properties();
		try (InputStream in = Report.class.getResourceAsStream("versions.properties")) {
			if (in != null) {
				versions.load(in);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return versions;
	}

}
