package dev.migrate.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs the comparison of issue 6 and writes its report: apply and up to date against Flyway,
 * Liquibase and plain JDBC, replicas starting at once, the graph benchmark, and the startup of a
 * Spring Boot app with migrate against the same app with Spring Boot's Flyway integration.
 */
public final class Compare {

	private Compare() {
	}

	public static void main(String[] args) throws IOException {
		Options options;
		try {
			options = Options.parse(args);
		}
		catch (IllegalArgumentException ex) {
			System.err.println(ex.getMessage().isEmpty() ? Options.USAGE : ex.getMessage() + "\n\n" + Options.USAGE);
			System.exit(2);
			return;
		}
		Postgres postgres = new Postgres(options.server, options.user);
		Machine machine = Machine.describe(postgres);
		String loadBefore = Machine.loadAverage();
		ZonedDateTime started = ZonedDateTime.now();
		Console.line("%s, %d CPUs, %s, %s; load %s", machine.cpuModel(), machine.cpus(), machine.java(),
				machine.postgres(), loadBefore);
		Corpus corpus = new Corpus(options.work.resolve("corpus"), options.revisions).write();
		Path logs = options.work.resolve("logs");
		Map<String, ToolComparison.Outcome> tools = Map.of();
		if (options.runs("tools")) {
			Console.line("Apply and up to date: %d migrations, %d rounds", options.revisions, options.rounds);
			tools = new ToolComparison(postgres, corpus, logs, List.of(), options.jfr, options.cli).run(options.contenders(),
					options.rounds);
		}
		List<Replicas.Outcome> replicas = new ArrayList<>();
		if (options.runs("replicas")) {
			Console.line("Replicas: %d at once against one alone, %d rounds", options.replicas, options.replicaRounds);
			List<Replicas> runs = new ArrayList<>();
			for (String[] cli : options.clis()) {
				Replicas run = new Replicas(postgres, corpus, logs, cli[0], Path.of(cli[1]),
						List.of(cli).subList(2, cli.length));
				runs.add(run);
				replicas.add(run.outcome(options.replicas));
			}
			for (int round = 1; round <= options.replicaRounds; round++) {
				for (int i = 0; i < runs.size(); i++) {
					int at = (i + round - 1) % runs.size();
					runs.get(at).round(round, replicas.get(at));
				}
				Console.line("round %d/%d done, load %s", round, options.replicaRounds, Machine.loadAverage());
			}
		}
		Map<String, BootStartup.Outcome> boot = Map.of();
		if (options.runs("boot")) {
			Console.line("Spring Boot startup: no tool, the floor, migrate and Flyway, %d migrations applied, %d rounds", options.revisions,
					options.bootRounds);
			boot = new BootStartup(postgres, corpus, logs, options.bootContenders(), options.jfr).run(options.bootRounds);
		}
		List<GraphRuns.Point> graph = List.of();
		if (options.runs("graph")) {
			Console.line("Graph: JMH GraphBenchmark (%s)", options.graph);
			graph = GraphRuns.run(options.graph.equals("quick"));
		}
		Report report = new Report(machine, started, loadBefore, Machine.loadAverage(), options, tools, replicas, graph,
				boot);
		String markdown = report.markdown();
		if (options.out.equals("-")) {
			System.out.println(markdown);
		}
		else {
			Path out = Path.of(options.out);
			if (out.getParent() != null) {
				Files.createDirectories(out.getParent());
			}
			// the fleets section is written by FleetBenchmark, on its own: keep it
			String fleets = FleetBenchmark.kept(out);
			Files.writeString(out, fleets.isEmpty() ? markdown : markdown + "\n" + fleets);
			Console.line("Wrote %s", out);
		}
	}

}
