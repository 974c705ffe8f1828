package dev.migrate.core.sql;

import dev.migrate.core.ErrorCode;
import dev.migrate.core.MigrateException;

/**
 * SQL text that cannot be split into statements: an unterminated string, quoted identifier,
 * comment or dollar quote, or a malformed {@code DELIMITER} line. Carries the line so that a caller
 * can add the file's name.
 */
public class SqlSyntaxException extends MigrateException {

	private final int line;

	public SqlSyntaxException(String message, int line) {
		super(ErrorCode.INVALID_REVISION, message);
		this.line = line;
	}

	/** The 1-based line where the offending construct starts. */
	public int line() {
		return this.line;
	}

}
