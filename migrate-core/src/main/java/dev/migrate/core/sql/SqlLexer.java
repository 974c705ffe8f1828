package dev.migrate.core.sql;

import dev.migrate.core.sql.SqlToken.Kind;

/**
 * Reads SQL text one token at a time, following one {@link SqlSyntax}. The delimiter can change
 * between tokens (MariaDB's {@code DELIMITER}): it is matched before anything else and also ends a
 * word, so that {@code END$$} ends a procedure when the delimiter is {@code $$}, as in the
 * {@code mariadb} client.
 */
final class SqlLexer {

	private final SqlSyntax syntax;

	private final String sql;

	private int position;

	private int line;

	private String delimiter = ";";

	private boolean inExecutableComment;

	SqlLexer(SqlSyntax syntax, String sql, int firstLine) {
		if (firstLine < 1) {
			throw new IllegalArgumentException("First line must be 1 or more, got " + firstLine);
		}
		this.syntax = syntax;
		this.sql = sql;
		this.line = firstLine;
	}

	boolean hasNext() {
		return this.position < this.sql.length();
	}

	void delimiter(String delimiter) {
		this.delimiter = delimiter;
	}

	SqlToken next() {
		int start = this.position;
		int startLine = this.line;
		Kind kind = scan(startLine);
		String text = this.sql.substring(start, this.position);
		this.line += newlines(text);
		return new SqlToken(kind, text, startLine);
	}

	/** Consumes the rest of the current line, without its line break. */
	String restOfLine() {
		int end = endOfLine(this.position);
		String rest = this.sql.substring(this.position, end);
		this.position = end;
		return rest;
	}

	private Kind scan(int startLine) {
		char c = this.sql.charAt(this.position);
		if (this.sql.startsWith(this.delimiter, this.position)) {
			this.position += this.delimiter.length();
			return Kind.SYMBOL;
		}
		if (Character.isWhitespace(c)) {
			while (hasNext() && Character.isWhitespace(this.sql.charAt(this.position))) {
				this.position++;
			}
			return Kind.WHITESPACE;
		}
		if (startsLineComment(c)) {
			this.position = endOfLine(this.position);
			return Kind.COMMENT;
		}
		if (this.inExecutableComment && c == '*' && peek(1) == '/') {
			this.position += 2;
			this.inExecutableComment = false;
			return Kind.SYMBOL;
		}
		if (c == '/' && peek(1) == '*' && startsExecutableComment()) {
			return Kind.SYMBOL;
		}
		if (c == '/' && peek(1) == '*') {
			blockComment(startLine);
			return Kind.COMMENT;
		}
		if (c == '\'') {
			quoted('\'', has(SqlFeature.BACKSLASH_ESCAPES), "string literal", startLine);
			return Kind.STRING;
		}
		if ((c == 'E' || c == 'e') && peek(1) == '\'' && has(SqlFeature.ESCAPE_STRING_PREFIX)) {
			this.position++;
			quoted('\'', true, "escape string literal", startLine);
			return Kind.STRING;
		}
		if (c == '"') {
			if (has(SqlFeature.DOUBLE_QUOTED_STRINGS)) {
				quoted('"', has(SqlFeature.BACKSLASH_ESCAPES), "string literal", startLine);
				return Kind.STRING;
			}
			quoted('"', false, "quoted identifier", startLine);
			return Kind.QUOTED_IDENTIFIER;
		}
		if (c == '`' && has(SqlFeature.BACKTICK_IDENTIFIERS)) {
			quoted('`', false, "quoted identifier", startLine);
			return Kind.QUOTED_IDENTIFIER;
		}
		if (c == '$') {
			String tag = dollarQuoteTag();
			if (tag != null) {
				dollarString(tag, startLine);
				return Kind.DOLLAR_STRING;
			}
		}
		if (isWordStart(c)) {
			word();
			return Kind.WORD;
		}
		this.position++;
		return Kind.SYMBOL;
	}

	private boolean startsLineComment(char c) {
		if (c == '-' && peek(1) == '-') {
			if (!has(SqlFeature.DASH_COMMENTS_NEED_SPACE)) {
				return true;
			}
			char after = peek(2);
			return after == 0 || Character.isWhitespace(after) || Character.isISOControl(after);
		}
		return (c == '#' && has(SqlFeature.HASH_COMMENTS))
				|| (c == '/' && peek(1) == '/' && has(SqlFeature.DOUBLE_SLASH_COMMENTS));
	}

