package dev.migrate.core.sql;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.migrate.core.dialect.PostgresDialect;
import dev.migrate.core.testsupport.PostgresFixture;

import static dev.migrate.core.sql.SplitterCorpus.assertLinesMatchText;
import static dev.migrate.core.sql.SplitterCorpus.lineOf;
import static dev.migrate.core.sql.SplitterCorpus.queryValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PostgresSplitterTest {

	private static final String CORPUS = """
			-- accounts, with a trigger keeping updated_at current
			CREATE TABLE accounts (
				id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
				email text NOT NULL, -- unique; checked by the application
				note text DEFAULT 'it''s; fine',
				updated_at timestamptz
			);

			/* a block comment; with 'quotes' and "identifiers"
			   /* nested; still inside the comment */
			   and more; here */
			CREATE FUNCTION touch_updated_at() RETURNS trigger
			LANGUAGE plpgsql AS $$
			BEGIN
				NEW.updated_at := now();
				RETURN NEW;
			END;
			$$;

			CREATE TRIGGER accounts_touch BEFORE UPDATE ON accounts
				FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

			CREATE FUNCTION account_count(min_id bigint) RETURNS bigint
			LANGUAGE plpgsql AS $body$
			DECLARE
				result bigint;
			BEGIN
				-- a $$ inside this quote is plain text; so is 'this
				SELECT count(*) INTO result FROM accounts WHERE id >= min_id;
				RETURN result;
			END;
			$body$;

			INSERT INTO accounts (email, note) VALUES ('a@example.com', E'line\\none; \\'quoted\\''); INSERT INTO accounts (email) VALUES ('c;d@example.com');
			PREPARE by_email(text) AS SELECT id FROM accounts WHERE email = $1;

			CREATE FUNCTION add_one(i integer) RETURNS integer
			LANGUAGE SQL
			BEGIN ATOMIC
				SELECT i + 1;
			END;

			CREATE OR REPLACE FUNCTION classify(i integer) RETURNS text LANGUAGE SQL
			BEGIN ATOMIC
				SELECT CASE WHEN i > 0 THEN 'positive;' ELSE 'other' END;
			END;

			CREATE RULE accounts_notify AS ON DELETE TO accounts DO ALSO (NOTIFY accounts; NOTIFY deletes);
			DO $$ BEGIN RAISE NOTICE 'done; really'; END $$; -- migrate:allow anything: trailing remark
			UPDATE accounts SET "note" = 'touched' WHERE email = 'a@example.com'
			""";

	private final SqlSplitter splitter = new SqlSplitter(new PostgresDialect().sqlSyntax());

	@Test
	void keepsFunctionBodiesTriggersAndRulesWhole() {
		List<SqlStatement> statements = this.splitter.split(CORPUS);
		assertThat(statements).extracting(s -> s.sql().lines().reduce((first, last) -> last).orElseThrow().strip())
			.containsExactly(")", "$$", "FOR EACH ROW EXECUTE FUNCTION touch_updated_at()", "$body$",
					"INSERT INTO accounts (email, note) VALUES ('a@example.com', E'line\\none; \\'quoted\\'')",
					"INSERT INTO accounts (email) VALUES ('c;d@example.com')",
					"PREPARE by_email(text) AS SELECT id FROM accounts WHERE email = $1", "END", "END",
					"CREATE RULE accounts_notify AS ON DELETE TO accounts DO ALSO (NOTIFY accounts; NOTIFY deletes)",
					"DO $$ BEGIN RAISE NOTICE 'done; really'; END $$ -- migrate:allow anything: trailing remark",
					"UPDATE accounts SET \"note\" = 'touched' WHERE email = 'a@example.com'");
		assertThat(statements.get(1).sql()).startsWith("/* a block comment;")
			.contains("CREATE FUNCTION touch_updated_at()");
	}

	@Test
	void numbersStatementsWithTheirFileLines() {
		assertLinesMatchText(CORPUS, this.splitter.split(CORPUS), 1);
		assertLinesMatchText(CORPUS, this.splitter.split(CORPUS, 12), 12);
		assertThat(this.splitter.split(CORPUS)).extracting(SqlStatement::line)
			.startsWith(1, 9, 20, 23)
			.contains(lineOf(CORPUS, "CREATE RULE"));
	}

	@Test
	void doesNotTakePositionalParametersForDollarQuotes() {
		assertThat(this.splitter.split("SELECT $1; SELECT $2 $3;")).extracting(SqlStatement::sql)
			.containsExactly("SELECT $1", "SELECT $2 $3");
	}

	@Test
	void keepsATagInsideADifferentTagsQuote() {
		assertThat(this.splitter.split("SELECT $a$ $b$ ; $b$ $a$; SELECT 2")).extracting(SqlStatement::sql)
			.containsExactly("SELECT $a$ $b$ ; $b$ $a$", "SELECT 2");
	}

	@Test
	void splitsATransactionBlockOutsideRoutines() {
		assertThat(this.splitter.split("BEGIN; UPDATE t SET a = 1; END;")).extracting(SqlStatement::sql)
			.containsExactly("BEGIN", "UPDATE t SET a = 1", "END");
	}

	@Test
	void readsEscapeStringBackslashesButNotStandardOnes() {
		assertThat(this.splitter.split("SELECT E'\\';'; SELECT '\\'; SELECT 3")).extracting(SqlStatement::sql)
			.containsExactly("SELECT E'\\';'", "SELECT '\\'", "SELECT 3");
	}

	@Test
	void reportsAnUnterminatedNestedComment() {
		assertThatExceptionOfType(SqlSyntaxException.class)
			.isThrownBy(() -> this.splitter.split("SELECT 1;\n/* outer /* inner */\nSELECT 2;"))
			.withMessageStartingWith("Unterminated block comment starting at line 2");
	}

	@Test
	void runsTheCorpusOnPostgres() throws Exception {
		try (PostgresFixture database = new PostgresFixture()) {
			SplitterCorpus.execute(database, this.splitter.split(CORPUS));
			assertThat(queryValue(database, "SELECT account_count(1)")).isEqualTo(2L);
			assertThat(queryValue(database, "SELECT add_one(41)")).isEqualTo(42);
			assertThat(queryValue(database, "SELECT classify(1)")).isEqualTo("positive;");
			assertThat(queryValue(database, "SELECT note FROM accounts WHERE email = 'a@example.com'"))
				.isEqualTo("touched");
			assertThat(queryValue(database, "SELECT updated_at IS NOT NULL FROM accounts WHERE note = 'touched'"))
				.isEqualTo(true);
			assertThat(queryValue(database, "SELECT note FROM accounts WHERE email = 'c;d@example.com'"))
				.isEqualTo("it's; fine");
		}
	}

}
