package dev.migrate.core.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import dev.migrate.core.sql.SqlToken.Kind;

/**
 * Splits a SQL script into statements on its delimiter ({@code ;}), from tokens rather than raw
 * text, so that a {@code ;} inside a string, quoted identifier, comment or dollar-quoted function
 * body never splits. Follows one dialect's {@link SqlSyntax}: PostgreSQL's dollar quotes and
 * {@code psql}'s rules, MariaDB's {@code DELIMITER} lines, and so on.
 *
 * <p>Statements are trimmed. Comments are kept in the text of the statement they precede, and a
 * comment that follows a statement's delimiter on the same line belongs to that statement, so that
 * {@code DROP TABLE t; -- migrate:allow ...} keeps its marker. Statements made only of whitespace
 * and comments are dropped.
 */
public final class SqlSplitter {

	private final SqlSyntax syntax;

	public SqlSplitter(SqlSyntax syntax) {
		this.syntax = Objects.requireNonNull(syntax, "syntax");
	}

	/** The statements of {@code sql}, whose first line is line 1. */
	public List<SqlStatement> split(String sql) {
		return split(sql, 1);
	}

	/**
	 * The statements of {@code sql}, whose first line is line {@code firstLine} of its file (e.g. the
	 * line on which a revision's upgrade section starts), so that statement lines are file lines.
	 * @throws SqlSyntaxException on an unterminated string, identifier, comment or dollar quote, or a
	 * malformed {@code DELIMITER} line
	 */
	public List<SqlStatement> split(String sql, int firstLine) {
		Objects.requireNonNull(sql, "sql");
		return new Run(this.syntax, new SqlLexer(this.syntax, sql, firstLine)).statements();
	}

	/** The state of one split. */
	private static final class Run {

		private final SqlSyntax syntax;

		private final SqlLexer lexer;

		private final List<SqlStatement> statements = new ArrayList<>();

		private String delimiter = ";";

		private final StringBuilder text = new StringBuilder();

		private int startLine;

		private boolean significant;

		private final List<String> leadingWords = new ArrayList<>();

		private int parenDepth;

		private int blockDepth;

		/** Whether the last statement just ended and its delimiter's line has not. */
		private boolean afterDelimiter;

		private final StringBuilder pendingSpace = new StringBuilder();

		Run(SqlSyntax syntax, SqlLexer lexer) {
			this.syntax = syntax;
			this.lexer = lexer;
		}

		List<SqlStatement> statements() {
			while (this.lexer.hasNext()) {
				SqlToken token = this.lexer.next();
				if (this.afterDelimiter && attachToPrevious(token)) {
					continue;
				}
				if (token.isSymbol(this.delimiter) && !delimiterIsHeld()) {
					finish(true);
				}
				else if (!this.significant && token.isWord("DELIMITER")
						&& this.syntax.has(SqlFeature.DELIMITER_COMMAND)) {
					this.delimiter = DelimiterLine.parse(this.lexer.restOfLine(), token.line());
					this.lexer.delimiter(this.delimiter);
				}
				else {
					append(token);
				}
			}
			finish(false);
			return List.copyOf(this.statements);
		}

		/** Comments on the delimiter's line belong to the statement the delimiter ended. */
		private boolean attachToPrevious(SqlToken token) {
			if (token.kind() == Kind.WHITESPACE && token.text().indexOf('\n') < 0) {
				this.pendingSpace.append(token.text());
				return true;
			}
			if (token.kind() == Kind.COMMENT) {
				SqlStatement previous = this.statements.remove(this.statements.size() - 1);
				this.statements.add(new SqlStatement(previous.sql() + this.pendingSpace + token.text(), previous.line()));
				this.pendingSpace.setLength(0);
				return true;
			}
			this.afterDelimiter = false;
			this.pendingSpace.setLength(0);
			return false;
		}

		private boolean delimiterIsHeld() {
			return (this.parenDepth > 0 && this.syntax.has(SqlFeature.SEMICOLONS_IN_PARENTHESES))
					|| this.blockDepth > 0;
		}

		private void append(SqlToken token) {
			if (this.startLine == 0) {
				if (token.kind() == Kind.WHITESPACE) {
					return;
				}
				this.startLine = token.line();
			}
			this.text.append(token.text());
			if (token.isSignificant()) {
				this.significant = true;
				track(token);
			}
		}

		/** Follows parentheses and, like psql, BEGIN ... END bodies of routines. */
		private void track(SqlToken token) {
			if (token.isSymbol("(")) {
				this.parenDepth++;
			}
			else if (token.isSymbol(")") && this.parenDepth > 0) {
				this.parenDepth--;
			}
			if (this.leadingWords.size() < 4) {
				this.leadingWords.add((token.kind() == Kind.WORD) ? token.text().toLowerCase(Locale.ROOT) : "");
			}
			if (token.kind() == Kind.WORD && this.parenDepth == 0 && this.syntax.has(SqlFeature.ATOMIC_BODIES)
					&& createsRoutine()) {
				if (token.isWord("BEGIN") || (token.isWord("CASE") && this.blockDepth > 0)) {
					this.blockDepth++;
				}
				else if (token.isWord("END") && this.blockDepth > 0) {
					this.blockDepth--;
				}
			}
		}

		/** Whether the statement starts with CREATE [OR REPLACE] FUNCTION|PROCEDURE. */
		private boolean createsRoutine() {
			List<String> words = this.leadingWords;
			if (words.size() < 2 || !words.get(0).equals("create")) {
				return false;
			}
			int routine = (words.get(1).equals("or") && words.size() >= 4 && words.get(2).equals("replace")) ? 3 : 1;
			return words.get(routine).equals("function") || words.get(routine).equals("procedure");
		}

		private void finish(boolean byDelimiter) {
			if (this.significant) {
				this.statements.add(new SqlStatement(this.text.toString().strip(), this.startLine));
			}
			this.afterDelimiter = byDelimiter && this.significant;
			this.pendingSpace.setLength(0);
			this.text.setLength(0);
			this.startLine = 0;
			this.significant = false;
			this.leadingWords.clear();
			this.parenDepth = 0;
			this.blockDepth = 0;
		}

	}

}
