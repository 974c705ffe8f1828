package dev.migrate.benchmarks;

import java.util.Locale;
import java.util.Map;

/** docs/benchmarks.md, "Spring Boot startup": the same app without a tool, with the floor of a tool, with migrate and with Flyway, time to ready. */
final class BootSection {

	private final Markdown out;

	private final Options options;

	private final Machine machine;

	private final Map<String, BootStartup.Outcome> boot;

	BootSection(Markdown out, Options options, Machine machine, Map<String, BootStartup.Outcome> boot) {
		this.out = out;
		this.options = options;
		this.machine = machine;
		this.boot = boot;
	}

	/** The target: an up-to-date start with migrate at most this many times the start without any tool. */
	static final double TARGET = 1.03;

	void write() {
		BootStartup.Outcome none = this.boot.get("none");
		BootStartup.Outcome migrate = this.boot.get("migrate");
		BootStartup.Outcome flyway = this.boot.get("flyway");
		BootStartup.Outcome floor = this.boot.get(BootContender.FLOOR);
		int n = this.options.revisions;
		line("## Spring Boot startup");
		line("");
		line("The same small web app (`benchmarks/boot/app`: Spring MVC, Actuator with the health probes, JDBC with "
				+ "HikariCP, the PostgreSQL driver and one controller that reads a table) built three times, identical "
				+ "but for the migration tool: **none**, no migration tool at all; **migrate** "
				+ "(`migrate-spring-boot-starter` " + migrate.version() + ", this commit); and **flyway**, Spring Boot's "
				+ "own integration (`spring-boot-starter-flyway` and `flyway-database-postgresql`, Flyway "
				+ flyway.version() + " as Spring Boot " + Markdown.version("spring-boot") + " manages it). **jdbc**, the floor "
				+ "of a tool, is the jar of **none** given `floor.migrations`: its runner (`FloorCheck`) does what the "
				+ "plain JDBC program above does, through the app's pool: lists the files, reads the one table that "
				+ "records them and runs what is missing (no lock, no checksum); readiness waits for it as for "
				+ "migrate's runner. Each runs as "
				+ "`java -jar` (a fresh JVM every time, default JVM options) against its own database, which already "
				+ "holds the same " + n + " migrations as above: migrate, Flyway and the floor applied them from the "
				+ "filesystem in a first start, and the benchmark created the same tables and rows for **none**. All get the same "
				+ "arguments but for the tool's location property (`migrate.locations`, `spring.flyway.locations`; "
				+ "none for **none**) and the defaults of everything else.");
		line("");
		line("*Ready* is the time from the process start, seen from the harness, to the first `200` of "
				+ "`/actuator/health/readiness`, asked every " + BootStartup.POLL.toMillis() + " ms. That is the same "
				+ "point for all: Flyway migrates during the context refresh, before the web server opens its port; "
				+ "migrate upgrades on `ApplicationReadyEvent`, after the port is open, and readiness answers `503` "
				+ "meanwhile, because Spring Boot publishes `ACCEPTING_TRAFFIC` only once the ready listeners have "
				+ "returned. *First answer* is the first HTTP answer of any status, *`/rows`* the first `200` of the "
				+ "app's own endpoint, asked once ready, and *Started* the JVM's uptime in Spring Boot's "
				+ "`Started … (process running for …)` line, logged at the end of the context refresh, before the "
				+ "ready event. *CPU at ready* is the CPU time (user + system, every thread) the JVM had used "
				+ "when readiness first answered `200`, read from `/proc`. " + migrate.ready().count() + " rounds after the start that applied the migrations and "
				+ "one discarded warm-up start of each app; each round rotates which app starts first, and each "
				+ "app is stopped (`SIGTERM`) before the next starts. After every start the harness checks the tool's "
				+ "endpoint (`/actuator/migrate`: up to date, nothing pending, this run applied nothing; "
				+ "`/actuator/flyway`: " + n + " migrations, all `SUCCESS`), the tool's log line for a database already "
				+ "up to date (the floor's too), and the tool's table (" + n + " migrations recorded, no row added).");
		line("");
		line("| App | Ready: median | Min – max | Interquartile range | First answer | `/rows` | Started "
				+ "| Readiness `503`s | CPU at ready | ÷ none | ÷ jdbc |");
		line("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
		this.boot.forEach((name, outcome) -> line("| " + name + " | " + Markdown.ms(outcome.ready().median()) + " | "
				+ Markdown.range(outcome.ready()) + " | " + Markdown.ms(outcome.ready().quantile(0.25)) + " – "
				+ Markdown.ms(outcome.ready().quantile(0.75)) + " | " + Markdown.ms(outcome.firstAnswer().median()) + " | "
				+ Markdown.ms(outcome.firstRequest().median()) + " | " + Markdown.ms(outcome.started().median()) + " | "
				+ String.format(Locale.ROOT, "%.0f", outcome.refused().median()) + " | "
				+ Markdown.ms(outcome.cpu().median()) + " | " + ratio(outcome.ready().median() / none.ready().median()) + " | "
				+ ((floor != null) ? ratio(outcome.ready().median() / floor.ready().median()) : "-") + " |"));
		line("");
		double ratio = migrate.ready().median() / none.ready().median();
		line("All columns after the interquartile range are medians. **migrate ÷ none, ready: " + ratio(ratio)
				+ "** (target ≤ " + TARGET + ": " + ((ratio <= TARGET) ? "met" : "not met") + "); the median of the "
				+ "rounds' own ratios, each start of migrate against the start of none in the same round: "
				+ ratio(pairedRatio(migrate.ready(), none.ready())) + "; migrate ÷ flyway: "
				+ ratio(migrate.ready().median() / flyway.ready().median()) + ".");
		line("");
		writeCpu(none, migrate);
		if (floor != null) {
			double floorRatio = floor.ready().median() / none.ready().median();
			line("**The floor, jdbc ÷ none: " + ratio(floorRatio) + "** (paired: "
					+ ratio(pairedRatio(floor.ready(), none.ready())) + "); **migrate ÷ jdbc: "
					+ ratio(migrate.ready().median() / floor.ready().median()) + "** (paired: "
					+ ratio(pairedRatio(migrate.ready(), floor.ready())) + "). " + ((floorRatio > TARGET)
							? "The floor alone is above " + TARGET + " × the app without a tool: no tool that "
									+ "reads its table before the app is ready can meet the target on this machine, "
									+ "and what is migrate's own is its distance from the floor."
							: "The floor is within " + TARGET + " × the app without a tool; what is above it is "
									+ "migrate's own."));
			line("");
		}
		line(Markdown.resource("boot-startup.md"));
	}

	/**
	 * The arithmetic of the target: a start keeps the CPUs busy from the process start to ready, so
	 * time to ready follows the CPU time spent, and the target allows migrate's start only so much
	 * more CPU than the app without a tool.
	 */
	private void writeCpu(BootStartup.Outcome none, BootStartup.Outcome migrate) {
		double noneCpu = none.cpu().median();
		double extra = migrate.cpu().median() - noneCpu;
		double busy = noneCpu / none.ready().median();
		double allowed = (TARGET - 1) * none.ready().median() * busy;
		line("**CPU at ready, migrate ÷ none: " + ratio(migrate.cpu().median() / noneCpu) + "** (paired: "
				+ ratio(pairedRatio(migrate.cpu(), none.cpu())) + "): migrate's start used " + Markdown.ms(extra)
				+ " more CPU time than the start without a tool. A start is CPU-bound: from the process start to "
				+ "ready, the app without a tool kept " + String.format(Locale.ROOT, "%.2f", busy) + " of the "
				+ this.machine.cpus() + " CPUs busy on average, so every millisecond of CPU a tool adds delays ready "
				+ "by about " + String.format(Locale.ROOT, "%.2f", 1 / busy) + " ms. Ready within " + TARGET
				+ " × none (" + Markdown.ms(TARGET * none.ready().median()) + ") allows about " + Markdown.ms(allowed)
				+ " more CPU than none at that rate: " + ((extra <= allowed) ? "migrate is within it."
						: "migrate uses " + String.format(Locale.ROOT, "%.1f", extra / allowed) + " times that."));
		line("");
	}

	/** The median of {@code a[i] / b[i]}: the rounds' own ratios, which a machine's load drifting between rounds moves less. */
	private static double pairedRatio(Samples a, Samples b) {
		Samples ratios = new Samples();
		for (int i = 0; i < Math.min(a.count(), b.count()); i++) {
			ratios.add(a.values().get(i) / b.values().get(i));
		}
		return ratios.median();
	}

	private static String ratio(double value) {
		return String.format(Locale.ROOT, "%.3f", value);
	}

	private void line(String text) {
		this.out.line(text);
	}

}
