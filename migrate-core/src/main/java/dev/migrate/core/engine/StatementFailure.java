package dev.migrate.core.engine;

import java.util.List;

import dev.migrate.core.revision.Revision;
import dev.migrate.core.sql.SqlStatement;

/**
 * A statement of a revision failed (as opposed to migrate's own bookkeeping), and what the
 * operator is told about it: where it failed, what stayed in the database and what to do next.
 */
final class StatementFailure extends Exception {

	final int number;

	final int total;

	/** {@code null} for a Java revision. */
	final SqlStatement statement;

	final Exception cause;

	StatementFailure(int number, int total, SqlStatement statement, Exception cause) {
		super(cause);
		this.number = number;
		this.total = total;
		this.statement = statement;
		this.cause = cause;
	}

	/**
	 * @param rolledBack whether the step's transaction was rolled back (else it ran in autocommit)
	 * @param invalidIndexes what a failed {@code CREATE INDEX CONCURRENTLY} left behind
	 */
	RevisionFailedException toRevisionFailure(PreparedStep prepared, boolean rolledBack, List<String> invalidIndexes) {
		Revision revision = prepared.step().revision();
		String verb = prepared.step().operation().key();
		int line = (this.statement != null) ? this.statement.line() : 0;
		StringBuilder message = new StringBuilder();
		message.append("The ").append(verb).append(" of revision ").append(revision.id()).append(" (").append(revision.source());
		if (line > 0) {
			message.append(", line ").append(line);
		}
		message.append(") failed at statement ").append(this.number).append(" of ").append(this.total).append(": ")
			.append(Excerpts.message(this.cause)).append(". ");
		if (rolledBack) {
			message.append("Its transaction was rolled back: the database is as it was before this revision, and the "
					+ "revisions before it stay applied. Fix the revision and run again.");
		}
		else {
			message.append("It ran outside a transaction, so the ").append(this.number - 1)
				.append(" statement(s) before it stay in the database. The failure is recorded and blocks the next run: "
						+ "bring the schema to a known state by hand, then run 'migrate resolve ")
				.append(revision.id())
				.append(" --applied' (you completed it) or '--rolled-back' (you undid what ran).");
		}
		for (String index : invalidIndexes) {
			message.append(" The failed statement left the INVALID index ").append(index)
				.append(" behind: drop it with 'DROP INDEX CONCURRENTLY ").append(index)
				.append(";' before the revision runs again.");
		}
		return new RevisionFailedException(revision.id(), message.toString(), line, this.number, this.cause);
	}

}
