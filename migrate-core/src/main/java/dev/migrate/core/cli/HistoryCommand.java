package dev.migrate.core.cli;

import java.util.ArrayList;
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
		List<RevisionView> history = new ArrayList<>(graph.size());
		for (Revision revision : graph.history()) {
			history.add(RevisionView.of(graph, revision));
		}
		Output output = this.cli.output();
		if (output.isJson()) {
			output.json(Map.of("history", history));
		}
		else {
			history.forEach(view -> output.line(view.line()));
		}
		return 0;
	}

}
