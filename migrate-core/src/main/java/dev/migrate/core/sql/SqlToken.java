package dev.migrate.core.sql;

import java.util.Objects;

/**
 * One lexical token of SQL text. Concatenating the texts of all tokens of an input gives the input
 * back unchanged.
 *
 * @param kind what the token is
 * @param text the token exactly as written, quotes and comment markers included
 * @param line the 1-based line on which the token starts
 */
public record SqlToken(Kind kind, String text, int line) {

	/** What a token is. */
	public enum Kind {

		/** A keyword, unquoted identifier, number or positional parameter ({@code $1}). */
		WORD,

		/** A quoted identifier: {@code "name"}, or {@code `name`} on MariaDB. */
		QUOTED_IDENTIFIER,

		/** A string literal, prefix included: {@code 'a'}, {@code E'a\n'}, or {@code "a"} on MariaDB. */
		STRING,

		/** A dollar-quoted string: {@code $$...$$} or {@code $tag$...$tag$}. */
		DOLLAR_STRING,

		/** A line or block comment. */
		COMMENT,

		/**
		 * One punctuation or operator character, the whole current statement delimiter, or the opening
		 * ({@code /*!40101}) or closing mark of an executable comment, whose content is lexed as SQL.
		 */
		SYMBOL,

		/** A run of whitespace. */
		WHITESPACE

	}

	public SqlToken {
		Objects.requireNonNull(kind, "kind");
		if (text == null || text.isEmpty()) {
			throw new IllegalArgumentException("A " + kind + " token needs text, got '" + text + "'");
		}
		if (line < 1) {
			throw new IllegalArgumentException("Token line must be 1 or more, got " + line);
		}
	}

	/** Whether the database sees this token: it is neither whitespace nor a comment. */
	public boolean isSignificant() {
		return this.kind != Kind.WHITESPACE && this.kind != Kind.COMMENT;
	}

	/** Whether this is the unquoted word {@code word}, ignoring case. */
	public boolean isWord(String word) {
		return this.kind == Kind.WORD && this.text.equalsIgnoreCase(word);
	}

	/** Whether this is the symbol {@code symbol}. */
	public boolean isSymbol(String symbol) {
		return this.kind == Kind.SYMBOL && this.text.equals(symbol);
	}

}
