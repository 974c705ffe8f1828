package dev.migrate.core.engine;

import java.net.InetAddress;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.migrate.core.ErrorCode;
import dev.migrate.core.MigrateException;
import dev.migrate.core.dialect.DatabaseCatalog;
import dev.migrate.core.dialect.Dialect;
import dev.migrate.core.dialect.TableNames;
import dev.migrate.core.history.Bookkeeping;
import dev.migrate.core.history.HistoryRow;
import dev.migrate.core.history.HistoryStore;
import dev.migrate.core.history.Outcome;

/** One command's connection with everything resolved against it: dialect, schema, tables. */
final class Session {

	private static final Logger logger = LoggerFactory.getLogger(Session.class);

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

	/**
	 * Switches the connection to the schema of the tables, so that the revisions' unqualified names
	 * land there (a fleet's tenant): the search path on PostgreSQL and H2, the database on MariaDB.
	 */
	void useSchema() throws SQLException {
		if (this.dialect instanceof dev.migrate.core.dialect.MariaDbDialect) {
			this.connection.setCatalog(this.tables.schema());
		}
		else {
			this.connection.setSchema(this.tables.schema());
		}
	}

	Bookkeeping sql() {
		return this.store.sql();
	}

	/** What the tables say now. */
	/**
	 * The instance registry of rolling deploys (dev.migrate.core.rolling), which an instance creates
	 * when it registers, possibly before the first upgrade: migrate's own, never a legacy table.
	 */
	static final String INSTANCE_TABLE = "migrate_instances";

	Snapshot read(String lockTable) throws SQLException {
		boolean exists = this.store.versionTableExists(this.connection);
		List<String> rows = exists ? this.store.versions(this.connection) : List.of();
		List<HistoryRow> history = exists ? this.store.history(this.connection) : List.of();
		List<String> others = exists ? List.of()
				: this.catalog.otherTables(this.connection, this.tables.schema(),
						List.of(this.tables.versionTable(), this.tables.historyTable(), lockTable, INSTANCE_TABLE));
		Snapshot snapshot = new Snapshot(exists, rows, history, others, HistoryStore.Recorded.of(history), null);
		HistoryRow failure = snapshot.blockingFailure();
		if (failure != null && failure.entry().outcome() == Outcome.STARTED && failure.entry().connectionId() != null) {
			return snapshot.withStillRunning(stillRunning(failure.entry().connectionId()));
		}
		return snapshot;
	}

	/**
	 * What the connection the server knows as {@code id} executes now, {@code null} when the server
	 * no longer has it. A client killed in the middle of a statement leaves its connection running
	 * until the statement ends: the server notices the dead socket only when it answers.
	 */
	private StillRunning stillRunning(String id) {
		String query = this.dialect.connectionActivityQuery();
		if (query == null) {
			return null;
		}
		try (PreparedStatement statement = this.connection.prepareStatement(query)) {
			statement.setString(1, id);
			try (ResultSet result = statement.executeQuery()) {
				return result.next() ? new StillRunning(id, Objects.requireNonNullElse(result.getString(1), "")) : null;
			}
		}
		catch (SQLException ex) {
			// e.g. no right to see other sessions: then the failure is reported as it is recorded
			logger.debug("Could not ask the server whether connection {} still runs", id, ex);
			return null;
		}
	}

	/** The server's id of this session's connection, {@code null} where the dialect has none. */
	String connectionId() {
		String query = this.dialect.connectionIdQuery();
		if (query == null) {
			return null;
		}
		try (Statement statement = this.connection.createStatement(); ResultSet result = statement.executeQuery(query)) {
			return result.next() ? result.getString(1) : null;
		}
		catch (SQLException ex) {
			logger.debug("Could not read the connection id", ex);
			return null;
		}
	}

	/**
	 * What the tables say now, reading the history only when a status needs it: when a recorded
	 * failure blocks (the status shows it) or a version row is unknown (divergence is traced through
	 * the history). Otherwise the snapshot's history is empty, and it must not be used for anything
	 * but {@link StatusReader}. Health probes call this every few seconds on every instance, so the
	 * common case is three small queries instead of every history row: the version table's existence,
	 * the version rows, and the narrow history (revision, operation, checksum, outcome), which the
	 * checksum check needs as much as an upgrade does.
	 */
	Snapshot readForStatus(String lockTable, java.util.function.Predicate<String> known) throws SQLException {
		if (!this.store.versionTableExists(this.connection)) {
			return read(lockTable);
		}
		return readManagedForStatus(lockTable, known);
	}

	/**
	 * {@link #readManagedForStatus} in one round trip when both tables exist and nothing is in
	 * doubt; {@code null} when the one query failed (a table is missing), and the caller asks step
	 * by step. The query's failure leaves no transaction behind: the connection is in autocommit.
	 */
	Snapshot readManagedInOneQuery(String lockTable, java.util.function.Predicate<String> known) throws SQLException {
		HistoryStore.VersionsAndRecorded read;
		try {
			read = this.store.versionsAndRecorded(this.connection);
		}
		catch (SQLException ex) {
			logger.debug("The one-query check could not read the tables; reading them one by one", ex);
			return null;
		}
		if (!read.versions().stream().allMatch(known) || read.recorded().blocked()) {
			return read(lockTable);
		}
		return new Snapshot(true, read.versions(), List.of(), List.of(), read.recorded(), null);
	}

	/** {@link #readForStatus} once the version table is known to exist. */
	Snapshot readManagedForStatus(String lockTable, java.util.function.Predicate<String> known) throws SQLException {
		List<String> rows = this.store.versions(this.connection);
		if (!rows.stream().allMatch(known)) {
			return read(lockTable);
		}
		// the checksums are what an upgrade checks too: a status that skipped them could say UP_TO_DATE
		HistoryStore.Recorded recorded = this.store.recorded(this.connection);
		if (recorded.blocked()) {
			return read(lockTable);
		}
		return new Snapshot(true, rows, List.of(), List.of(), recorded, null);
	}

	/**
	 * Runs bookkeeping statements as one transaction.
	 * @param what what they record, for the error ("record the stamp of revision r1")
	 * @throws MigrateException naming {@code what} and the database's message, never the statements
	 */
	void writeBatch(List<String> batch, String what) throws SQLException {
		this.connection.setAutoCommit(false);
		try (Statement statement = this.connection.createStatement()) {
			for (String sql : batch) {
				statement.addBatch(sql);
			}
			statement.executeBatch();
			this.connection.commit();
		}
		catch (SQLException ex) {
			this.connection.rollback();
			throw new MigrateException(ErrorCode.DATABASE, "Could not " + what + ": " + Excerpts.message(ex), ex);
		}
		finally {
			this.connection.setAutoCommit(true);
		}
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
	 * @param recorded the checksums and whether a failure blocks, read from the whole history
	 * @param stillRunning the connection of a run recorded as started that the server still runs,
	 * or {@code null}
	 */
	record Snapshot(boolean versionTableExists, List<String> rows, List<HistoryRow> history, List<String> otherTables,
			HistoryStore.Recorded recorded, StillRunning stillRunning) {

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
			return new Snapshot(true, newRows, this.history, List.of(), this.recorded, this.stillRunning);
		}

		Snapshot withStillRunning(StillRunning running) {
			return new Snapshot(this.versionTableExists, this.rows, this.history, this.otherTables, this.recorded, running);
		}

	}

	/**
	 * A connection of a run whose process died that the server still executes.
	 * @param connectionId the server's id of the connection
	 * @param statement what it executes (possibly empty)
	 */
	record StillRunning(String connectionId, String statement) {
	}

}
