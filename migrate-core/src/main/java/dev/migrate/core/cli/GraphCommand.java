package dev.migrate.core.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.Callable;

import dev.migrate.core.ErrorCode;
import dev.migrate.core.MigrateException;
import dev.migrate.core.drawing.DrawnGraph;
import dev.migrate.core.drawing.GraphFormat;
import dev.migrate.core.drawing.GraphMarks;
import dev.migrate.core.drawing.GraphScope;
import dev.migrate.core.engine.MigrationStatus;
import dev.migrate.core.graph.RevisionGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "graph", addMethodSubcommands = false, description = { "Draw the revision graph: bases at the bottom, merges joined, branch labels, "
		+ "depends_on edges dashed; each revision with its short id, message and phase. With --url (or in command "
		+ "mode) the database's version rows, applied and pending revisions and a recorded failure are marked.",
		"Examples: graph -o graph.svg; graph --format mermaid; graph 1a2b3c4d:heads; graph --around 1a2b3c4d 2" })
final class GraphCommand implements Callable<Integer> {

	@ParentCommand
	private MigrateCli cli;

	@Parameters(arity = "0..1", paramLabel = "<from>:<to>",
			description = "Only the revisions between two targets, both included (':<to>' from base, '<from>:' to the heads).")
	private String range;

	@Option(names = "--around", arity = "2", paramLabel = "<rev> <N>", hideParamSyntax = true,
			description = "Only the revisions at most N edges (down_revision or depends_on, either way) from <rev>.")
	private List<String> around;

	@Option(names = "--format", defaultValue = "svg", paramLabel = "svg|dot|mermaid",
			description = "Output format (default: ${DEFAULT-VALUE}).")
	private String format;

	@Option(names = { "-o", "--output" }, paramLabel = "<file>", description = "Write to this file instead of stdout.")
	private Path output;

	@Option(names = "--target", defaultValue = "heads",
			description = "With a database: the target that pending revisions are counted against (default: ${DEFAULT-VALUE}).")
	private String target;

	@Override
	public Integer call() throws IOException {
		GraphFormat graphFormat = GraphFormat.of(this.format);
		RevisionGraph graph = this.cli.workspace().graph();
		if (graph.isEmpty()) {
			throw new MigrateException(ErrorCode.USAGE, "No revision found in the configured locations: nothing to draw. "
					+ "Check --locations.");
		}
		GraphScope scope = new GraphScope(graph);
		BitSet selected;
		if (this.around != null && this.range != null) {
			throw new MigrateException(ErrorCode.USAGE, "Give either <from>:<to> or --around <rev> <N>, not both.");
		}
		if (this.around != null) {
			selected = scope.around(this.around.get(0), distance(this.around.get(1)));
		}
		else {
			selected = (this.range != null) ? scope.range(this.range) : scope.all();
		}
		GraphMarks marks = GraphMarks.none();
		if (this.cli.hasDatabase()) {
			MigrationStatus status = this.cli.migrator(null).status(this.target);
			marks = GraphMarks.of(status, graph, null);
		}
		String text = graphFormat.render(DrawnGraph.of(graph, selected, marks));
		if (this.output == null) {
			this.cli.output().line(text.stripTrailing());
			return 0;
		}
		Files.writeString(this.output, text, StandardCharsets.UTF_8);
		this.cli.err().println("Wrote " + this.output + " (" + graphFormat.key() + ", " + selected.cardinality()
				+ " of " + graph.size() + " revisions" + (marks.hasDatabase() ? ", state " + marks.state() : "") + ").");
		return 0;
	}

	private static int distance(String text) {
		try {
			return Integer.parseInt(text.trim());
		}
		catch (NumberFormatException ex) {
			throw new MigrateException(ErrorCode.USAGE, "--around <rev> <N>: N must be a number of edges, not '" + text + "'.");
		}
	}

}
