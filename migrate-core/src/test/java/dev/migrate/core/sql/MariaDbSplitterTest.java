package dev.migrate.core.sql;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.migrate.core.dialect.MariaDbDialect;
import dev.migrate.core.testsupport.MariaDbFixture;

import static dev.migrate.core.sql.SplitterCorpus.assertLinesMatchText;
import static dev.migrate.core.sql.SplitterCorpus.queryValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

class MariaDbSplitterTest {

	private static final String CORPUS = """
			# order items; a table whose name holds a ';' and a 'quote
			/*!40101 SET NAMES utf8mb4 */;
			CREATE TABLE `order;items` (
				id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
				`desc` varchar(100) DEFAULT 'it\\'s; fine',
				label varchar(100) DEFAULT "double \\"quoted\\"; string",
				path varchar(100)
			);

			DELIMITER //
			CREATE PROCEDURE add_item(IN d varchar(100))
			BEGIN
				-- a comment; inside the body
				INSERT INTO `order;items` (`desc`) VALUES (d);
				SELECT COUNT(*) FROM `order;items`;
			END//
			DELIMITER ;

			delimiter $$
			CREATE TRIGGER items_label BEFORE INSERT ON `order;items`
			FOR EACH ROW
			BEGIN
				IF NEW.label IS NULL THEN
					SET NEW.label = 'none; set';
				END IF;
			END$$
			DELIMITER ;

			CALL add_item('first'); CALL add_item('second;'); # two calls on one line
			/* block; comment */ INSERT INTO `order;items` (`desc`, label, path) VALUES ('third', NULL, 'C:\\\\dir\\\\');
			SELECT 1--1;
			""";

	private final SqlSplitter splitter = new SqlSplitter(new MariaDbDialect().sqlSyntax());

	@Test
	void splitsOnDelimiterLinesAndDropsThem() {
		List<SqlStatement> statements = this.splitter.split(CORPUS);
		assertThat(statements).extracting(s -> s.sql().lines().findFirst().orElseThrow())
			.containsExactly("# order items; a table whose name holds a ';' and a 'quote", "CREATE TABLE `order;items` (",
					"CREATE PROCEDURE add_item(IN d varchar(100))", "CREATE TRIGGER items_label BEFORE INSERT ON `order;items`",
					"CALL add_item('first')", "CALL add_item('second;') # two calls on one line",
					"/* block; comment */ INSERT INTO `order;items` (`desc`, label, path) VALUES ('third', NULL, 'C:\\\\dir\\\\')",
					"SELECT 1--1");
		assertThat(statements.get(0).sql()).endsWith("/*!40101 SET NAMES utf8mb4 */");
		assertThat(statements.get(2).sql()).endsWith("END").doesNotContain("//").doesNotContain("DELIMITER");
		assertThat(statements.get(3).sql()).endsWith("END IF;\nEND").doesNotContain("$$");
	}

	@Test
	void numbersStatementsWithTheirFileLines() {
		assertLinesMatchText(CORPUS, this.splitter.split(CORPUS), 1);
		assertLinesMatchText(CORPUS, this.splitter.split(CORPUS, 30), 30);
	}

	@Test
	void keepsAStatementMadeOfAnExecutableComment() {
		assertThat(this.splitter.split("/*!40101 SET @a = 'x;y' */;\n/*M!100100 SET @b = 1 */;\n/* plain */;"))
			.extracting(SqlStatement::sql, SqlStatement::line)
			.containsExactly(tuple("/*!40101 SET @a = 'x;y' */", 1), tuple("/*M!100100 SET @b = 1 */", 2));
	}

	@Test
	void readsDashDashAsACommentOnlyBeforeWhitespace() {
		assertThat(this.splitter.split("SELECT 1--1;\nSELECT 2 --;\n;SELECT 3-- x;\n")).extracting(SqlStatement::sql)
			.containsExactly("SELECT 1--1", "SELECT 2 --", "SELECT 3-- x;");
	}

	@Test
	void readsBackslashEscapesInBothQuoteStyles() {
		assertThat(this.splitter.split("SELECT 'a\\';b', \"c\\\";d\";SELECT `e``;f`;")).extracting(SqlStatement::sql)
			.containsExactly("SELECT 'a\\';b', \"c\\\";d\"", "SELECT `e``;f`");
	}

	@Test
	void keepsTheCommentsBeforeADelimiterLineForTheNextStatement() {
		assertThat(this.splitter.split("-- the procedure\nDELIMITER ;;\nCREATE PROCEDURE p() BEGIN SELECT 1; END;;\n"))
			.extracting(SqlStatement::sql, SqlStatement::line)
			.containsExactly(tuple("-- the procedure\n\nCREATE PROCEDURE p() BEGIN SELECT 1; END", 1));
	}

	@Test
	void acceptsACommentAfterTheNewDelimiter() {
		assertThat(this.splitter.split("DELIMITER // -- procedures follow\nSELECT 1; SELECT 2//")).extracting(SqlStatement::sql)
			.containsExactly("SELECT 1; SELECT 2");
	}

	@Test
	void rejectsADelimiterLineWithoutDelimiter() {
		assertThatExceptionOfType(SqlSyntaxException.class).isThrownBy(() -> this.splitter.split("SELECT 1;\nDELIMITER\n", 5))
			.withMessageContaining("DELIMITER without a delimiter at line 6");
	}

	@Test
	void rejectsTextAfterTheNewDelimiter() {
		assertThatExceptionOfType(SqlSyntaxException.class).isThrownBy(() -> this.splitter.split("DELIMITER // oops"))
			.withMessageContaining("Unexpected text 'oops' after DELIMITER // at line 1");
	}

	@Test
	void rejectsADelimiterWithQuotes() {
		assertThatExceptionOfType(SqlSyntaxException.class).isThrownBy(() -> this.splitter.split("DELIMITER ';'"))
			.withMessageContaining("Invalid delimiter '';''");
	}

	@Test
	void runsTheCorpusOnMariaDb() throws Exception {
		try (MariaDbFixture database = new MariaDbFixture()) {
			SplitterCorpus.execute(database, this.splitter.split(CORPUS));
			assertThat(queryValue(database, "SELECT COUNT(*) FROM `order;items`")).isEqualTo(3L);
			assertThat(queryValue(database, "SELECT label FROM `order;items` WHERE `desc` = 'third'")).isEqualTo("none; set");
			assertThat(queryValue(database, "SELECT path FROM `order;items` WHERE `desc` = 'third'")).isEqualTo("C:\\dir\\");
			assertThat(queryValue(database, "SELECT label FROM `order;items` WHERE `desc` = 'first'"))
				.isEqualTo("double \"quoted\"; string");
		}
	}

}
