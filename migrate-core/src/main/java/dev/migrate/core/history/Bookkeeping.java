package dev.migrate.core.history;

import java.util.ArrayList;
import java.util.List;

import dev.migrate.core.dialect.Dialect;
import dev.migrate.core.dialect.TableNames;

/**
 * The SQL that keeps the version and history tables: table creation and the writes that record
 * a step. Values are written as literals made safe by the dialect (ids are validated, text goes
 * through {@link Dialect#stringLiteral}), so that a step's whole record is one batch of plain
 * statements: one round trip, in the revision's own transaction. The offline {@code sql} command
 * prints exactly these statements.
 */
public final class Bookkeeping {

	static final int MAX_MESSAGE = 500;

	static final int MAX_ERROR = 4000;

	static final int MAX_APPLIED_BY = 128;

	/** Text types report a width of at least this (PostgreSQL and H2 about 2^30 and more, MariaDB's longtext 2^32). */
	static final int MIN_UNBOUNDED = 1_000_000;

	private final Dialect dialect;

	private final TableNames names;

	private final String versionTable;

	private final String historyTable;

	/** @param names table names whose schema is resolved ({@code null} only to use the search path) */
	public Bookkeeping(Dialect dialect, TableNames names) {
		this.dialect = dialect;
		this.names = names;
		this.versionTable = dialect.qualify(names.schema(), names.versionTable());
		this.historyTable = dialect.qualify(names.schema(), names.historyTable());
	}

	public TableNames names() {
		return this.names;
	}

	public String versionTable() {
		return this.versionTable;
	}

	public String historyTable() {
		return this.historyTable;
	}

	public List<String> createTables() {
		return List.of(this.dialect.createVersionTable(this.names.schema(), this.names.versionTable()),
				this.dialect.createHistoryTable(this.names.schema(), this.names.historyTable()));
	}

	/**
	 * DDL bringing a history table created by an earlier release to this one's shape, given the
	 * shape of the existing table; empty when it has it.
	 * @param downRevisionsWidth the declared width of {@code down_revisions}
	 * @param hasConnectionId whether the table has {@code connection_id}
	 */
	public List<String> upgradeHistoryTable(int downRevisionsWidth, boolean hasConnectionId) {
		List<String> ddl = new ArrayList<>();
		// A merge of a few hundred parents fills a few kilobytes; anything this narrow is an old width.
		if (downRevisionsWidth > 0 && downRevisionsWidth < MIN_UNBOUNDED) {
			ddl.add(this.dialect.widenToText(this.names.schema(), this.names.historyTable(), "down_revisions"));
		}
		if (!hasConnectionId) {
			ddl.add("ALTER TABLE " + this.historyTable + " ADD connection_id varchar(64)");
		}
		return ddl;
	}

	/** No row, only the columns of the history table as they are. */
	public String selectHistoryShape() {
		return "SELECT * FROM " + this.historyTable + " WHERE 1 = 0";
	}

	/** The version-row changes of a step or stamp: deletes first, then inserts. */
	public List<String> moveVersions(List<String> deletes, List<String> inserts) {
		List<String> sql = new ArrayList<>(deletes.size() + inserts.size());
		for (String id : deletes) {
			sql.add("DELETE FROM " + this.versionTable + " WHERE version_num = " + this.dialect.stringLiteral(id));
		}
		for (String id : inserts) {
			sql.add("INSERT INTO " + this.versionTable + " (version_num) VALUES (" + this.dialect.stringLiteral(id) + ")");
		}
		return sql;
	}

	public String insertHistory(HistoryEntry entry) {
		return "INSERT INTO " + this.historyTable + " (revision, operation, down_revisions, checksum, message, started_at, "
				+ "finished_at, duration_ms, applied_by, outcome, statements_run, failed_statement, error, connection_id) VALUES ("
				+ text(entry.revision()) + ", " + text(entry.operation().key()) + ", "
				+ text(String.join(",", entry.downRevisions())) + ", " + text(entry.checksum()) + ", "
				+ text(clip(entry.message(), MAX_MESSAGE)) + ", " + this.dialect.timestampLiteral(entry.startedAt()) + ", "
				+ ((entry.finishedAt() != null) ? this.dialect.timestampLiteral(entry.finishedAt()) : "NULL") + ", "
				+ number(entry.durationMs()) + ", " + text(clip(entry.appliedBy(), MAX_APPLIED_BY)) + ", "
				+ text(entry.outcome().name()) + ", " + entry.statementsRun() + ", " + number(entry.failedStatement()) + ", "
				+ text(clip(entry.error(), MAX_ERROR)) + ", " + text(entry.connectionId()) + ")";
	}

