package dev.migrate.core.engine;

import dev.migrate.core.ErrorCode;
import dev.migrate.core.MigrateException;

/** A statement of a revision failed; the message says where and what state the database is in. */
public class RevisionFailedException extends MigrateException {

	private final String revision;

	private final int line;

	private final int statement;

	public RevisionFailedException(String revision, String message, int line, int statement, Throwable cause) {
		super(ErrorCode.DATABASE, message, cause);
		this.revision = revision;
		this.line = line;
		this.statement = statement;
	}

	public String revision() {
		return this.revision;
	}

	/** The file line of the failing statement, 0 when not known (Java revisions). */
	public int line() {
		return this.line;
	}

	/** The 1-based number of the failing statement in its section. */
	public int statement() {
		return this.statement;
	}

}
