package dev.migrate.core.history;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import dev.migrate.core.plan.Operation;

/**
 * One row of the history table: one operation on one revision.
 *
 * @param revision the revision id
 * @param operation upgrade, downgrade or stamp
 * @param downRevisions the revision's parents, so that a later, older version of the code can tell
 * a database that is ahead of it from one that has diverged
 * @param checksum the checksum of what ran, {@code null} when unknown
 * @param message the revision's message
 * @param startedAt when the operation began
 * @param finishedAt when it ended, {@code null} while running
 * @param durationMs how long it took, {@code null} while running
 * @param appliedBy who ran it: database user and host
 * @param outcome how it ended
 * @param statementsRun how many statements of the revision completed
 * @param failedStatement the 1-based number of the statement that failed, or {@code null}
 * @param error the database's message for a failure, or {@code null}
 * @param connectionId the database's id of the connection that ran a revision outside a transaction
 * (MariaDB {@code CONNECTION_ID()}, PostgreSQL {@code pg_backend_pid()}), so that a later run can
 * ask the server whether a statement of a run whose process died is still executing; {@code null}
 * when not recorded
 */
public record HistoryEntry(String revision, Operation operation, List<String> downRevisions, String checksum,
		String message, Instant startedAt, Instant finishedAt, Long durationMs, String appliedBy, Outcome outcome,
		int statementsRun, Integer failedStatement, String error, String connectionId) {

	public HistoryEntry {
		Objects.requireNonNull(revision, "revision");
		Objects.requireNonNull(operation, "operation");
		downRevisions = List.copyOf(downRevisions);
		message = Objects.requireNonNullElse(message, "");
		Objects.requireNonNull(startedAt, "startedAt");
		Objects.requireNonNull(appliedBy, "appliedBy");
		Objects.requireNonNull(outcome, "outcome");
	}

	/** An entry without a connection id: every operation but a non-transactional step. */
	public HistoryEntry(String revision, Operation operation, List<String> downRevisions, String checksum,
			String message, Instant startedAt, Instant finishedAt, Long durationMs, String appliedBy, Outcome outcome,
			int statementsRun, Integer failedStatement, String error) {
		this(revision, operation, downRevisions, checksum, message, startedAt, finishedAt, durationMs, appliedBy, outcome,
				statementsRun, failedStatement, error, null);
	}

	/** This entry as run on the connection the database knows as {@code id}. */
	public HistoryEntry onConnection(String id) {
		return new HistoryEntry(this.revision, this.operation, this.downRevisions, this.checksum, this.message,
				this.startedAt, this.finishedAt, this.durationMs, this.appliedBy, this.outcome, this.statementsRun,
				this.failedStatement, this.error, id);
	}

	/** This entry, finished at {@code now} with {@code outcome}. */
	public HistoryEntry finish(Instant now, Outcome outcome, int statementsRun, Integer failedStatement, String error) {
		return new HistoryEntry(this.revision, this.operation, this.downRevisions, this.checksum, this.message,
				this.startedAt, now, now.toEpochMilli() - this.startedAt.toEpochMilli(), this.appliedBy, outcome,
				statementsRun, failedStatement, error, this.connectionId);
	}

}
