package dev.migrate.core.engine;

import dev.migrate.core.history.HistoryEntry;
import dev.migrate.core.history.HistoryRow;
import dev.migrate.core.history.Outcome;

/** A revision that ran outside a transaction failed or was cut off; the next run waits for an operator. */
public class RecordedFailureException extends StateException {

	private final HistoryRow failure;

	public RecordedFailureException(HistoryRow failure) {
		super(State.FAILED, describe(failure.entry()));
		this.failure = failure;
	}

	public HistoryRow failure() {
		return this.failure;
	}

	static String describe(HistoryEntry entry) {
		String what = (entry.outcome() == Outcome.STARTED)
				? "began at " + entry.startedAt() + " and never finished (the process running it died); "
						+ "at least " + entry.statementsRun() + " statement(s) are recorded as run"
				: "failed at " + entry.finishedAt() + " after " + entry.statementsRun() + " statement(s) ran; statement "
						+ entry.failedStatement() + " failed: " + entry.error();
		String revert = entry.operation().key().equals("downgrade") ? "downgrade" : "upgrade";
		return "The " + revert + " of revision " + entry.revision() + " ran outside a transaction and " + what
				+ ". Statements that ran stay in the database, so migrate will not continue on its own. Bring the schema "
				+ "to a known state by hand, then run 'migrate resolve " + entry.revision() + " --applied' if the revision's "
				+ revert + " is now complete, or 'migrate resolve " + entry.revision()
				+ " --rolled-back' if you undid what ran.";
	}

}
