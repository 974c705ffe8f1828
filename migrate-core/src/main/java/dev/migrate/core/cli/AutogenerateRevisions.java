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

import dev.migrate.core.ErrorCode;
import dev.migrate.core.MigrateException;
import dev.migrate.core.autogen.ModelComparison;
import dev.migrate.core.autogen.ModelSchema;
import dev.migrate.core.autogen.RenameHints;
import dev.migrate.core.autogen.RevisionDrafts;
import dev.migrate.core.autogen.RevisionDrafts.Draft;
import dev.migrate.core.autogen.SequenceNotes;
import dev.migrate.core.catalog.diff.CatalogDiff;
import dev.migrate.core.catalog.diff.Difference;
import dev.migrate.core.dialect.Dialect;
import dev.migrate.core.dialect.Dialects;
import dev.migrate.core.graph.RevisionGraph;
import dev.migrate.core.guard.Guard;
import dev.migrate.core.guard.GuardReport;
import dev.migrate.core.revision.Revision;
import dev.migrate.core.revision.RevisionFileParser;
import dev.migrate.core.revision.RevisionFileWriter;
import dev.migrate.core.revision.RevisionIds;

/**
 * {@code revision --autogenerate -m <message>}: the entities against the revisions, and the
 * revisions that close the difference written into the revision directory, then the guard's
 * findings on them. Needs command mode: the entities are the application's.
 */
final class AutogenerateRevisions {

	static final String NEEDS_COMMAND_MODE = "revision --autogenerate compares the application's JPA entities with "
			+ "the schema the revisions build, so it runs only in command mode, from the application: "
			+ "java -jar app.jar --migrate.command=\"revision --autogenerate -m '<message>'\" (or ./mvnw spring-boot:run "
			+ "-Dspring-boot.run.arguments=...). Without an application, write the revision with 'revision -m' by hand.";

	private final MigrateCli cli;

	AutogenerateRevisions(MigrateCli cli) {
		this.cli = cli;
	}

	/** The application's model; a clear error on the plain command line or without JPA. */
	static ModelSchema model(CommandContext context) {
		if (context == null) {
			throw new MigrateException(ErrorCode.USAGE, NEEDS_COMMAND_MODE);
		}
		return context.model()
			.orElseThrow(() -> new MigrateException(ErrorCode.USAGE, "revision --autogenerate needs JPA entities "
					+ "mapped by Hibernate: this application has no Hibernate EntityManagerFactory (add "
					+ "spring-boot-starter-data-jpa and entities), so there is nothing to compare the revisions with. "
					+ "Write the revision with 'revision -m' by hand."));
	}

	int run(CommandContext context, String message, List<String> parents) {
		ModelSchema declared = model(context);
		List<String> ddl = declared.createStatements();
		ModelSchema model = new ModelSchema() {

			@Override
			public String describe() {
				return declared.describe();
			}

			@Override
			public List<String> createStatements() {
				return ddl;
			}

		};
		List<String> sequenceNotes = SequenceNotes.of(ddl);
		Workspace workspace = this.cli.workspace();
		RevisionGraph graph = workspace.graph();
		Dialect dialect = Dialects.builtIn().byName(context.dialect());
		CatalogDiff diff = new ModelComparison(EntityDifferences.server(context)).compare(model, graph);
		Output output = this.cli.output();
		if (diff.isEmpty()) {
			if (output.isJson()) {
				output.json(Map.of("revisions", List.of(), "differences", List.of(), "findings", List.of(), "notes",
						sequenceNotes));
			}
			else {
				output.line("No difference between " + model.describe() + " and the schema the revisions build: "
						+ "nothing written.");
				sequenceNotes.forEach(output::line);
			}
			return 0;
		}
		List<String> renames = RenameHints.of(diff.differences());
		List<Draft> drafts = RevisionDrafts.of(diff, dialect, parents, message, RevisionIds::generate, renames);
		List<Path> files = write(workspace, graph, drafts);
		GuardReport report = new Guard(dialect).check(parse(drafts, files));
		List<String> hints = new ArrayList<>(renames);
		hints.addAll(sequenceNotes);
		drafts.forEach((draft) -> draft.notes().stream().filter((note) -> !hints.contains(note)).forEach(hints::add));
		if (output.isJson()) {
			json(output, drafts, files, diff, report, hints);
			return 0;
		}
		output.line(model.describe() + " and the schema the revisions build differ in " + diff.differences().size()
				+ ((diff.differences().size() == 1) ? " place:" : " places:"));
		for (Difference difference : diff.differences()) {
			output.line("  " + difference.phase().key() + ": " + difference.describe());
		}
		for (int i = 0; i < drafts.size(); i++) {
			Draft draft = drafts.get(i);
			output.line("Wrote " + files.get(i) + " (revision " + draft.revision().id() + ", phase "
					+ draft.revision().phase().key() + (draft.transactional() ? "" : ", transactional: false") + ", on top of "
					+ (draft.revision().downRevisions().isEmpty() ? "<base>"
							: String.join(", ", draft.revision().downRevisions()))
					+ ")");
		}
		hints.forEach(output::line);
		output.line("Guard findings on what was written:");
		output.line(report.describe());
		if (report.blocking()) {
			output.line("check fails on the blocking finding(s) until the statement follows the safe recipe, or is "
					+ "accepted with '-- migrate:allow <rule> <reason>' on the line above it.");
		}
		output.line("Review the revision(s), then apply them (upgrade); " + ((drafts.size() > 1)
 				? "ship the contract revision(s) in a later deploy than the expand revision(s)." : "commit them with the entities."));
		return 0;
	}

