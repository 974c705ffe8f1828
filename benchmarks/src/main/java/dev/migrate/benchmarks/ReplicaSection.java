package dev.migrate.benchmarks;

import java.util.List;
import java.util.function.Function;

/** docs/benchmarks.md, "Replicas starting at once": instances started together against one alone. */
final class ReplicaSection {

	/** Issue 17: n at once take at most this many times one alone. */
	static final double TARGET = 1.4;

	private final Markdown out;

	private final Options options;

	private final Machine machine;

	private final List<Replicas.Outcome> replicas;

	ReplicaSection(Markdown out, Options options, Machine machine, List<Replicas.Outcome> replicas) {
		this.out = out;
		this.options = options;
		this.machine = machine;
		this.replicas = replicas;
	}

	void write() {
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
			floor.append(" ").append(Markdown.ratio(cpu / this.machine.cpus() / outcome.alone().median())).append(" | |");
		}
		line(floor.toString());
		int others = first.instances() - 1;
		replicaValueRow("CPU time of each of the " + others + " others: (the JVMs at once − the JVM alone) ÷ " + others,
				outcome -> Markdown.ms(othersCpu(outcome)) + " | |");
		replicaValueRow("1 + the others' CPU time ÷ " + this.machine.cpus() + " CPUs ÷ 1 alone's wall time",
				outcome -> ratioOf(outcome) + " | |");
		StringBuilder ratios = new StringBuilder("| " + first.instances() + " at once ÷ 1 alone (target ≤ " + Markdown.ratio(TARGET) + ") |");
		for (Replicas.Outcome outcome : this.replicas) {
			double ratio = outcome.together().median() / outcome.alone().median();
			ratios.append(" ").append(Markdown.ratio(ratio)).append(" | ").append((ratio <= TARGET) ? "met" : "**missed**")
				.append(" |");
		}
		line(ratios.toString());
		line("");
		line("Each revision was applied exactly once in every round.");
		line("");
		double allowed = (TARGET - 1) * first.alone().median() * this.machine.cpus() / others;
		line("**The arithmetic of the target.** The two rows before the ratio bound it from both sides. All "
				+ first.instances() + " start at the same moment on " + this.machine.cpus() + " CPUs, and the one that "
				+ "applies keeps about one of them busy with its PostgreSQL backend. If the " + others + " others' CPU "
				+ "time (a JVM's start, the files read and hashed, the connection, then the wait) fitted entirely into "
				+ "what that one leaves idle, the " + first.instances() + " would take *their CPU time ÷ "
				+ this.machine.cpus() + " CPUs* at least; if it came entirely out of the one that applies, as it does "
				+ "while that one is itself busy starting and the CPUs are shared fairly, they would take *1 + the "
				+ "others' CPU time ÷ " + this.machine.cpus() + " CPUs ÷ 1 alone's wall time*: here "
				+ ratioOf(first) + ", against the " + Markdown.ratio(first.together().median()
						/ first.alone().median()) + " measured. By the second, the ratio " + Markdown.ratio(TARGET)
				+ " allows each of the others " + Markdown.ms(allowed) + " of CPU time (" + Markdown.ratio(TARGET - 1)
				+ " × " + Markdown.ms(first.alone().median()) + " × " + this.machine.cpus() + " CPUs ÷ " + others
				+ "); each used " + Markdown.ms(othersCpu(first)) + ". The faster one instance alone applies the "
				+ "revisions, the less CPU time the target leaves the others.");
		line("");
	}

	private String ratioOf(Replicas.Outcome outcome) {
		return Markdown.ratio(sharedEstimate(outcome, this.machine.cpus()));
	}

	/** 1 + the others' CPU time ÷ the CPUs ÷ one alone's wall time: their CPU time all taken from the one that applies. */
	static double sharedEstimate(Replicas.Outcome outcome, int cpus) {
		return 1 + (outcome.instances() - 1) * othersCpu(outcome) / cpus / outcome.alone().median();
	}

	/** The CPU time of each instance but the one that applies, from the medians. */
	private static double othersCpu(Replicas.Outcome outcome) {
		return (outcome.togetherCpu().jvms().median() - outcome.aloneCpu().jvms().median()) / (outcome.instances() - 1);
	}

	private void replicaValueRow(String label, Function<Replicas.Outcome, String> cells) {
		StringBuilder row = new StringBuilder("| " + label + " |");
		for (Replicas.Outcome outcome : this.replicas) {
			row.append(" ").append(cells.apply(outcome));
		}
		line(row.toString());
	}

	private void replicaRow(String label, Function<Replicas.Outcome, Samples> samples) {
		StringBuilder row = new StringBuilder("| " + label + " |");
		for (Replicas.Outcome outcome : this.replicas) {
			row.append(" ").append(Markdown.ms(samples.apply(outcome).median())).append(" | ")
				.append(Markdown.range(samples.apply(outcome))).append(" |");
		}
		line(row.toString());
	}

	private void line(String text) {
		this.out.line(text);
	}

}
