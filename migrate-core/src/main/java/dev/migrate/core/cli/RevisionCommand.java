package dev.migrate.core.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import dev.migrate.core.ErrorCode;
import dev.migrate.core.MigrateException;
import dev.migrate.core.graph.RevisionGraph;
import dev.migrate.core.revision.IdLists;
import dev.migrate.core.revision.Phase;
import dev.migrate.core.revision.Revision;
import dev.migrate.core.revision.RevisionFileParser;
import dev.migrate.core.revision.RevisionFileWriter;
import dev.migrate.core.revision.RevisionFileWriter.NewRevision;
import dev.migrate.core.revision.RevisionIds;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "revision", addMethodSubcommands = false, description = "Write a new revision file on top of the head (or --head) with a fresh id.")
final class RevisionCommand implements Callable<Integer> {

	@ParentCommand
	private MigrateCli cli;

	@Option(names = { "-m", "--message" }, required = true, description = "What the revision does.")
	private String message;

	@Option(names = "--head",
			description = "The revision to build on: an id, prefix, label, <label>@head, or 'base' for a new base "
					+ "(default: head; in an empty folder, a new base).")
	private String head;

	@Option(names = "--phase", description = "expand, migrate or contract (default: expand).")
	private String phase;

	@Option(names = "--autogenerate", description = "Command mode with JPA: write the revisions that bring the schema "
			+ "the revisions build to what the entities map (additions in an expand revision, removals in a contract "
			+ "revision on top of it).")
	private boolean autogenerate;

	@Option(names = "--branch-label", split = ",", description = "Label(s) naming the branch this revision starts.")
	private List<String> branchLabels = new ArrayList<>();

	@Option(names = "--depends-on", split = ",", description = "Revisions or labels that must be applied first.")
	private List<String> dependsOn = new ArrayList<>();

	@Option(names = "--rev-id", description = "The new revision's id instead of a generated one.")
	private String revId;

	@Override
	public Integer call() {
		if (this.autogenerate) {
			return autogenerate();
		}
		Workspace workspace = this.cli.workspace();
		RevisionGraph graph = workspace.graph();
		Phase declared = Phase.fromKey((this.phase != null) ? this.phase : "expand")
			.orElseThrow(() -> new MigrateException(ErrorCode.USAGE,
					"Unknown phase '" + this.phase + "'; use expand, migrate or contract."));
		String id = (this.revId != null) ? this.revId : RevisionIds.generate();
		requireValid("--rev-id", (this.revId != null) ? List.of(this.revId) : List.of());
		requireValid("--branch-label", this.branchLabels);
		requireValid("--depends-on", this.dependsOn);
		if (this.revId != null && graph.contains(this.revId)) {
			throw new MigrateException(ErrorCode.USAGE, "Nothing written: --rev-id '" + this.revId + "' is already "
					+ "the id of " + graph.find(this.revId).orElseThrow().source() + "; choose another id, or leave "
					+ "--rev-id out for a generated one.");
		}
		for (String dependency : this.dependsOn) {
			if (!graph.contains(dependency) && graph.labelIndex(dependency) < 0) {
				throw new MigrateException(ErrorCode.USAGE, "Nothing written: --depends-on '" + dependency + "' names "
						+ "no revision id or branch label of the graph; give an existing id (in full) or label.");
			}
		}
		NewRevision revision = new NewRevision(id, parents(workspace, graph), this.message, declared,
				this.branchLabels, this.dependsOn);
		Path file = write(workspace, revision);
		report(this.cli.output(), revision, file);
		return 0;
	}

	/** Autogenerate decides the phases, ids and parents' order itself; the options that set them are refused. */
	private int autogenerate() {
		List<String> refused = new ArrayList<>();
		if (this.phase != null) {
			refused.add("--phase");
		}
		if (this.revId != null) {
			refused.add("--rev-id");
		}
		if (!this.branchLabels.isEmpty()) {
			refused.add("--branch-label");
		}
		if (!this.dependsOn.isEmpty()) {
			refused.add("--depends-on");
		}
		if (!refused.isEmpty()) {
			throw new MigrateException(ErrorCode.USAGE, "Nothing written: " + String.join(", ", refused)
					+ " is not taken with --autogenerate, which writes an expand revision and a contract revision "
					+ "on top of it as the differences need; leave it out (or write the revision by hand with 'revision -m').");
		}
		AutogenerateRevisions.model(this.cli.context());
		Workspace workspace = this.cli.workspace();
		return new AutogenerateRevisions(this.cli).run(this.cli.context(), this.message,
				parents(workspace, workspace.graph()));
	}

	/** The parents: {@code --head}, else the single head; a new base in an empty graph or for {@code base}. */
	private List<String> parents(Workspace workspace, RevisionGraph graph) {
		if ("base".equals(this.head) || (this.head == null && graph.isEmpty())) {
			return List.of();
		}
		return List.of(graph.revision(workspace.resolveOne((this.head != null) ? this.head : "head")).id());
	}

	private static void requireValid(String option, List<String> ids) {
		Optional<String> problem = IdLists.problem(option, ids);
		if (problem.isPresent()) {
			throw new MigrateException(ErrorCode.USAGE, "Nothing written: " + problem.get() + ".");
		}
	}

	/**
	 * Writes the new file, after reading it back with the parser and building the graph with it, as
	 * the next command and the application's start will: a file that would break the graph is
	 * refused here, with nothing written, instead of failing everything after it.
	 */
	static Path write(Workspace workspace, NewRevision revision) {
		Path directory = workspace.writableDirectory();
		Path file = directory.resolve(RevisionFileWriter.fileName(revision));
		String text = RevisionFileWriter.render(revision);
		try {
			List<Revision> revisions = new ArrayList<>(workspace.graph().revisions());
			revisions.add(new RevisionFileParser().parse(file.toString(), text));
			RevisionGraph.of(revisions);
		}
		catch (MigrateException ex) {
			throw new MigrateException(ErrorCode.USAGE, "Nothing written: the new revision would not load: "
					+ ex.getMessage(), ex);
		}
		try {
			Files.createDirectories(directory);
			Files.writeString(file, text, StandardOpenOption.CREATE_NEW);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write " + file + ": " + ex.getMessage(), ex);
		}
		return file;
	}

	static void report(Output output, NewRevision revision, Path file) {
		if (output.isJson()) {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("revision", revision.id());
			json.put("downRevisions", revision.downRevisions());
			json.put("file", file.toString());
			output.json(json);
		}
		else {
			output.line("Wrote " + file + " (revision " + revision.id() + ")");
		}
	}

}
