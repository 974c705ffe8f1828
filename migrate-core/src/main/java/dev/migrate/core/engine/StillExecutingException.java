package dev.migrate.core.engine;

import dev.migrate.core.history.HistoryEntry;

/**
 * A run whose process died (kill -9, a lost pod) left a statement that the database server still
 * executes on that run's connection. Nothing is to be repaired yet: the statement may still
 * succeed or fail on its own.
 */
public class StillExecutingException extends StateException {

	private final String connectionId;

	public StillExecutingException(HistoryEntry entry, String connectionId, String statement) {
		super(State.RUNNING, describe(entry, connectionId, statement));
		this.connectionId = connectionId;
	}

	public String connectionId() {
		return this.connectionId;
	}

	static String describe(HistoryEntry entry, String connectionId, String statement) {
		String running = (statement == null || statement.isBlank()) ? ""
				: " (" + Excerpts.of(statement, Excerpts.STATEMENT) + ")";
		return "The " + entry.operation().key() + " of revision " + entry.revision() + " began at " + entry.startedAt()
				+ "; the process running it is gone, but its statement is still running on the server as connection "
				+ connectionId + running + "; " + entry.statementsRun()
				+ " statement(s) of the revision had finished before it. Wait for it (then 'migrate current' says how it "
				+ "ended) or KILL it (MariaDB/MySQL: KILL " + connectionId + "; PostgreSQL: SELECT pg_terminate_backend("
				+ connectionId + ")), and only then resolve the recorded failure.";
	}

}
