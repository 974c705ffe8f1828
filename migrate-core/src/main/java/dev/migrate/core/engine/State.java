package dev.migrate.core.engine;

/** What a database looks like to this version of the code. */
public enum State {

	/** Every revision the target needs is applied. */
	UP_TO_DATE,

	/** Revisions are waiting to be applied. */
	PENDING,

	/** An upgrade is running now. */
	RUNNING,

	/** A recorded failure blocks the next run, or the last run failed. */
	FAILED,

	/** The version table names revisions this code does not know: a newer version applied them. */
	AHEAD,

	/** The database has tables but no version table, and no baseline revision is configured. */
	LEGACY

}
