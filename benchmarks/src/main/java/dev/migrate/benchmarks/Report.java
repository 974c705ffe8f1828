package dev.migrate.benchmarks;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * docs/benchmarks.md: how it was measured and on what machine, then one section per benchmark that
 * ran (each its own class) and what the time goes to.
 */
final class Report {

	private final Machine machine;

	private final ZonedDateTime started;

	private final String loadBefore;

	private final String loadAfter;

	private final Options options;

	private final Map<String, ToolComparison.Outcome> tools;

	private final List<Replicas.Outcome> replicas;

	private final List<GraphRuns.Point> graph;

	private final Map<String, BootStartup.Outcome> boot;

	private final Markdown out = new Markdown();

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
			new ToolSection(this.out, this.options, this.tools).write();
			new ProcessSection(this.out, this.options, this.machine, this.tools, this.replicas).write();
		}
		if (!this.replicas.isEmpty()) {
			new ReplicaSection(this.out, this.options, this.machine, this.replicas).write();
		}
		if (!this.graph.isEmpty()) {
			new GraphSection(this.out, this.graph).write();
		}
		if (!this.boot.isEmpty()) {
			new BootSection(this.out, this.options, this.machine, this.boot).write();
		}
		line(Markdown.resource("remaining-time.md"));
		return this.out.text();
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
		line("| Tools | migrate " + Markdown.version("migrate") + " (commit " + commit() + "), Flyway "
				+ Markdown.version("flyway") + ", Liquibase " + Markdown.version("liquibase")
				+ ", PostgreSQL JDBC driver " + org.postgresql.util.DriverInfo.DRIVER_VERSION + " |");
		line("| Load average (1, 5, 15 min) | " + this.loadBefore + " at the start, " + this.loadAfter + " at the end |");
		line("");
	}

	/** The commit measured, as run.sh passes it ({@code -Dmigrate.commit}), with "+changes" when the tree was not clean. */
	private static String commit() {
		return System.getProperty("migrate.commit", "unknown");
	}

	private static String quoted(String argument) {
		return argument.matches("[A-Za-z0-9_./=,:@-]+") ? argument : "\"" + argument + "\"";
	}

	private void line(String text) {
		this.out.line(text);
	}

}
