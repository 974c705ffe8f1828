package dev.migrate.core.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import dev.migrate.core.graph.RevisionGraph;
import dev.migrate.core.revision.JavaBody;
import dev.migrate.core.revision.Revision;
import dev.migrate.core.revision.SqlBody;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "show", addMethodSubcommands = false, description = "Show one revision: its edges, phase, file and SQL.")
final class ShowCommand implements Callable<Integer> {

	@ParentCommand
	private MigrateCli cli;

	@Parameters(paramLabel = "<rev>", description = "A revision id, unique prefix, branch label, head or <label>@head.")
	private String target;

	@Override
	public Integer call() {
		RevisionGraph graph = this.cli.workspace().graph();
		Revision revision = graph.revision(this.cli.workspace().resolveOne(this.target));
		RevisionView view = RevisionView.of(graph, revision);
		Output output = this.cli.output();
		String upgrade = null;
		String downgrade = null;
		if (revision.body() instanceof SqlBody sql) {
			upgrade = sql.upgradeSql();
			downgrade = sql.downgradeSql();
		}
		if (output.isJson()) {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("revision", view);
			json.put("checksum", revision.checksum());
			json.put("upgrade", upgrade);
			json.put("downgrade", downgrade);
			output.json(json);
			return 0;
		}
		output.line("Revision:       " + view.idWithMarks());
		output.line("Down revisions: " + (view.downRevisions().isEmpty() ? "<base>" : String.join(", ", view.downRevisions())));
		if (!view.dependsOn().isEmpty()) {
			output.line("Depends on:     " + String.join(", ", view.dependsOn()));
		}
		output.line("Message:        " + view.message());
		output.line("Phase:          " + ((view.phase() != null) ? view.phase() : "(none declared)"));
		output.line("Transactional:  " + view.transactional());
		output.line("Reversible:     " + view.reversible());
		output.line("File:           " + view.file());
		if (revision.checksum() != null) {
			output.line("Checksum:       " + revision.checksum());
		}
		if (revision.body() instanceof JavaBody java) {
			output.line("Java class:     " + java.revision().getClass().getName());
		}
		if (upgrade != null) {
			output.line("");
			output.line("-- migrate:upgrade");
			output.line(upgrade.strip());
		}
		if (downgrade != null) {
			output.line("");
			output.line("-- migrate:downgrade");
			output.line(downgrade.strip());
		}
		return 0;
	}

}
