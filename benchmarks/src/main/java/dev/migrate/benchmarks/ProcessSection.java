package dev.migrate.benchmarks;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * docs/benchmarks.md, "Whole processes against the floor": the same forks as the tables of issue 6,
 * measured as whole processes (wall and CPU time), migrate's command line among them, each against
 * the plain JDBC floor; then the targets of issue 17.
 */
final class ProcessSection {

	private static final String FLOOR = "jdbc";

	private final Markdown out;

	private final Options options;

	private final Machine machine;

	private final Map<String, ToolComparison.Outcome> tools;

	private final List<Replicas.Outcome> replicas;

	ProcessSection(Markdown out, Options options, Machine machine, Map<String, ToolComparison.Outcome> tools,
			List<Replicas.Outcome> replicas) {
		this.out = out;
		this.options = options;
		this.machine = machine;
		this.tools = tools;
		this.replicas = replicas;
	}

	void write() {
		if (!this.tools.containsKey(FLOOR)) {
			return;
		}
		line("## Whole processes against the floor");
		line("");
		line("The same runs as above, each a whole process from its start to its exit: wall time, and CPU time "
				+ "(user + sys of the child process, read from `/proc` once it has exited: its JIT compiler and GC "
				+ "threads included). **migrate-cli** is the command line as an operator runs it, `java -jar "
				+ "migrate-cli.jar --url … --user … --locations filesystem:… upgrade`, default JVM options, in the same "
				+ "rotated rounds and on a fresh database each. **The floor is jdbc**: the plain JDBC program "
				+ "described above (`JdbcSubject`, started as `java -cp benchmarks.jar dev.migrate.benchmarks.Run jdbc …`), "
				+ "which lists the files, reads a one-column table and runs each missing file with the row that "
				+ "records it; in an up-to-date run it reads no file at all. Medians of " + this.options.rounds
				+ " rounds; each ratio is of medians.");
		line("");
		phase("Apply: " + this.options.revisions + " migrations on an empty database, whole process",
				ToolComparison.Outcome::applyProcess, ToolComparison.Outcome::applyCpu);
		phase("Up to date: the same " + this.options.revisions + ", already applied, whole process",
				ToolComparison.Outcome::upToDateProcess, ToolComparison.Outcome::upToDateCpu);
		targets();
	}

	private void phase(String title, Function<ToolComparison.Outcome, Samples> wall,
			Function<ToolComparison.Outcome, Samples> cpu) {
		ToolComparison.Outcome floor = this.tools.get(FLOOR);
		line("### " + title);
		line("");
		line("| Tool | Wall: median | min – max | CPU: median | min – max | Wall ÷ floor (jdbc) | CPU ÷ floor (jdbc) |");
		line("|---|---:|---:|---:|---:|---:|---:|");
		this.tools.forEach((name, outcome) -> line("| " + name + ((name.equals(FLOOR)) ? " (the floor)" : "") + " | "
				+ Markdown.ms(wall.apply(outcome).median()) + " | " + Markdown.range(wall.apply(outcome)) + " | "
				+ Markdown.ms(cpu.apply(outcome).median()) + " | " + Markdown.range(cpu.apply(outcome)) + " | "
				+ Markdown.ratio(wall.apply(outcome).median() / wall.apply(floor).median()) + " | "
				+ Markdown.ratio(cpu.apply(outcome).median() / cpu.apply(floor).median()) + " |"));
		line("");
	}

	private void targets() {
		if (!this.tools.containsKey(Contender.CLI)) {
			return;
		}
		ToolComparison.Outcome cli = this.tools.get(Contender.CLI);
		ToolComparison.Outcome floor = this.tools.get(FLOOR);
		int cpus = this.machine.cpus();
		line("### Targets (issue 17): the command line against the floor (jdbc)");
		line("");
		line("Ratios of medians, whole processes, default JVM options. *What the CPU allows* is the arithmetic of "
				+ "this machine: a process that uses C ms of CPU cannot end sooner than C ÷ " + cpus + " CPUs, so for "
				+ "a wall-time target it is the least ratio migrate-cli's own CPU time permits; for a CPU target it "
				+ "is how much CPU time migrate-cli would have to shed to meet it.");
		line("");
		line("| Ratio of medians | Target | Measured | What the CPU allows | |");
		line("|---|---:|---:|---:|---|");
		wallTarget("Up to date, wall", cli.upToDateProcess(), cli.upToDateCpu(), floor.upToDateProcess(), 1.5, cpus);
		cpuTarget("Up to date, CPU", cli.upToDateCpu(), floor.upToDateCpu(), 1.5);
		wallTarget("Apply, wall", cli.applyProcess(), cli.applyCpu(), floor.applyProcess(), 1.1, cpus);
		cpuTarget("Apply, CPU", cli.applyCpu(), floor.applyCpu(), 1.5);
		if (!this.replicas.isEmpty()) {
			Replicas.Outcome replicas = this.replicas.get(0);
			double ratio = replicas.together().median() / replicas.alone().median();
			double cpu = replicas.togetherCpu().jvms().median() + replicas.togetherCpu().backends().median();
			row(replicas.instances() + " replicas at once ÷ 1 alone, wall (next section)", ReplicaSection.TARGET,
					ratio, "≥ " + Markdown.ratio(cpu / cpus / replicas.alone().median()) + " (their CPU ÷ " + cpus
							+ " CPUs ÷ 1 alone's wall); ≈ " + Markdown.ratio(ReplicaSection.sharedEstimate(replicas, cpus))
							+ " if the others' CPU all came out of the one that applies");
		}
		line("");
	}

	private void wallTarget(String label, Samples wall, Samples cpu, Samples floorWall, double limit, int cpus) {
		double least = cpu.median() / cpus / floorWall.median();
		row(label, limit, wall.median() / floorWall.median(), "≥ " + Markdown.ratio(least) + " (CPU "
				+ Markdown.ms(cpu.median()) + " ÷ " + cpus + " ÷ floor's wall " + Markdown.ms(floorWall.median()) + ")");
	}

	private void cpuTarget(String label, Samples cpu, Samples floorCpu, double limit) {
		double excess = cpu.median() - limit * floorCpu.median();
		row(label, limit, cpu.median() / floorCpu.median(),
				(excess > 0) ? Markdown.ms(excess) + " less CPU than now" : "met with " + Markdown.ms(-excess) + " to spare");
	}

	private void row(String label, double limit, double ratio, String arithmetic) {
		line("| " + label + " | ≤ " + Markdown.ratio(limit) + " | " + Markdown.ratio(ratio) + " | " + arithmetic + " | "
				+ ((ratio <= limit) ? "met" : "**missed**") + " |");
	}

	private void line(String text) {
		this.out.line(text);
	}

}
