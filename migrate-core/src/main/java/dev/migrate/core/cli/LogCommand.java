package dev.migrate.core.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import dev.migrate.core.history.HistoryEntry;
import dev.migrate.core.history.HistoryRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** The recorded operations of the history table, newest first: what ran, when, by whom, and how it ended. */
@Command(name = "log", addMethodSubcommands = false, description = "Show the recorded operations of the history table, newest first.")
final class LogCommand implements Callable<Integer> {

	@ParentCommand
	private MigrateCli cli;

	@Override
	public Integer call() {
		if (this.cli.fleet()) {
			return fleet();
		}
		List<HistoryRow> rows = new ArrayList<>(this.cli.migrator(null).history());
		java.util.Collections.reverse(rows);
		Output output = this.cli.output();
		if (output.isJson()) {
			List<Map<String, Object>> operations = new ArrayList<>(rows.size());
			for (HistoryRow row : rows) {
				operations.add(json(row));
			}
			output.json(Map.of("operations", operations));
			return 0;
		}
		if (rows.isEmpty()) {
			output.line("No recorded operations: migrate has not run against this database (or schema).");
		}
		for (HistoryRow row : rows) {
			output.line(line(row.entry()));
		}
		return 0;
	}

	/** {@code --schemas}: each schema's operations, newest first, under its name. */
	private int fleet() {
		Output output = this.cli.output();
		return new FleetRun(this.cli).read(migrator -> {
			List<HistoryRow> rows = new ArrayList<>(migrator.history());
			java.util.Collections.reverse(rows);
			return rows;
		}, (logs, failed) -> {
			if (output.isJson()) {
				List<Map<String, Object>> schemas = new ArrayList<>();
				logs.forEach((schema, rows) -> {
					Map<String, Object> entry = new LinkedHashMap<>();
					entry.put("schema", schema);
					entry.put("operations", rows.stream().map(LogCommand::json).toList());
					schemas.add(entry);
				});
				failed.forEach((schema, error) -> {
					Map<String, Object> entry = new LinkedHashMap<>();
					entry.put("schema", schema);
					entry.put("error", error);
					schemas.add(entry);
				});
				output.json(Map.of("schemas", schemas));
				return;
			}
			logs.forEach((schema, rows) -> {
				output.line(schema + ": " + rows.size() + " operation(s)");
				rows.forEach(row -> output.line("  " + line(row.entry())));
			});
			failed.forEach((schema, error) -> output.line(schema + ": FAILED: " + error));
		});
	}

	private static Map<String, Object> json(HistoryRow row) {
		HistoryEntry entry = row.entry();
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", row.id());
		json.put("revision", entry.revision());
		json.put("operation", entry.operation().key());
		json.put("outcome", entry.outcome().name());
		json.put("message", entry.message());
		json.put("downRevisions", entry.downRevisions());
		json.put("checksum", entry.checksum());
		json.put("startedAt", String.valueOf(entry.startedAt()));
		json.put("finishedAt", (entry.finishedAt() != null) ? entry.finishedAt().toString() : null);
		json.put("durationMillis", entry.durationMs());
		json.put("appliedBy", entry.appliedBy());
		json.put("statementsRun", entry.statementsRun());
		json.put("failedStatement", entry.failedStatement());
		json.put("error", entry.error());
		return json;
	}

	/** {@code 2026-01-01T10:00:00Z upgrade a1b2c3 SUCCESS (12 ms, 3 statement(s)) by app@host: message}. */
	private static String line(HistoryEntry entry) {
		StringBuilder text = new StringBuilder();
		text.append(entry.startedAt()).append(' ').append(entry.operation().key()).append(' ').append(entry.revision())
			.append(' ').append(entry.outcome().name()).append(" (");
		text.append((entry.durationMs() != null) ? entry.durationMs() + " ms, " : "not finished, ");
		text.append(entry.statementsRun()).append(" statement(s)) by ").append(entry.appliedBy());
		if (!entry.message().isEmpty()) {
			text.append(": ").append(entry.message());
		}
		if (entry.error() != null) {
			text.append(" [statement ").append(entry.failedStatement()).append(" failed: ").append(entry.error()).append(']');
		}
		return text.toString();
	}

}
