package dev.migrate.core.sql;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.migrate.core.ErrorCode;
import dev.migrate.core.dialect.H2Dialect;
import dev.migrate.core.dialect.MariaDbDialect;
import dev.migrate.core.dialect.PostgresDialect;
import dev.migrate.core.sql.SqlToken.Kind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

class SqlTokenizerTest {

	private final SqlTokenizer postgres = new SqlTokenizer(new PostgresDialect().sqlSyntax());

	private final SqlTokenizer mariadb = new SqlTokenizer(new MariaDbDialect().sqlSyntax());

	private final SqlTokenizer h2 = new SqlTokenizer(new H2Dialect().sqlSyntax());

	@Test
	void classifiesEveryKindOfToken() {
		assertThat(significantAndComments(this.postgres.tokenize("ALTER TABLE \"Users\" ADD c text DEFAULT 'x;y' -- note\n"
				+ "/* block */ , $$body$$;")))
			.containsExactly(tuple(Kind.WORD, "ALTER"), tuple(Kind.WORD, "TABLE"), tuple(Kind.QUOTED_IDENTIFIER, "\"Users\""),
					tuple(Kind.WORD, "ADD"), tuple(Kind.WORD, "c"), tuple(Kind.WORD, "text"), tuple(Kind.WORD, "DEFAULT"),
					tuple(Kind.STRING, "'x;y'"), tuple(Kind.COMMENT, "-- note"), tuple(Kind.COMMENT, "/* block */"),
					tuple(Kind.SYMBOL, ","), tuple(Kind.DOLLAR_STRING, "$$body$$"), tuple(Kind.SYMBOL, ";"));
	}

	@Test
	void givesBackTheInputWhenTheTokensAreJoined() {
		String sql = "SELECT E'a\\'b', $x$ $$ $x$, `q`, \"i\"\"d\" /* /* n */ */ -- c\n+ 1;\r\n";
		assertThat(String.join("", this.postgres.tokenize(sql).stream().map(SqlToken::text).toList())).isEqualTo(sql);
	}

	@Test
	void numbersTokenLinesFromTheGivenFirstLine() {
		List<SqlToken> tokens = this.postgres.tokenize("SELECT\n'a\nb'\n, x", 7);
		assertThat(tokens).filteredOn(SqlToken::isSignificant)
			.extracting(SqlToken::text, SqlToken::line)
			.containsExactly(tuple("SELECT", 7), tuple("'a\nb'", 8), tuple(",", 10), tuple("x", 10));
	}

	@Test
	void readsPositionalParametersAsWordsNotDollarQuotes() {
		assertThat(significantAndComments(this.postgres.tokenize("SELECT $1 + $2, $3$x$")))
			.containsExactly(tuple(Kind.WORD, "SELECT"), tuple(Kind.WORD, "$1"), tuple(Kind.SYMBOL, "+"),
					tuple(Kind.WORD, "$2"), tuple(Kind.SYMBOL, ","), tuple(Kind.WORD, "$3$x$"));
	}

	@Test
	void keepsDollarSignsInsideIdentifiersOnPostgres() {
		assertThat(significantAndComments(this.postgres.tokenize("SELECT a$b$c FROM t$")))
			.extracting(t -> t.toList().get(1))
			.containsExactly("SELECT", "a$b$c", "FROM", "t$");
	}

	@Test
	void readsEscapeStringsOnPostgresOnly() {
		assertThat(this.postgres.tokenize("E'it\\'s'")).extracting(SqlToken::kind, SqlToken::text)
			.containsExactly(tuple(Kind.STRING, "E'it\\'s'"));
		assertThat(this.h2.tokenize("E'it''s'")).extracting(SqlToken::kind, SqlToken::text)
			.containsExactly(tuple(Kind.WORD, "E"), tuple(Kind.STRING, "'it''s'"));
	}

	@Test
	void readsMariaDbQuotingRules() {
		assertThat(significantAndComments(this.mariadb.tokenize("SELECT `a``b`, \"s\\\"t\", 'u\\'v' # c\n, 1--1, 2-- c")))
			.containsExactly(tuple(Kind.WORD, "SELECT"), tuple(Kind.QUOTED_IDENTIFIER, "`a``b`"), tuple(Kind.SYMBOL, ","),
					tuple(Kind.STRING, "\"s\\\"t\""), tuple(Kind.SYMBOL, ","), tuple(Kind.STRING, "'u\\'v'"),
					tuple(Kind.COMMENT, "# c"), tuple(Kind.SYMBOL, ","), tuple(Kind.WORD, "1"), tuple(Kind.SYMBOL, "-"),
					tuple(Kind.SYMBOL, "-"), tuple(Kind.WORD, "1"), tuple(Kind.SYMBOL, ","), tuple(Kind.WORD, "2"),
					tuple(Kind.COMMENT, "-- c"));
	}

	@Test
	void readsDoubleSlashCommentsOnH2Only() {
		assertThat(significantAndComments(this.h2.tokenize("SELECT 1 // it's a comment")))
			.containsExactly(tuple(Kind.WORD, "SELECT"), tuple(Kind.WORD, "1"), tuple(Kind.COMMENT, "// it's a comment"));
		assertThat(this.postgres.tokenize("SELECT 4 // 2")).filteredOn(t -> t.kind() == Kind.COMMENT).isEmpty();
	}

	@Test
	void readsOnlyUntaggedDollarQuotesOnH2() {
		assertThat(significantAndComments(this.h2.tokenize("$$a$b$$ $t$")))
			.containsExactly(tuple(Kind.DOLLAR_STRING, "$$a$b$$"), tuple(Kind.SYMBOL, "$"), tuple(Kind.WORD, "t$"));
	}

	@Test
	void offersWordAndSymbolTests() {
		SqlToken word = new SqlToken(Kind.WORD, "Drop", 1);
		assertThat(word.isWord("DROP")).isTrue();
		assertThat(word.isSymbol("Drop")).isFalse();
		assertThat(new SqlToken(Kind.QUOTED_IDENTIFIER, "\"drop\"", 1).isWord("drop")).isFalse();
		assertThat(new SqlToken(Kind.COMMENT, "-- x", 1).isSignificant()).isFalse();
	}

	@Test
	void reportsAnUnterminatedDollarQuoteWithItsTag() {
		assertThatExceptionOfType(SqlSyntaxException.class)
			.isThrownBy(() -> this.postgres.tokenize("SELECT 1;\nDO $body$ BEGIN\nEND $$;", 4))
			.withMessage("Unterminated dollar-quoted string starting at line 5: the text ends before its closing $body$;"
					+ " close it or remove the stray opening")
			.satisfies(ex -> assertThat(ex.code()).isEqualTo(ErrorCode.INVALID_REVISION));
	}

	private static List<org.assertj.core.groups.Tuple> significantAndComments(List<SqlToken> tokens) {
		return tokens.stream().filter(t -> t.kind() != Kind.WHITESPACE).map(t -> tuple(t.kind(), t.text())).toList();
	}

}
