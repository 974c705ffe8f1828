package dev.migrate.core.sql;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import dev.migrate.core.testsupport.DatabaseFixture;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks shared by the per-dialect splitter corpora. */
final class SplitterCorpus {

	private SplitterCorpus() {
	}

	/** The 1-based line of {@code script} on which {@code text} first appears. */
	static int lineOf(String script, String text) {
		int index = script.indexOf(text);
		assertThat(index).as("'%s' in the corpus", text).isNotNegative();
		return (int) script.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
	}

	/**
	 * Each statement's line is the line its text starts on, counted from {@code firstLine}; the text's
	 * first 20 characters find it (a comment after its delimiter may have been appended to it).
	 */
	static void assertLinesMatchText(String script, List<SqlStatement> statements, int firstLine) {
		for (SqlStatement statement : statements) {
			String firstTextLine = statement.sql().lines().findFirst().orElseThrow();
			firstTextLine = firstTextLine.substring(0, Math.min(20, firstTextLine.length()));
			assertThat(statement.line()).as("line of '%s'", firstTextLine)
				.isEqualTo(lineOf(script, firstTextLine) + firstLine - 1);
		}
	}

	/** Runs the statements in order on one connection of {@code database}, failing on the first error. */
	static void execute(DatabaseFixture database, List<SqlStatement> statements) throws SQLException {
		try (Connection connection = database.connection(); Statement jdbc = connection.createStatement()) {
			for (SqlStatement statement : statements) {
				try {
					jdbc.execute(statement.sql());
				}
				catch (SQLException ex) {
					throw new AssertionError("Statement at line " + statement.line() + " failed: " + ex.getMessage()
							+ "\n" + statement.sql(), ex);
				}
			}
		}
	}

	/** The first column of the first row of {@code query} on {@code database}. */
	static Object queryValue(DatabaseFixture database, String query) throws SQLException {
		try (Connection connection = database.connection(); Statement jdbc = connection.createStatement();
				var rows = jdbc.executeQuery(query)) {
			assertThat(rows.next()).as("a row from %s", query).isTrue();
			return rows.getObject(1);
		}
	}

}
