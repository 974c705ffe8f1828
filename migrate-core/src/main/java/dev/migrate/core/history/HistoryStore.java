package dev.migrate.core.history;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.migrate.core.dialect.DatabaseCatalog;
import dev.migrate.core.dialect.Dialect;
import dev.migrate.core.plan.Operation;

/** Reads and creates the version and history tables. Every read is one query. */
public final class HistoryStore {

	private final Dialect dialect;

	private final Bookkeeping sql;

	private final DatabaseCatalog catalog;

	public HistoryStore(Dialect dialect, Bookkeeping sql) {
		this.dialect = dialect;
		this.sql = sql;
		this.catalog = new DatabaseCatalog(dialect);
	}

	public Bookkeeping sql() {
		return this.sql;
	}

	public boolean versionTableExists(Connection connection) throws SQLException {
		return this.catalog.tableExists(connection, this.sql.names().schema(), this.sql.names().versionTable());
	}

	public boolean historyTableExists(Connection connection) throws SQLException {
		return this.catalog.tableExists(connection, this.sql.names().schema(), this.sql.names().historyTable());
	}

	/** Creates whichever of the two tables is missing. Run it under the lock. */
	public void createTables(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			for (String ddl : this.sql.createTables()) {
				statement.execute(ddl);
			}
		}
		if (!connection.getAutoCommit()) {
			connection.commit();
		}
	}

	/**
	 * Brings a history table created by an earlier release to this release's shape: an unbounded
	 * {@code down_revisions}, a {@code connection_id}. Run it under the lock; one query when there
	 * is nothing to change.
	 */
	public void upgradeHistoryTable(Connection connection) throws SQLException {
		int width = 0;
		boolean hasConnectionId = false;
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(this.sql.selectHistoryShape())) {
			ResultSetMetaData meta = rows.getMetaData();
			for (int i = 1; i <= meta.getColumnCount(); i++) {
				String name = meta.getColumnLabel(i).toLowerCase(Locale.ROOT);
				if (name.equals("down_revisions")) {
					width = meta.getPrecision(i);
				}
				hasConnectionId |= name.equals("connection_id");
			}
		}
		List<String> ddl = this.sql.upgradeHistoryTable(width, hasConnectionId);
		if (ddl.isEmpty()) {
			return;
		}
		try (Statement statement = connection.createStatement()) {
			for (String sql : ddl) {
				statement.execute(sql);
			}
		}
		if (!connection.getAutoCommit()) {
			connection.commit();
		}
	}

	public List<String> versions(Connection connection) throws SQLException {
		List<String> versions = new ArrayList<>();
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(this.sql.selectVersions())) {
			while (rows.next()) {
				versions.add(rows.getString(1));
			}
		}
		versions.sort(null);
		return versions;
	}

	/** The history, oldest first; empty when the table does not exist. */
	public List<HistoryRow> history(Connection connection) throws SQLException {
		List<HistoryRow> history = new ArrayList<>();
		if (!historyTableExists(connection)) {
			return history;
		}
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(this.sql.selectHistory())) {
			while (rows.next()) {
				history.add(new HistoryRow(rows.getLong("id"), read(rows)));
			}
		}
		return history;
	}

	/** Whether a recorded failure blocks the next upgrade or downgrade: one row at most crosses the wire. */
	public boolean blocked(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(this.sql.selectBlocking())) {
			return rows.next();
		}
	}

	/**
	 * What deciding "nothing to do" needs from the history, in one narrow query: the checksum each
	 * revision was last upgraded with, and whether a recorded failure blocks the next run. The
	 * history table must exist.
	 */
	public Recorded recorded(Connection connection) throws SQLException {
		Recorded.Collector collector = new Recorded.Collector();
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(this.sql.selectRecorded())) {
			while (rows.next()) {
				collector.add(rows.getString(1), Operation.valueOf(rows.getString(2).toUpperCase(Locale.ROOT)),
						rows.getString(3), Outcome.valueOf(rows.getString(4)));
			}
		}
		return collector.recorded();
	}

	/**
	 * The version rows, sorted, and {@link #recorded} in one query; throws when either table is
	 * missing (then ask {@link #versionTableExists} and read them one by one).
	 */
	public VersionsAndRecorded versionsAndRecorded(Connection connection) throws SQLException {
		List<String> versions = new ArrayList<>();
		Recorded.Collector collector = new Recorded.Collector();
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(this.sql.selectVersionsAndRecorded())) {
			while (rows.next()) {
				if (rows.getInt(1) == 0) {
					versions.add(rows.getString(3));
				}
				else {
					collector.add(rows.getString(3), Operation.valueOf(rows.getString(4).toUpperCase(Locale.ROOT)),
							rows.getString(5), Outcome.valueOf(rows.getString(6)));
				}
			}
		}
		versions.sort(null);
		return new VersionsAndRecorded(versions, collector.recorded());
	}

	/** What {@link #versionsAndRecorded} read. */
	public record VersionsAndRecorded(List<String> versions, Recorded recorded) {

		public VersionsAndRecorded {
			versions = List.copyOf(versions);
		}

	}

	/**
	 * @param checksums revision id to the checksum its last successful upgrade (or accepted edit) recorded
	 * @param blocked whether a recorded failure blocks the next upgrade or downgrade
	 */
	public record Recorded(Map<String, String> checksums, boolean blocked) {

		public Recorded {
			checksums = Map.copyOf(checksums);
		}

		/** The same from full history rows, oldest first. */
		public static Recorded of(List<HistoryRow> history) {
			Collector collector = new Collector();
			for (HistoryRow row : history) {
				HistoryEntry entry = row.entry();
				collector.add(entry.revision(), entry.operation(), entry.checksum(), entry.outcome());
			}
			return collector.recorded();
		}

		/** Reads history rows oldest first, whichever query they come from. */
		static final class Collector {

			private final Map<String, String> checksums = new HashMap<>();

			private boolean blocked;

			void add(String revision, Operation operation, String checksum, Outcome outcome) {
				this.blocked |= outcome.blocks();
				// a stamp carries a checksum only when an operator accepted an edited file ('resolve --accept-checksum')
				if (operation != Operation.DOWNGRADE && outcome == Outcome.SUCCESS && checksum != null) {
					this.checksums.put(revision, checksum);
				}
			}

			Recorded recorded() {
				return new Recorded(this.checksums, this.blocked);
			}

		}

	}

	private HistoryEntry read(ResultSet rows) throws SQLException {
		String downRevisions = rows.getString("down_revisions");
		long duration = rows.getLong("duration_ms");
		Long durationMs = rows.wasNull() ? null : duration;
		int failed = rows.getInt("failed_statement");
		Integer failedStatement = rows.wasNull() ? null : failed;
		return new HistoryEntry(rows.getString("revision"),
				Operation.valueOf(rows.getString("operation").toUpperCase(Locale.ROOT)),
				(downRevisions == null || downRevisions.isEmpty()) ? List.of() : Arrays.asList(downRevisions.split(",")),
				rows.getString("checksum"), rows.getString("message"), this.dialect.readTimestamp(rows, "started_at"),
				this.dialect.readTimestamp(rows, "finished_at"), durationMs, rows.getString("applied_by"),
				Outcome.valueOf(rows.getString("outcome")), rows.getInt("statements_run"), failedStatement,
				rows.getString("error"), connectionId(rows));
	}

	/** {@code connection_id}, absent from history tables of earlier releases until a run adds it. */
	private static String connectionId(ResultSet rows) throws SQLException {
		ResultSetMetaData meta = rows.getMetaData();
		for (int i = 1; i <= meta.getColumnCount(); i++) {
			if (meta.getColumnLabel(i).equalsIgnoreCase("connection_id")) {
				return rows.getString(i);
			}
		}
		return null;
	}

}
