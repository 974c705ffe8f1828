package dev.migrate.core.engine;

import java.sql.BatchUpdateException;
import java.sql.SQLException;

/**
 * Text from the database cut to what a person reads: a statement or a driver message is never
 * printed whole (a merge of 2,000 parents makes a 26 KB bookkeeping statement, and PostgreSQL's
 * driver repeats a failed batch entry in its message).
 */
final class Excerpts {

	/** Longest statement excerpt. */
	static final int STATEMENT = 160;

	/** Longest driver message. */
	static final int MESSAGE = 600;

	private Excerpts() {
	}

	/** {@code text} on one line, white space collapsed, cut to {@code max} characters. */
	static String of(String text, int max) {
		String line = text.strip().replaceAll("\\s+", " ");
		if (line.length() <= max) {
			return line;
		}
		return line.substring(0, max - 3).stripTrailing() + "... (" + line.length() + " characters)";
	}

	/**
	 * The database's message for {@code cause}, with its SQLState. For a failed batch, the message of
	 * the error behind it (the batch's own message quotes the whole statement).
	 */
	static String message(Throwable cause) {
		Throwable shown = cause;
		if (cause instanceof BatchUpdateException batch && batch.getNextException() != null) {
			shown = batch.getNextException();
		}
		String text = (shown.getMessage() != null) ? shown.getMessage().strip() : shown.getClass().getName();
		text = of(text, MESSAGE);
		if (shown instanceof SQLException sql && sql.getSQLState() != null) {
			text += " [SQLState " + sql.getSQLState() + "]";
		}
		return text;
	}

}
