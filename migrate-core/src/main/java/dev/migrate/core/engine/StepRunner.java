package dev.migrate.core.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.migrate.core.ErrorCode;
import dev.migrate.core.MigrateException;
import dev.migrate.core.dialect.Dialect;
import dev.migrate.core.history.Bookkeeping;
import dev.migrate.core.history.HistoryEntry;
import dev.migrate.core.history.Outcome;
import dev.migrate.core.plan.Operation;
import dev.migrate.core.plan.PlanStep;
import dev.migrate.core.revision.JavaBody;
import dev.migrate.core.revision.Revision;
import dev.migrate.core.sql.SqlStatement;

/**
 * Runs one step and records it. Where the database has transactional DDL and the revision is
 * transactional, the statements and the bookkeeping batch share one transaction, so a revision
 * is either applied and recorded or neither. Otherwise the step is recorded as started first,
 * runs in autocommit, and is recorded as finished (or failed, with how far it got) afterwards.
 */
final class StepRunner {

	private static final Logger logger = LoggerFactory.getLogger(StepRunner.class);

	private final Dialect dialect;

	private final Bookkeeping sql;

	private final Clock clock;

	private final String appliedBy;

	private final Supplier<String> connectionIds;

	private String connectionId;

	/** @param connectionIds reads the server's id of the run's connection, asked once, when a step first runs outside a transaction */
	StepRunner(Dialect dialect, Bookkeeping sql, Clock clock, String appliedBy, Supplier<String> connectionIds) {
		this.dialect = dialect;
		this.sql = sql;
		this.clock = clock;
		this.appliedBy = appliedBy;
		this.connectionIds = connectionIds;
	}

	Duration run(Connection connection, PreparedStep prepared) throws SQLException {
		PlanStep step = prepared.step();
		Revision revision = step.revision();
		HistoryEntry started = new HistoryEntry(revision.id(), step.operation(), revision.downRevisions(),
				revision.checksum(), revision.message(), this.clock.instant(), null, null, this.appliedBy,
				Outcome.STARTED, 0, null, null);
		boolean transactional = revision.transactional() && this.dialect.supportsTransactionalDdl();
		if (transactional) {
			runInTransaction(connection, prepared, started);
		}
		else {
			runInAutocommit(connection, prepared, started);
		}
		return Duration.between(started.startedAt(), this.clock.instant());
	}

	private void runInTransaction(Connection connection, PreparedStep prepared, HistoryEntry started)
			throws SQLException {
		connection.setAutoCommit(false);
		int done = 0;
		try (Statement statement = connection.createStatement()) {
			done = execute(statement, connection, prepared, count -> {
			});
			List<String> batch = new ArrayList<>(this.sql.moveVersions(prepared.step().deleteVersions(),
					prepared.step().insertVersions()));
			batch.add(this.sql.insertHistory(started.finish(this.clock.instant(), Outcome.SUCCESS, done, null, null)));
			record(statement, batch, prepared);
			connection.commit();
		}
		catch (StatementFailure failure) {
			rollback(connection, failure.cause);
			recordRollback(connection, started, failure);
			throw failure.toRevisionFailure(prepared, true, List.of());
		}
		catch (SQLException | RuntimeException ex) {
			rollback(connection, ex);
			throw ex;
		}
		finally {
			connection.setAutoCommit(true);
		}
	}

	private void runInAutocommit(Connection connection, PreparedStep prepared, HistoryEntry started)
			throws SQLException {
		connection.setAutoCommit(true);
		if (this.connectionId == null) {
			this.connectionId = Objects.requireNonNullElse(this.connectionIds.get(), "");
		}
		try (Statement statement = connection.createStatement()) {
			// the connection id lets a later run ask the server whether this one's statement still runs
			record(statement, List.of(this.sql.insertHistory(
					started.onConnection(this.connectionId.isEmpty() ? null : this.connectionId))), prepared);
			int done;
			try {
				// each statement commits on its own here: record each, so that a killed run's count is true
				done = execute(statement, connection, prepared,
						count -> statement.execute(this.sql.progress(started.revision(), count)));
			}
			catch (StatementFailure failure) {
				statement.execute(this.sql.finishStarted(started.finish(this.clock.instant(), Outcome.FAILED,
						failure.number - 1, failure.number, message(failure.cause))));
				throw failure.toRevisionFailure(prepared, false, invalidIndexes(connection, failure));
			}
			// The record of a finished step is plain DML: commit it atomically even where DDL is not.
			connection.setAutoCommit(false);
			List<String> batch = new ArrayList<>(this.sql.moveVersions(prepared.step().deleteVersions(),
					prepared.step().insertVersions()));
			batch.add(this.sql.finishStarted(started.finish(this.clock.instant(), Outcome.SUCCESS, done, null, null)));
			try {
				record(statement, batch, prepared);
				connection.commit();
			}
			catch (SQLException | RuntimeException ex) {
				rollback(connection, ex);
				throw ex;
			}
		}
		finally {
			connection.setAutoCommit(true);
		}
	}

