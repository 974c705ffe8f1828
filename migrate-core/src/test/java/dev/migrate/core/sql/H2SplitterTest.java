package dev.migrate.core.sql;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.migrate.core.dialect.H2Dialect;
import dev.migrate.core.testsupport.H2Fixture;

import static dev.migrate.core.sql.SplitterCorpus.assertLinesMatchText;
import static dev.migrate.core.sql.SplitterCorpus.queryValue;
import static org.assertj.core.api.Assertions.assertThat;

class H2SplitterTest {

	private static final String CORPUS = """
			CREATE TABLE items (id int PRIMARY KEY, name varchar(100) DEFAULT 'it''s; fine');
			/* outer /* nested; */ still inside the comment; */
			CREATE ALIAS reverse_text AS $$
			String reverse(String s) {
				// a Java comment; with a quote '
				return new StringBuilder(s).reverse().toString();
			}
			$$;
			INSERT INTO items VALUES (1, 'a;b'); INSERT INTO items (id) VALUES (2); // trailing; H2 comment
			INSERT INTO "ITEMS" (id, name) VALUES (3, reverse_text('c;d'))
			""";

	private final SqlSplitter splitter = new SqlSplitter(new H2Dialect().sqlSyntax());

	@Test
	void keepsFunctionSourceInDollarQuotesWhole() {
		List<SqlStatement> statements = this.splitter.split(CORPUS);
		assertThat(statements).extracting(SqlStatement::line).containsExactly(1, 2, 9, 9, 10);
		assertThat(statements.get(1).sql()).startsWith("/* outer").endsWith("}\n$$");
		assertThat(statements.get(3).sql()).isEqualTo("INSERT INTO items (id) VALUES (2) // trailing; H2 comment");
		assertLinesMatchText(CORPUS, statements, 1);
	}

	@Test
	void treatsDollarDigitsAsAParameter() {
		assertThat(this.splitter.split("SELECT $1; SELECT 2")).extracting(SqlStatement::sql)
			.containsExactly("SELECT $1", "SELECT 2");
	}

	@Test
	void runsTheCorpusOnH2() throws Exception {
		try (H2Fixture database = new H2Fixture()) {
			SplitterCorpus.execute(database, this.splitter.split(CORPUS));
			assertThat(queryValue(database, "SELECT COUNT(*) FROM items")).isEqualTo(3L);
			assertThat(queryValue(database, "SELECT name FROM items WHERE id = 2")).isEqualTo("it's; fine");
			assertThat(queryValue(database, "SELECT name FROM items WHERE id = 3")).isEqualTo("d;c");
		}
	}

}
