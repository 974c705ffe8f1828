package dev.migrate.core.sql;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import dev.migrate.core.dialect.H2Dialect;
import dev.migrate.core.dialect.MariaDbDialect;
import dev.migrate.core.dialect.PostgresDialect;

import static org.assertj.core.api.Assertions.assertThat;

/** Invariants of the tokenizer and splitter on generated input, for every dialect's syntax. */
class SqlSplitterPropertyTest {

	@Property
	void tokensJoinBackToTheInputOrTheErrorNamesALineOfIt(@ForAll("sqlish") String sql,
			@ForAll("syntaxes") SqlSyntax syntax) {
		try {
			List<SqlToken> tokens = new SqlTokenizer(syntax).tokenize(sql);
			assertThat(String.join("", tokens.stream().map(SqlToken::text).toList())).isEqualTo(sql);
		}
		catch (SqlSyntaxException ex) {
			assertThat(ex.line()).isBetween(1, (int) sql.chars().filter(c -> c == '\n').count() + 1);
		}
	}

	@Property
	void splitsJoinedStatementsBackApartWithTheirLines(@ForAll("statementLists") List<String> statements,
			@ForAll("separators") String separator, @ForAll("syntaxes") SqlSyntax syntax) {
		StringBuilder script = new StringBuilder("\n");
		List<Integer> lines = new ArrayList<>();
		for (String statement : statements) {
			lines.add((int) script.chars().filter(c -> c == '\n').count() + 1);
			script.append(statement).append(separator);
		}
		List<SqlStatement> split = new SqlSplitter(syntax).split(script.toString());
		assertThat(split).extracting(SqlStatement::sql).containsExactlyElementsOf(statements);
		assertThat(split).extracting(SqlStatement::line).containsExactlyElementsOf(lines);
	}

	@Provide
	Arbitrary<SqlSyntax> syntaxes() {
		return Arbitraries.of(SqlSyntax.standard(), new PostgresDialect().sqlSyntax(), new MariaDbDialect().sqlSyntax(),
				new H2Dialect().sqlSyntax());
	}

	@Provide
	Arbitrary<String> sqlish() {
		return Arbitraries.strings().withChars("ab E$;'\"`-/*#\\\n()!M1").ofMaxLength(40);
	}

	@Provide
	Arbitrary<String> separators() {
		return Arbitraries.of(";\n", "; ", ";", " ;\n\n\t", ";\r\n");
	}

	@Provide
	Arbitrary<List<String>> statementLists() {
		return statement().list().ofMinSize(1).ofMaxSize(5);
	}

	/**
	 * Statements that mean the same on every database: words around strings, quoted names and
	 * comments full of delimiters and quotes of the other kinds.
	 */
	private Arbitrary<String> statement() {
		Arbitrary<String> fragment = Arbitraries.oneOf(words(), quoted('\'', "ab ;\"`-*/#\n"),
				quoted('"', "ab ;'`-*/#\n"), text("ab ;'\"`-#\n").map(t -> "/* " + t + " */"),
				text("ab ;'\"`*/#").map(t -> "-- " + t + "\n"));
		return Combinators.combine(words(), fragment.list().ofMaxSize(6), words())
			.as((first, middle, last) -> String.join(" ", first, String.join(" ", middle), last).replace("  ", " "));
	}

	private Arbitrary<String> words() {
		return Arbitraries.of("SELECT", "a", "x_1", "42", "t");
	}

	/** A quoted string or identifier whose quote characters inside are doubled. */
	private Arbitrary<String> quoted(char quote, String chars) {
		String q = String.valueOf(quote);
		return text(chars + quote).map(t -> q + t.replace(q, q + q) + q);
	}

	private Arbitrary<String> text(String chars) {
		return Arbitraries.strings().withChars(chars).ofMaxLength(12);
	}

}
