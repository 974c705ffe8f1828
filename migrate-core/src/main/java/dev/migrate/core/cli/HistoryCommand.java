package dev.migrate.core.cli;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import dev.migrate.core.graph.RevisionGraph;
import dev.migrate.core.revision.Revision;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(name = "history", description = "List the revisions newest first, with branch points and merges marked.")
final class HistoryCommand implements Callable<Integer> {

	@ParentCommand
	private MigrateCli cli;

	@Override
	public Integer call() {
		RevisionGraph graph = this.cli.workspace().graph();
		// With a database, each revision is marked applied or not; without one the graph alone is shown.
		List<String> current = this.cli.hasDatabase() ? this.cli.migrator(null).current() : null;
		BitSet applied = (current != null) ? this.cli.workspace().planner().applied(current) : null;
		List<Map<String, Object>> json = new ArrayList<>(graph.size());
		Output output = this.cli.output();
		for (Revision revision : graph.history()) {
			RevisionView view = RevisionView.of(graph, revision);
			Boolean isApplied = (applied != null) ? applied.get(graph.indexOf(revision.id())) : null;
			boolean isCurrent = current != null && current.contains(revision.id());
			if (output.isJson()) {
				Map<String, Object> entry = new LinkedHashMap<>(Output.fields(view));
				if (isApplied != null) {
					entry.put("applied", isApplied);
					entry.put("current", isCurrent);
				}
				json.add(entry);
			}
			else {
				String mark = (isApplied == null) ? "" : isCurrent ? " (current)" : isApplied ? " (applied)" : " (pending)";
				output.line(view.line() + mark);
			}
		}
		if (output.isJson()) {
			output.json(Map.of("history", json));
		}
		return 0;
	}

}