	/** Both files, checked against the graph first, or none. */
	private static List<Path> write(Workspace workspace, RevisionGraph graph, List<Draft> drafts) {
		Path directory = workspace.writableDirectory();
		List<Revision> revisions = new ArrayList<>(graph.revisions());
		List<Path> files = new ArrayList<>();
		for (Draft draft : drafts) {
			Path file = directory.resolve(RevisionFileWriter.fileName(draft.revision()));
			files.add(file);
			revisions.add(new RevisionFileParser().parse(file.toString(), draft.text()));
		}
		try {
			RevisionGraph.of(revisions);
		}
		catch (MigrateException ex) {
			throw new MigrateException(ErrorCode.USAGE, "Nothing written: the new revisions would not load: "
					+ ex.getMessage(), ex);
		}
		List<Path> written = new ArrayList<>();
		try {
			Files.createDirectories(directory);
			for (int i = 0; i < drafts.size(); i++) {
				Files.writeString(files.get(i), drafts.get(i).text(), StandardOpenOption.CREATE_NEW);
				written.add(files.get(i));
			}
		}
		catch (IOException ex) {
			for (Path file : written) {
				try {
					Files.deleteIfExists(file);
				}
				catch (IOException ignored) {
					// The message below names the file that failed; the one left is named too.
				}
			}
			throw new UncheckedIOException("Nothing written: could not write the revisions into " + directory + ": "
					+ ex.getMessage(), ex);
		}
		return files;
	}

	private static List<Revision> parse(List<Draft> drafts, List<Path> files) {
		List<Revision> revisions = new ArrayList<>();
		for (int i = 0; i < drafts.size(); i++) {
			revisions.add(new RevisionFileParser().parse(files.get(i).toString(), drafts.get(i).text()));
		}
		return revisions;
	}

	private static void json(Output output, List<Draft> drafts, List<Path> files, CatalogDiff diff,
			GuardReport report, List<String> hints) {
		Map<String, Object> json = new LinkedHashMap<>();
		List<Map<String, Object>> revisions = new ArrayList<>();
		for (int i = 0; i < drafts.size(); i++) {
			Map<String, Object> revision = new LinkedHashMap<>();
			revision.put("revision", drafts.get(i).revision().id());
			revision.put("phase", drafts.get(i).revision().phase().key());
			revision.put("transactional", drafts.get(i).transactional());
			revision.put("downRevisions", drafts.get(i).revision().downRevisions());
			revision.put("file", files.get(i).toString());
			revisions.add(revision);
		}
		json.put("revisions", revisions);
		json.put("differences", diff.differences().stream().map(EntityDifferences::json).toList());
		json.put("findings", report.findings().stream().map(CheckCommand::json).toList());
		json.put("notes", hints);
		output.json(json);
	}

}