	/**
	 * Records that {@code statementsRun} statements of the {@link Outcome#STARTED} row of a
	 * non-transactional revision have run, so that the count stays true if the process dies.
	 */
	public String progress(String revision, int statementsRun) {
		return "UPDATE " + this.historyTable + " SET statements_run = " + statementsRun + " WHERE revision = "
				+ text(revision) + " AND outcome = " + text(Outcome.STARTED.name());
	}

	/** Finishes the {@link Outcome#STARTED} row of a non-transactional revision. */
	public String finishStarted(HistoryEntry finished) {
		return "UPDATE " + this.historyTable + " SET outcome = " + text(finished.outcome().name()) + ", finished_at = "
				+ this.dialect.timestampLiteral(finished.finishedAt()) + ", duration_ms = " + number(finished.durationMs())
				+ ", statements_run = " + finished.statementsRun() + ", failed_statement = "
				+ number(finished.failedStatement()) + ", error = " + text(clip(finished.error(), MAX_ERROR))
				+ " WHERE revision = " + text(finished.revision()) + " AND outcome = " + text(Outcome.STARTED.name());
	}

	/** Marks the blocking rows of a revision resolved, keeping what they say. */
	public String resolve(String revision) {
		return "UPDATE " + this.historyTable + " SET outcome = " + text(Outcome.RESOLVED.name()) + " WHERE revision = "
				+ text(revision) + " AND outcome IN (" + text(Outcome.STARTED.name()) + ", "
				+ text(Outcome.FAILED.name()) + ")";
	}

	public String selectVersions() {
		return "SELECT version_num FROM " + this.versionTable;
	}

	/** One row when a recorded failure blocks the next run, none otherwise. */
	public String selectBlocking() {
		StringBuilder outcomes = new StringBuilder();
		for (Outcome outcome : Outcome.values()) {
			if (outcome.blocks()) {
				outcomes.append((outcomes.length() == 0) ? "'" : ", '").append(outcome.name()).append('\'');
			}
		}
		return "SELECT id FROM " + this.historyTable + " WHERE outcome IN (" + outcomes + ") LIMIT 1";
	}

	/**
	 * The version rows (kind 0) and {@link #selectRecorded()} (kind 1, in history order) in one
	 * query: an up-to-date check in one round trip. Fails when either table is missing.
	 */
	public String selectVersionsAndRecorded() {
		return "SELECT 0 AS kind, 0 AS id, version_num AS revision, NULL AS operation, NULL AS checksum, NULL AS outcome FROM "
				+ this.versionTable + " UNION ALL SELECT 1, id, revision, operation, checksum, outcome FROM "
				+ this.historyTable + " ORDER BY 1, 2";
	}

	/** Only what an up-to-date check needs: no timestamps, messages or errors. */
	public String selectRecorded() {
		return "SELECT revision, operation, checksum, outcome FROM " + this.historyTable + " ORDER BY id";
	}

	/**
	 * Every column, so that a history table of an earlier release (without {@code connection_id})
	 * still reads before a run under the lock brings it to this shape.
	 */
	public String selectHistory() {
		return "SELECT * FROM " + this.historyTable + " ORDER BY id";
	}

	private String text(String value) {
		return (value != null) ? this.dialect.stringLiteral(value) : "NULL";
	}

	private static String number(Number value) {
		return (value != null) ? value.toString() : "NULL";
	}

	static String clip(String value, int max) {
		if (value == null || value.length() <= max) {
			return value;
		}
		return value.substring(0, max - 3) + "...";
	}

}
