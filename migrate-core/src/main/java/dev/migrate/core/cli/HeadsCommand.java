package dev.migrate.core.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import dev.migrate.core.graph.RevisionGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(name = "heads", addMethodSubcommands = false, description = "Show the heads of the revision graph.")
final class HeadsCommand implements Callable<Integer> {

	@ParentCommand
	private MigrateCli cli;

	@Override
	public Integer call() {
		RevisionGraph graph = this.cli.workspace().graph();
		List<RevisionView> heads = new ArrayList<>();
		for (String id : graph.heads()) {
			heads.add(RevisionView.of(graph, graph.find(id).orElseThrow()));
		}
		Output output = this.cli.output();
		if (output.isJson()) {
			output.json(Map.of("heads", heads));
		}
		else {
			heads.forEach(head -> output.line(head.idWithMarks()
					+ (head.message().isEmpty() ? "" : ", " + head.message())));
		}
		return 0;
	}

}
