package dev.migrate.core.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import dev.migrate.core.ErrorCode;
import dev.migrate.core.MigrateException;
import dev.migrate.core.graph.RevisionGraph;
import dev.migrate.core.revision.Phase;
import dev.migrate.core.revision.RevisionFileWriter;
import dev.migrate.core.revision.RevisionFileWriter.NewRevision;
import dev.migrate.core.revision.RevisionIds;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "revision", description = "Write a new revision file on top of the head (or --head) with a fresh id.")
final class RevisionCommand implements Callable<Integer> {

	@ParentCommand
	private MigrateCli cli;

	@Option(names = { "-m", "--message" }, required = true, description = "What the revision does.")
	private String message;

	@Option(names = "--head", defaultValue = "head",
			description = "The revision to build on: an id, prefix, label, <label>@head, or 'base' for a new base "
					+ "(default: ${DEFAULT-VALUE}).")
	private String head;

	@Option(names = "--phase", defaultValue = "expand", description = "expand, migrate or contract (default: ${DEFAULT-VALUE}).")
	private String phase;

	@Option(names = "--branch-label", split = ",", description = "Label(s) naming the branch this revision starts.")
	private List<String> branchLabels = new ArrayList<>();

	@Option(names = "--depends-on", split = ",", description = "Revisions or labels that must be applied first.")
	private List<String> dependsOn = new ArrayList<>();

	@Override
	public Integer call() {
		RevisionGraph graph = this.cli.workspace().graph();
		List<String> parents = this.head.equals("base") ? List.of()
				: List.of(graph.revision(this.cli.workspace().resolveOne(this.head)).id());
		Phase declared = Phase.fromKey(this.phase)
			.orElseThrow(() -> new MigrateException(ErrorCode.USAGE,
					"Unknown phase '" + this.phase + "'; use expand, migrate or contract."));
		NewRevision revision = new NewRevision(RevisionIds.generate(), parents, this.message, declared, this.branchLabels,
				this.dependsOn);
		Path file = write(this.cli.workspace().writableDirectory(), revision);
		report(this.cli.output(), revision, file);
		return 0;
	}

	static Path write(Path directory, NewRevision revision) {
		Path file = directory.resolve(RevisionFileWriter.fileName(revision));
		try {
			Files.createDirectories(directory);
			Files.writeString(file, RevisionFileWriter.render(revision), java.nio.file.StandardOpenOption.CREATE_NEW);
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
