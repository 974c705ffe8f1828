package dev.migrate.core.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Splits SQL text into {@link SqlToken}s following one dialect's {@link SqlSyntax}: the lexical
 * view that the statement splitter and the expand/contract guard share. Meant for the text of one
 * statement ({@link SqlStatement#sql()} with its {@link SqlStatement#line()}); {@code DELIMITER}
 * lines are the splitter's business and are not interpreted here.
 */
public final class SqlTokenizer {

	private final SqlSyntax syntax;

	public SqlTokenizer(SqlSyntax syntax) {
		this.syntax = Objects.requireNonNull(syntax, "syntax");
	}

	/** The tokens of {@code sql}, whose first line is line 1. */
	public List<SqlToken> tokenize(String sql) {
		return tokenize(sql, 1);
	}

	/**
	 * The tokens of {@code sql}, whose first line is line {@code firstLine} of its file.
	 * @throws SqlSyntaxException on an unterminated string, identifier, comment or dollar quote
	 */
	public List<SqlToken> tokenize(String sql, int firstLine) {
		Objects.requireNonNull(sql, "sql");
		SqlLexer lexer = new SqlLexer(this.syntax, sql, firstLine);
		List<SqlToken> tokens = new ArrayList<>();
		while (lexer.hasNext()) {
			tokens.add(lexer.next());
		}
		return List.copyOf(tokens);
	}

}