	/** Called after each statement with how many have run. */
	@FunctionalInterface
	private interface Progress {

		void ran(int count) throws SQLException;

	}

	/** Runs the statements; returns how many ran. */
	private int execute(Statement statement, Connection connection, PreparedStep prepared, Progress progress)
			throws StatementFailure, SQLException {
		Revision revision = prepared.step().revision();
		if (revision.body() instanceof JavaBody java) {
			try {
				if (prepared.step().operation() == Operation.UPGRADE) {
					java.revision().upgrade(connection);
				}
				else {
					java.revision().downgrade(connection);
				}
			}
			catch (Exception ex) {
				throw new StatementFailure(1, 1, null, ex);
			}
			return 1;
		}
		List<SqlStatement> statements = prepared.statements();
		for (int i = 0; i < statements.size(); i++) {
			try {
				statement.execute(statements.get(i).sql());
			}
			catch (SQLException ex) {
				throw new StatementFailure(i + 1, statements.size(), statements.get(i), ex);
			}
			if (i + 1 < statements.size()) {
				progress.ran(i + 1);
			}
		}
		return statements.size();
	}

	/** Runs a step's bookkeeping; a failure names the revision and never quotes the statements. */
	private static void record(Statement statement, List<String> batch, PreparedStep prepared) {
		try {
			for (String sql : batch) {
				statement.addBatch(sql);
			}
			statement.executeBatch();
		}
		catch (SQLException ex) {
			Revision revision = prepared.step().revision();
			throw new MigrateException(ErrorCode.DATABASE, "Could not record the " + prepared.step().operation().key()
					+ " of revision " + revision.id() + " (" + revision.source()
					+ ") in the version and history tables: " + message(ex), ex);
		}
	}

	private void recordRollback(Connection connection, HistoryEntry started, StatementFailure failure) {
		try {
			connection.setAutoCommit(true);
			try (Statement statement = connection.createStatement()) {
				statement.execute(this.sql.insertHistory(started.finish(this.clock.instant(), Outcome.ROLLED_BACK,
						failure.number - 1, failure.number, message(failure.cause))));
			}
		}
		catch (SQLException ex) {
			logger.warn("Could not record the rolled-back failure of revision {} in the history table: {}",
					started.revision(), ex.getMessage());
		}
	}

	private static void rollback(Connection connection, Exception cause) {
		try {
			connection.rollback();
		}
		catch (SQLException ex) {
			cause.addSuppressed(ex);
		}
	}

	/**
	 * The invalid indexes a failed {@code CREATE INDEX CONCURRENTLY} left behind (PostgreSQL keeps the
	 * half-built index, marked invalid; the next attempt fails on its name). Empty for any other
	 * statement, or where the dialect has no such query.
	 */
	private List<String> invalidIndexes(Connection connection, StatementFailure failure) {
		String query = this.dialect.invalidIndexesQuery();
		if (query == null || failure.statement == null
				|| !failure.statement.sql().toUpperCase(java.util.Locale.ROOT).contains("CONCURRENTLY")) {
			return List.of();
		}
		List<String> names = new ArrayList<>();
		try (Statement statement = connection.createStatement(); java.sql.ResultSet rows = statement.executeQuery(query)) {
			while (rows.next()) {
				names.add(rows.getString(1));
			}
		}
		catch (SQLException ex) {
			logger.debug("Could not list invalid indexes", ex);
		}
		return names;
	}

	static String message(Throwable cause) {
		return Excerpts.message(cause);
	}

}
