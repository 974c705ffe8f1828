package dev.migrate.benchmarks;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * docs/benchmarks.md, "Apply and up to date": how each tool was run, the two phases side by side
 * and the targets of issue 6.
 */
final class ToolSection {

	private final Markdown out;

	private final Options options;

	private final Map<String, ToolComparison.Outcome> tools;

	ToolSection(Markdown out, Options options, Map<String, ToolComparison.Outcome> tools) {
		this.out = out;
		this.options = options;
		this.tools = tools;
	}

	void write() {
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
		List<String> migrates = migrates();
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
			if (!outcome.inProcess()) {
				return;
			}
			Samples samples = inProcess.apply(outcome);
			StringBuilder row = new StringBuilder("| " + name + " | " + Markdown.ms(samples.median()) + " | "
					+ Markdown.range(samples) + " | " + Markdown.ms(samples.quantile(0.25)) + " – "
					+ Markdown.ms(samples.quantile(0.75)) + " | "
					+ Markdown.ms(process.apply(outcome).median()) + " |");
			for (String migrate : migrates) {
				row.append(" ").append(Markdown.ratio(inProcess.apply(this.tools.get(migrate)).median() / samples.median()))
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
		for (String migrate : migrates()) {
			target(migrate, "jdbc", ToolComparison.Outcome::apply, "Apply", 1.15, "≤");
			target(migrate, "flyway", ToolComparison.Outcome::apply, "Apply", 1.0, "<");
			target(migrate, "liquibase", ToolComparison.Outcome::apply, "Apply", 1.0, "<");
			target(migrate, "flyway", ToolComparison.Outcome::upToDate, "Up to date", 0.5, "≤");
			target(migrate, "liquibase", ToolComparison.Outcome::upToDate, "Up to date", 0.2, "≤");
		}
		line("");
	}

	/** The in-process migrate contenders: the engine API, and each variant of it. */
	private List<String> migrates() {
		return this.tools.entrySet().stream()
			.filter(tool -> tool.getKey().startsWith("migrate") && tool.getValue().inProcess())
			.map(Map.Entry::getKey)
			.toList();
	}

	private void target(String migrate, String other, Function<ToolComparison.Outcome, Samples> phase, String label,
			double limit, String relation) {
		if (!this.tools.containsKey(other) || !this.tools.get(other).inProcess()) {
			return;
		}
		double ratio = phase.apply(this.tools.get(migrate)).median() / phase.apply(this.tools.get(other)).median();
		boolean met = relation.equals("<") ? ratio < limit : ratio <= limit;
		line("| " + label + ": " + migrate + " ÷ " + other + " | " + relation + " " + Markdown.ratio(limit) + " | "
				+ Markdown.ratio(ratio) + " | " + (met ? "met" : "**missed**") + " |");
	}

	private void line(String text) {
		this.out.line(text);
	}

}
