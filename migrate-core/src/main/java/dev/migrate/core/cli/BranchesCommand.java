package dev.migrate.core.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import dev.migrate.core.graph.RevisionGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(name = "branches", addMethodSubcommands = false, description = "Show the branch points of the revision graph and the branches leaving them.")
final class BranchesCommand implements Callable<Integer> {

	@ParentCommand
	private MigrateCli cli;

	record Branch(RevisionView branchPoint, List<RevisionView> children) {
	}

	@Override
	public Integer call() {
		RevisionGraph graph = this.cli.workspace().graph();
		List<Branch> branches = new ArrayList<>();
		for (String id : graph.branchPoints()) {
			List<RevisionView> children = new ArrayList<>();
			for (String child : graph.childIds(id)) {
				children.add(RevisionView.of(graph, graph.find(child).orElseThrow()));
			}
			branches.add(new Branch(RevisionView.of(graph, graph.find(id).orElseThrow()), children));
		}
		Output output = this.cli.output();
		if (output.isJson()) {
			output.json(Map.of("branches", branches));
			return 0;
		}
		for (Branch branch : branches) {
			output.line(branch.branchPoint().idWithMarks()
					+ (branch.branchPoint().message().isEmpty() ? "" : ", " + branch.branchPoint().message()));
			for (RevisionView child : branch.children()) {
				output.line("    -> " + child.idWithMarks() + (child.message().isEmpty() ? "" : ", " + child.message()));
			}
		}
		return 0;
	}

}
