package dev.migrate.core.engine;

import java.util.List;

/** The schema has tables but no version table, and no baseline revision is configured. */
public class LegacySchemaException extends StateException {

	private final List<String> tables;

	public LegacySchemaException(String schema, String versionTable, List<String> tables) {
		super(State.LEGACY, "Schema '" + schema + "' already has " + tables.size() + " table(s) (" + preview(tables)
				+ ") but no version table '" + versionTable + "': it predates migrate, and nothing was changed. To adopt "
				+ "it, find the revision whose schema matches it and set migrate.baseline.revision to that id "
				+ "(--baseline on the command line): the database is stamped there, keeping its data, and upgraded from "
				+ "there. Or run 'migrate stamp <revision>' once by hand.");
		this.tables = List.copyOf(tables);
	}

	private static String preview(List<String> tables) {
		return (tables.size() <= 5) ? String.join(", ", tables) : String.join(", ", tables.subList(0, 5)) + ", ...";
	}

	public List<String> tables() {
		return this.tables;
	}

}
