package dev.migrate.core.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import dev.migrate.core.ErrorCode;
import dev.migrate.core.MigrateException;
import dev.migrate.core.graph.RevisionGraph;
import dev.migrate.core.revision.RevisionFileWriter.NewRevision;
import dev.migrate.core.revision.RevisionIds;
import dev.migrate.core.target.Target;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "merge", addMethodSubcommands = false, description = "Write a merge revision joining two or more revisions (e.g. 'heads').")
final class MergeCommand implements Callable<Integer> {

	@ParentCommand
	private MigrateCli cli;

	@Option(names = { "-m", "--message" }, required = true, description = "Why the branches are joined.")
	private String message;

	@Parameters(arity = "1..*", paramLabel = "<rev>", description = "Revisions to join: ids, prefixes, labels or 'heads'.")
	private List<String> revisions;

	@Override
	public Integer call() {
		RevisionGraph graph = this.cli.workspace().graph();
		Set<String> parents = new LinkedHashSet<>();
		for (String reference : this.revisions) {
			BitSet resolved = this.cli.workspace().planner().resolver().destination(Target.parse(reference), new BitSet());
			parents.addAll(graph.ids(resolved));
		}
		if (parents.size() < 2) {
			throw new MigrateException(ErrorCode.USAGE, "A merge joins at least two revisions; " + this.revisions
					+ " name " + parents + ". Current heads: " + String.join(", ", graph.heads()) + ".");
		}
		for (String parent : parents) {
			BitSet others = graph.indexes(new ArrayList<>(parents));
			others.clear(graph.indexOf(parent));
			// down_revision ancestry only, as heads are defined: a head that another head merely
			// depends_on is still a head, and joining the two is what makes the graph single-headed.
			if (graph.lineAncestorsOf(others).get(graph.indexOf(parent))) {
				throw new MigrateException(ErrorCode.USAGE, "Revision " + parent + " is already a down_revision ancestor of another "
						+ "revision being merged (" + graph.ids(others) + "); merge only revisions on separate branches.");
			}
		}
		NewRevision revision = new NewRevision(RevisionIds.generate(), new ArrayList<>(parents), this.message, null,
				List.of(), List.of());
		Path file = RevisionCommand.write(this.cli.workspace(), revision);
		RevisionCommand.report(this.cli.output(), revision, file);
		return 0;
	}

}
