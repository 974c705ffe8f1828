package dev.migrate.core.dialect;

import dev.migrate.core.ErrorCode;
import dev.migrate.core.MigrateException;

/**
 * Where migrate keeps its state: the schema (on MariaDB/MySQL, the database) and the names of the
 * version and history tables. Validated on construction, so every name is a plain identifier.
 * Names are exact: the dialects quote them, so {@code migrate_version} and {@code MIGRATE_VERSION}
 * are different tables.
 *
 * @param schema the schema, or {@code null} for the connection's current schema
 * @param versionTable the version table's name
 * @param historyTable the history table's name
 */
public record TableNames(String schema, String versionTable, String historyTable) {

	public static final String DEFAULT_VERSION_TABLE = "migrate_version";

	public static final String DEFAULT_HISTORY_TABLE = "migrate_history";

	public TableNames {
		if (schema != null) {
			Identifiers.requireValid("migrate.schema", schema);
		}
		Identifiers.requireValid("migrate.version-table", versionTable);
		Identifiers.requireValid("migrate.history-table", historyTable);
		if (versionTable.equals(historyTable)) {
			throw new MigrateException(ErrorCode.USAGE, "migrate.version-table and migrate.history-table are both '"
					+ versionTable + "': give the two tables different names");
		}
	}

	/** The default names in the connection's current schema. */
	public static TableNames defaults() {
		return new TableNames(null, DEFAULT_VERSION_TABLE, DEFAULT_HISTORY_TABLE);
	}

	/** These names in {@code schema} ({@code null}: the connection's current schema). */
	public TableNames withSchema(String schema) {
		return new TableNames(schema, this.versionTable, this.historyTable);
	}

}
