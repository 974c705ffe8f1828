package dev.migrate.core.sql;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/** What the splitter does on every database: the standard baseline syntax. */
class SqlSplitterTest {

	private final SqlSplitter splitter = new SqlSplitter(SqlSyntax.standard());

	@Test
	void splitsOnSemicolonsAndTrims() {
		assertThat(sqls("  CREATE TABLE a (id int) ;\n\n\tCREATE TABLE b (id int);  \n"))
			.containsExactly("CREATE TABLE a (id int)", "CREATE TABLE b (id int)");
	}

	@Test
	void keepsALastStatementWithoutDelimiter() {
		assertThat(sqls("SELECT 1; SELECT 2")).containsExactly("SELECT 1", "SELECT 2");
	}

	@Test
	void splitsSeveralStatementsOnOneLine() {
		assertThat(this.splitter.split("SELECT 1; SELECT 2;SELECT 3;"))
			.extracting(SqlStatement::sql, SqlStatement::line)
			.containsExactly(tuple("SELECT 1", 1), tuple("SELECT 2", 1), tuple("SELECT 3", 1));
	}

	@Test
	void dropsEmptyAndCommentOnlyStatements() {
		assertThat(sqls(";;  ;\n-- nothing here;\n/* nor ; here */;\nSELECT 1;\n;\n-- trailing remark\n"))
			.containsExactly("SELECT 1");
	}

	@Test
	void yieldsNothingForBlankOrCommentOnlyText() {
		assertThat(this.splitter.split("")).isEmpty();
		assertThat(this.splitter.split(" \n\t\n")).isEmpty();
		assertThat(this.splitter.split("-- only a comment\n/* and another */")).isEmpty();
	}

	@Test
	void numbersLinesFromTheGivenFirstLine() {
		String sql = """
				CREATE TABLE a (
					id int
				);

				-- second
				INSERT INTO a VALUES (1);
				INSERT INTO a VALUES (2); INSERT INTO a VALUES (3);
				""";
		assertThat(this.splitter.split(sql, 10)).extracting(SqlStatement::line).containsExactly(10, 14, 16, 16);
		assertThat(this.splitter.split(sql)).extracting(SqlStatement::line).containsExactly(1, 5, 7, 7);
	}

	@Test
	void countsLinesInsideStringsAndCommentsTowardsLaterStatements() {
		String sql = "INSERT INTO t VALUES ('line one\nline two;');\n/* a\n;\nb */\nSELECT 1;";
		assertThat(this.splitter.split(sql, 3)).extracting(SqlStatement::sql, SqlStatement::line)
			.containsExactly(tuple("INSERT INTO t VALUES ('line one\nline two;')", 3), tuple("/* a\n;\nb */\nSELECT 1", 5));
	}

	@Test
	void keepsCommentsBeforeAStatementInItsText() {
		assertThat(this.splitter.split("SELECT 1;\n-- migrate:allow drop-table: archived\nDROP TABLE old;"))
			.extracting(SqlStatement::sql, SqlStatement::line)
			.containsExactly(tuple("SELECT 1", 1), tuple("-- migrate:allow drop-table: archived\nDROP TABLE old", 2));
	}

	@Test
	void givesACommentOnTheDelimitersLineToTheStatementBefore() {
		assertThat(sqls("DROP TABLE old; -- migrate:allow drop-table: archived\nSELECT 1; /* done */ /* really */\nSELECT 2;"))
			.containsExactly("DROP TABLE old -- migrate:allow drop-table: archived", "SELECT 1 /* done */ /* really */",
					"SELECT 2");
	}

	@Test
	void keepsCommentsInsideAStatement() {
		assertThat(sqls("SELECT 1, -- first; 'not a string\n 2 /* second; \"not an identifier */ ;"))
			.containsExactly("SELECT 1, -- first; 'not a string\n 2 /* second; \"not an identifier */");
	}

	@Test
	void doesNotSplitInsideStrings() {
		assertThat(sqls("INSERT INTO t VALUES ('a;b', 'it''s; fine', '--not a comment', '/* nor this');SELECT ';'"))
			.containsExactly("INSERT INTO t VALUES ('a;b', 'it''s; fine', '--not a comment', '/* nor this')",
					"SELECT ';'");
	}

	@Test
	void doesNotSplitInsideQuotedIdentifiers() {
		assertThat(sqls("CREATE TABLE \"odd;name\" (\"it\"\"s;\" int);SELECT 1"))
			.containsExactly("CREATE TABLE \"odd;name\" (\"it\"\"s;\" int)", "SELECT 1");
	}

	@Test
	void treatsBackslashAsAnOrdinaryCharacterInStandardStrings() {
		assertThat(sqls("SELECT 'C:\\';SELECT 2")).containsExactly("SELECT 'C:\\'", "SELECT 2");
	}

	@Test
	void doesNotNestBlockCommentsInTheStandardSyntax() {
		assertThat(sqls("SELECT 1 /* a /* b */; SELECT 2")).containsExactly("SELECT 1 /* a /* b */", "SELECT 2");
	}

	@Test
	void treatsDollarSignsAndBackticksAsOrdinaryInTheStandardSyntax() {
		assertThat(sqls("SELECT $$;$$; SELECT `a;b`"))
			.containsExactly("SELECT $$", "$$", "SELECT `a", "b`");
	}

	@Test
	void reportsTheStartLineOfAnUnterminatedString() {
		assertThatExceptionOfType(SqlSyntaxException.class)
			.isThrownBy(() -> this.splitter.split("SELECT 1;\nINSERT INTO t VALUES ('oops);\nSELECT 2;\n", 20))
			.withMessageContaining("Unterminated string literal starting at line 21")
			.satisfies(ex -> assertThat(ex.line()).isEqualTo(21));
	}

	@Test
	void reportsTheStartLineOfAnUnterminatedQuotedIdentifier() {
		assertThatExceptionOfType(SqlSyntaxException.class).isThrownBy(() -> this.splitter.split("\n\nSELECT \"a;"))
			.withMessageContaining("Unterminated quoted identifier starting at line 3");
	}

	@Test
	void reportsTheStartLineOfAnUnterminatedBlockComment() {
		assertThatExceptionOfType(SqlSyntaxException.class)
			.isThrownBy(() -> this.splitter.split("SELECT 1;\n/* never\nclosed; SELECT 2;"))
			.withMessageContaining("Unterminated block comment starting at line 2")
			.withMessageContaining("*/");
	}

	@Test
	void acceptsALineCommentAtTheEndOfTheInput() {
		assertThat(sqls("SELECT 1 -- no newline after me")).containsExactly("SELECT 1 -- no newline after me");
	}

	@Test
	void handlesWindowsLineEndings() {
		assertThat(this.splitter.split("SELECT 1; -- one\r\nSELECT 2;\r\n\r\nSELECT 3;"))
			.extracting(SqlStatement::sql, SqlStatement::line)
			.containsExactly(tuple("SELECT 1 -- one", 1), tuple("SELECT 2", 2), tuple("SELECT 3", 4));
	}

	@Test
	void ignoresDelimiterLinesUnlessTheSyntaxHasThem() {
		assertThat(sqls("DELIMITER //\nSELECT 1;")).containsExactly("DELIMITER //\nSELECT 1");
	}

	private List<String> sqls(String sql) {
		return this.splitter.split(sql).stream().map(SqlStatement::sql).toList();
	}

}