	/** Consumes the opening {@code /*!} or {@code /*M!} and its optional version number, if here. */
	private boolean startsExecutableComment() {
		if (!has(SqlFeature.EXECUTABLE_COMMENTS) || this.inExecutableComment) {
			return false;
		}
		int bang = (peek(2) == 'M') ? 3 : 2;
		if (peek(bang) != '!') {
			return false;
		}
		this.position += bang + 1;
		while (hasNext() && Character.isDigit(this.sql.charAt(this.position))) {
			this.position++;
		}
		this.inExecutableComment = true;
		return true;
	}

	private void blockComment(int startLine) {
		boolean nested = has(SqlFeature.NESTED_BLOCK_COMMENTS);
		int depth = 1;
		int i = this.position + 2;
		while (i < this.sql.length()) {
			if (this.sql.startsWith("*/", i)) {
				i += 2;
				if (--depth == 0) {
					this.position = i;
					return;
				}
			}
			else if (nested && this.sql.startsWith("/*", i)) {
				i += 2;
				depth++;
			}
			else {
				i++;
			}
		}
		throw unterminated("block comment", startLine, "*/");
	}

	private void quoted(char quote, boolean backslashEscapes, String what, int startLine) {
		int i = this.position + 1;
		while (i < this.sql.length()) {
			char c = this.sql.charAt(i);
			if (c == '\\' && backslashEscapes) {
				i += 2;
			}
			else if (c == quote && i + 1 < this.sql.length() && this.sql.charAt(i + 1) == quote) {
				i += 2;
			}
			else if (c == quote) {
				this.position = i + 1;
				return;
			}
			else {
				i++;
			}
		}
		throw unterminated(what, startLine, String.valueOf(quote));
	}

	/** The dollar quote that starts here ({@code $$} or {@code $tag$}), or {@code null}. */
	private String dollarQuoteTag() {
		if (!has(SqlFeature.DOLLAR_QUOTES)) {
			return null;
		}
		if (peek(1) == '$') {
			return "$$";
		}
		if (!has(SqlFeature.TAGGED_DOLLAR_QUOTES)) {
			return null;
		}
		int i = this.position + 1;
		if (i >= this.sql.length() || !isTagStart(this.sql.charAt(i))) {
			return null;
		}
		while (i < this.sql.length() && isTagPart(this.sql.charAt(i))) {
			i++;
		}
		return (i < this.sql.length() && this.sql.charAt(i) == '$') ? this.sql.substring(this.position, i + 1) : null;
	}

	private void dollarString(String tag, int startLine) {
		int end = this.sql.indexOf(tag, this.position + tag.length());
		if (end < 0) {
			throw unterminated("dollar-quoted string", startLine, tag);
		}
		this.position = end + tag.length();
	}

	private boolean isWordStart(char c) {
		if (c == '$') {
			// $1 is a positional parameter; where $ cannot open a dollar quote it starts an identifier
			return Character.isDigit(peek(1)) || !has(SqlFeature.DOLLAR_QUOTES);
		}
		return Character.isLetterOrDigit(c) || c == '_';
	}

	private void word() {
		this.position++;
		while (hasNext() && isWordPart(this.sql.charAt(this.position))
				&& !this.sql.startsWith(this.delimiter, this.position)) {
			this.position++;
		}
	}

	private static boolean isWordPart(char c) {
		return Character.isLetterOrDigit(c) || c == '_' || c == '$';
	}

	private static boolean isTagStart(char c) {
		return Character.isLetter(c) || c == '_';
	}

	private static boolean isTagPart(char c) {
		return Character.isLetterOrDigit(c) || c == '_';
	}

	private int endOfLine(int from) {
		int i = from;
		while (i < this.sql.length() && this.sql.charAt(i) != '\n' && this.sql.charAt(i) != '\r') {
			i++;
		}
		return i;
	}

	/** The character {@code offset} places ahead, or 0 past the end. */
	private char peek(int offset) {
		int i = this.position + offset;
		return (i < this.sql.length()) ? this.sql.charAt(i) : 0;
	}

	private boolean has(SqlFeature feature) {
		return this.syntax.has(feature);
	}

	private static int newlines(String text) {
		int count = 0;
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				count++;
			}
		}
		return count;
	}

	private static SqlSyntaxException unterminated(String what, int line, String closing) {
		return new SqlSyntaxException("Unterminated " + what + " starting at line " + line
				+ ": the text ends before its closing " + closing + "; close it or remove the stray opening", line);
	}

}
