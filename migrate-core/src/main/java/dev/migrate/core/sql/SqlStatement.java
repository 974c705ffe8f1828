package dev.migrate.core.sql;

/**
 * One statement of a SQL script, as the splitter found it.
 *
 * @param sql the statement's text, trimmed, without its delimiter; comments inside it, before it
 * and after it on the delimiter's line are kept
 * @param line the 1-based line of the file on which the statement's text starts
 */
public record SqlStatement(String sql, int line) {

	public SqlStatement {
		if (sql == null || sql.isBlank()) {
			throw new IllegalArgumentException("A SQL statement needs text, got '" + sql + "' at line " + line);
		}
		if (line < 1) {
			throw new IllegalArgumentException("Statement line must be 1 or more, got " + line);
		}
	}

}
