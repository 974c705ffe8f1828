package dev.migrate.core.sql;

/**
 * One way a database's SQL text differs from the standard baseline, which every {@link SqlSyntax}
 * has: {@code --} line comments, non-nesting {@code /* *}{@code /} block comments, single-quoted
 * strings with {@code ''} escapes and double-quoted identifiers with {@code ""} escapes.
 */
public enum SqlFeature {

	/** {@code #} starts a comment that runs to the end of the line (MariaDB/MySQL). */
	HASH_COMMENTS,

	/** {@code //} starts a comment that runs to the end of the line (H2). */
	DOUBLE_SLASH_COMMENTS,

	/**
	 * {@code --} starts a comment only when followed by whitespace, a control character or the end
	 * of the input (MariaDB/MySQL, where {@code 1--1} is an expression).
	 */
	DASH_COMMENTS_NEED_SPACE,

	/** Block comments nest: {@code /* a /* b *}{@code / c *}{@code /} is one comment (PostgreSQL, H2). */
	NESTED_BLOCK_COMMENTS,

	/**
	 * {@code /*! ... *}{@code /} and {@code /*M! ... *}{@code /} are executable comments: the server
	 * runs their content, so it is lexed as SQL and a statement made of one is kept (MariaDB/MySQL,
	 * e.g. {@code /*!40101 SET NAMES utf8mb4 *}{@code /;} in a dump).
	 */
	EXECUTABLE_COMMENTS,

	/** A backslash escapes the next character in every string literal (MariaDB/MySQL). */
	BACKSLASH_ESCAPES,

	/** {@code E'...'} strings, in which a backslash escapes the next character (PostgreSQL). */
	ESCAPE_STRING_PREFIX,

	/**
	 * {@code "..."} is a string literal, not an identifier (MariaDB/MySQL without the
	 * {@code ANSI_QUOTES} SQL mode, which is their default).
	 */
	DOUBLE_QUOTED_STRINGS,

	/** {@code `...`} quotes an identifier, with {@code ``} escapes (MariaDB/MySQL). */
	BACKTICK_IDENTIFIERS,

	/** {@code $$...$$} quotes a string without any escape, e.g. a function body (PostgreSQL, H2). */
	DOLLAR_QUOTES,

	/** {@code $tag$...$tag$} quotes a string without any escape (PostgreSQL); needs {@link #DOLLAR_QUOTES}. */
	TAGGED_DOLLAR_QUOTES,

	/**
	 * A {@code DELIMITER xyz} line changes the statement delimiter and is not a statement itself,
	 * as in the {@code mariadb}/{@code mysql} command line clients.
	 */
	DELIMITER_COMMAND,

	/** A {@code ;} inside parentheses does not end the statement, as in {@code psql} (PostgreSQL rules). */
	SEMICOLONS_IN_PARENTHESES,

	/**
	 * A {@code ;} inside the {@code BEGIN ... END} body of {@code CREATE [OR REPLACE] FUNCTION} or
	 * {@code PROCEDURE} does not end the statement, as in {@code psql} (PostgreSQL 14's
	 * {@code BEGIN ATOMIC} bodies).
	 */
	ATOMIC_BODIES

}
