package dev.migrate.core.cli;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import dev.migrate.core.engine.MigrationStatus;
import dev.migrate.core.graph.RevisionGraph;
import dev.migrate.core.revision.Revision;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(name = "history", addMethodSubcommands = false, description = "List the revisions newest first, with branch points and merges marked.")
final class HistoryCommand implements Callable<Integer> {

	@ParentCommand
	private MigrateCli cli;

	@Override
	public Integer call() {
		RevisionGraph graph = this.cli.workspace().graph();
		// With a database, each revision is marked applied or not; without one the graph alone is shown.
		// applied is what the status does not list as pending, so that a database ahead of the code (its
		// version table names revisions these files lack) shows what it has of them too
		MigrationStatus status = this.cli.hasDatabase() ? this.cli.migrator(null).status("heads") : null;
		List<String> current = (status != null) ? status.current() : null;
		List<String> unknown = (status != null) ? status.unknown() : List.of();
		BitSet applied = null;
		if (status != null) {
			applied = new BitSet(graph.size());
			applied.set(0, graph.size());
			for (Revision pending : status.pending()) {
				applied.clear(graph.indexOf(pending.id()));
			}
		}
		List<Map<String, Object>> json = new ArrayList<>(graph.size());
		Output output = this.cli.output();
		if (!unknown.isEmpty() && !output.isJson()) {
			output.line("Note: the database is ahead of this code: its version table names " + String.join(", ", unknown)
					+ ", which these revision files do not have; the revisions below are marked as far as they are known.");
		}
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
			Map<String, Object> document = new LinkedHashMap<>();
			document.put("history", json);
			if (current != null) {
				document.put("unknown", unknown);
			}
			output.json(document);
		}
		return 0;
	}

}
