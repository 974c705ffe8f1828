package dev.migrate.core.engine;

import java.net.InetAddress;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import dev.migrate.core.dialect.DatabaseCatalog;
import dev.migrate.core.dialect.Dialect;
import dev.migrate.core.dialect.TableNames;
import dev.migrate.core.history.Bookkeeping;
import dev.migrate.core.history.HistoryRow;
import dev.migrate.core.history.HistoryStore;

/** One command's connection with everything resolved against it: dialect, schema, tables. */
final class Session {

	final Connection connection;

	final Dialect dialect;

	final TableNames tables;

	final HistoryStore store;

	final DatabaseCatalog catalog;

	Session(Connection connection, Dialect dialect, TableNames configured) throws SQLException {
		this.connection = connection;
		this.dialect = dialect;
		this.catalog = new DatabaseCatalog(dialect);
		String schema = (configured.schema() != null) ? configured.schema() : this.catalog.currentSchema(connection);
		this.tables = configured.withSchema(schema);
		this.store = new HistoryStore(dialect, new Bookkeeping(dialect, this.tables));
		connection.setAutoCommit(true);
	}

	Bookkeeping sql() {
		return this.store.sql();
	}

	/** What the tables say now. */
	Snapshot read(String lockTable) throws SQLException {
		boolean exists = this.store.versionTableExists(this.connection);
		List<String> rows = exists ? this.store.versions(this.connection) : List.of();
		List<HistoryRow> history = exists ? this.store.history(this.connection) : List.of();
		List<String> others = exists ? List.of()
				: this.catalog.otherTables(this.connection, this.tables.schema(),
						List.of(this.tables.versionTable(), this.tables.historyTable(), lockTable));
		return new Snapshot(exists, rows, history, others);
	}

	/**
	 * What the tables say now, reading the history only when a status needs it: when a recorded
	 * failure blocks (the status shows it) or a version row is unknown (divergence is traced through
	 * the history). Otherwise the snapshot's history is empty, and it must not be used for anything
	 * but {@link StatusReader}. Health probes call this every few seconds on every instance, so the
	 * common case is three small queries instead of every history row.
	 */
	Snapshot readForStatus(String lockTable, java.util.function.Predicate<String> known) throws SQLException {
		if (!this.store.versionTableExists(this.connection)) {
			return read(lockTable);
		}
		List<String> rows = this.store.versions(this.connection);
		if (!rows.stream().allMatch(known) || this.store.blocked(this.connection)) {
			return read(lockTable);
		}
		return new Snapshot(true, rows, List.of(), List.of());
	}

	/** Who applies revisions, for the history table: database user and host. */
	String appliedBy() {
		String user;
		try {
			user = this.connection.getMetaData().getUserName();
		}
		catch (SQLException ex) {
			user = "unknown";
		}
		return user + "@" + host();
	}

	private static String host() {
		String host = System.getenv("HOSTNAME");
		if (host != null && !host.isBlank()) {
			return host;
		}
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (Exception ex) {
			return "unknown-host";
		}
	}

	/**
	 * The tables' content at one moment.
	 *
	 * @param versionTableExists whether migrate has been here
	 * @param rows the version rows
	 * @param history the history rows, oldest first
	 * @param otherTables tables that are not migrate's, listed only when there is no version table
	 */
	record Snapshot(boolean versionTableExists, List<String> rows, List<HistoryRow> history, List<String> otherTables) {

		Snapshot {
			rows = List.copyOf(rows);
			history = List.copyOf(history);
			otherTables = List.copyOf(otherTables);
		}

		boolean isLegacy() {
			return !this.versionTableExists && !this.otherTables.isEmpty();
		}

		/** The first history row that blocks the next run, or {@code null}. */
		HistoryRow blockingFailure() {
			for (HistoryRow row : this.history) {
				if (row.entry().outcome().blocks()) {
					return row;
				}
			}
			return null;
		}

		Snapshot withRows(List<String> newRows) {
			return new Snapshot(true, newRows, this.history, List.of());
		}

	}

}
