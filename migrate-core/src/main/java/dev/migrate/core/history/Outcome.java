package dev.migrate.core.history;

/** How a recorded operation ended. */
public enum Outcome {

	/** It ran to the end and is recorded in the version table. */
	SUCCESS,

	/** A non-transactional revision began and has not finished: the process died while running it. Blocks the next run. */
	STARTED,

	/** A non-transactional revision failed part-way; what ran stays in the database. Blocks the next run. */
	FAILED,

	/** A transactional revision failed and was rolled back entirely; the database is as before. */
	ROLLED_BACK,

	/** An operator resolved a failure with {@code migrate resolve}. */
	RESOLVED;

	/** Whether a row with this outcome stops the next run until it is resolved. */
	public boolean blocks() {
		return this == STARTED || this == FAILED;
	}

}
