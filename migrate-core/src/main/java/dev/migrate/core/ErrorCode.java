package dev.migrate.core;

/**
 * What kind of failure a {@link MigrateException} reports. The command line maps it to its exit
 * status: input errors (a bad revision file, graph or target) exit with 2, failures of an
 * operation against the database with 1.
 */
public enum ErrorCode {

	/** A revision file or Java revision is malformed. */
	INVALID_REVISION(2),

	/** The revisions do not form a valid graph (duplicates, unknown parents, cycles). */
	INVALID_GRAPH(2),

	/** A target cannot be resolved (unknown, ambiguous, several heads). */
	INVALID_TARGET(2),

	/** The requested command cannot be planned from the current state. */
	INVALID_OPERATION(2),

	/** Bad command-line usage or configuration. */
	USAGE(2),

	/** The database refused or failed an operation. */
	DATABASE(1),

	/** Another run holds the lock for longer than the configured timeout. */
	LOCK_TIMEOUT(1),

	/** The database's state stops the run until an operator acts (failed revision, changed checksum). */
	STATE(1),

	/** The expand/contract guard found a blocking finding in a revision about to be applied ({@code fail} mode). */
	GUARD(1);

	private final int exitStatus;

	ErrorCode(int exitStatus) {
		this.exitStatus = exitStatus;
	}

	/** The command line's exit status for this kind of failure. */
	public int exitStatus() {
		return this.exitStatus;
	}

}
