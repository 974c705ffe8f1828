package dev.migrate.core.guard;

import java.util.ArrayList;
import java.util.List;

import dev.migrate.core.sql.SqlToken;
import dev.migrate.core.sql.SqlToken.Kind;

/**
 * Reads the significant tokens of one statement (or one part of it) from left to right: no
 * whitespace, no comments, no marks of MariaDB's executable comments. Keywords are matched
 * ignoring case and only as unquoted words, so {@code "drop"} or {@code 'drop'} never match
 * {@code DROP}.
 */
final class TokenCursor {

	private final List<SqlToken> tokens;

	private final String dialect;

	private int position;

	private TokenCursor(List<SqlToken> tokens, String dialect) {
		this.tokens = tokens;
		this.dialect = dialect;
	}

	/** A cursor over the significant tokens among {@code tokens}. */
	static TokenCursor of(List<SqlToken> tokens, String dialect) {
		List<SqlToken> significant = new ArrayList<>();
		for (SqlToken token : tokens) {
			if (token.isSignificant() && !isExecutableCommentMark(token)) {
				significant.add(token);
			}
		}
		return new TokenCursor(significant, dialect);
	}

	private static boolean isExecutableCommentMark(SqlToken token) {
		return token.kind() == Kind.SYMBOL && (token.text().startsWith("/*") || token.text().equals("*/"));
	}

	String dialect() {
		return this.dialect;
	}

	boolean atEnd() {
		return this.position >= this.tokens.size();
	}

	/** The current token, or {@code null} at the end. */
	SqlToken peek() {
		return peek(0);
	}

	/** The token {@code ahead} places after the current one, or {@code null} past the end. */
	SqlToken peek(int ahead) {
		int index = this.position + ahead;
		return (index < this.tokens.size()) ? this.tokens.get(index) : null;
	}

	SqlToken next() {
		return atEnd() ? null : this.tokens.get(this.position++);
	}

	/** The line of the current token, or of the last one at the end; 0 for no tokens. */
	int line() {
		if (this.tokens.isEmpty()) {
			return 0;
		}
		return this.tokens.get(Math.min(this.position, this.tokens.size() - 1)).line();
	}

	/** Whether the current token is one of {@code words}. */
	boolean isWord(String... words) {
		SqlToken token = peek();
		if (token == null) {
			return false;
		}
		for (String word : words) {
			if (token.isWord(word)) {
				return true;
			}
		}
		return false;
	}

	boolean isSymbol(String symbol) {
		SqlToken token = peek();
		return token != null && token.isSymbol(symbol);
	}

	/** Consumes {@code words} if the next tokens are exactly them; consumes nothing otherwise. */
	boolean accept(String... words) {
		for (int i = 0; i < words.length; i++) {
			SqlToken token = peek(i);
			if (token == null || !token.isWord(words[i])) {
				return false;
			}
		}
		this.position += words.length;
		return true;
	}

	boolean acceptSymbol(String symbol) {
		if (isSymbol(symbol)) {
			this.position++;
			return true;
		}
		return false;
	}

	/** Consumes {@code IF EXISTS}; whether it was there. */
	boolean acceptIfExists() {
		return accept("IF", "EXISTS");
	}

	/** Consumes {@code IF NOT EXISTS}; whether it was there. */
	boolean acceptIfNotExists() {
		return accept("IF", "NOT", "EXISTS");
	}

	/** Skips one token, or a whole parenthesized group when at {@code (}. */
	void skip() {
		if (!isSymbol("(")) {
			next();
			return;
		}
		int depth = 0;
		while (!atEnd()) {
			SqlToken token = next();
			if (token.isSymbol("(")) {
				depth++;
			}
			else if (token.isSymbol(")") && --depth == 0) {
				return;
			}
		}
	}

	/**
	 * Reads a possibly qualified name: words or quoted identifiers joined by {@code .}. Returns
	 * {@code null}, consuming nothing, when the current token cannot start a name.
	 */
	SqlName name() {
		if (!isNamePart(peek())) {
			return null;
		}
		StringBuilder text = new StringBuilder();
		List<String> parts = new ArrayList<>();
		while (true) {
			SqlToken part = next();
			text.append(part.text());
			parts.add(foldedPart(part));
			if (isSymbol(".") && isNamePart(peek(1))) {
				next();
				text.append('.');
			}
			else {
				return new SqlName(text.toString(), parts);
			}
		}
	}

	private String foldedPart(SqlToken token) {
		if (token.kind() == Kind.QUOTED_IDENTIFIER) {
			String text = token.text();
			String quote = text.substring(0, 1);
			String inner = text.substring(1, text.length() - 1).replace(quote + quote, quote);
			return SqlName.fold(this.dialect, inner, true);
		}
		return SqlName.fold(this.dialect, token.text(), false);
	}

	private static boolean isNamePart(SqlToken token) {
		return token != null && (token.kind() == Kind.WORD || token.kind() == Kind.QUOTED_IDENTIFIER);
	}

	/**
	 * The rest of the tokens cut at each top-level occurrence of {@code symbol} (outside
	 * parentheses), as cursors; consumes everything. Empty parts are left out.
	 */
	List<TokenCursor> splitRest(String symbol) {
		List<TokenCursor> parts = new ArrayList<>();
		int depth = 0;
		int start = this.position;
		for (int i = this.position; i < this.tokens.size(); i++) {
			SqlToken token = this.tokens.get(i);
			if (token.isSymbol("(")) {
				depth++;
			}
			else if (token.isSymbol(")")) {
				depth = Math.max(0, depth - 1);
			}
			else if (depth == 0 && token.isSymbol(symbol)) {
				addPart(parts, start, i);
				start = i + 1;
			}
		}
		addPart(parts, start, this.tokens.size());
		this.position = this.tokens.size();
		return parts;
	}

	private void addPart(List<TokenCursor> parts, int from, int to) {
		if (to > from) {
			parts.add(new TokenCursor(this.tokens.subList(from, to), this.dialect));
		}
	}

	/** The tokens of the parenthesized group at the current position, without the parentheses, as a cursor; consumes it. */
	TokenCursor group() {
		int start = this.position + 1;
		skip();
		int end = Math.max(start, this.position - 1);
		return new TokenCursor(this.tokens.subList(start, end), this.dialect);
	}

	/** Whether {@code words}, in sequence, occur from the current position on outside parentheses. Consumes nothing. */
	boolean containsTopLevel(String... words) {
		return indexOfTopLevel(words) >= 0;
	}

	/** Index (from the start) of the first top-level occurrence of {@code words} from the current position, or -1. */
	int indexOfTopLevel(String... words) {
		int depth = 0;
		for (int i = this.position; i < this.tokens.size(); i++) {
			SqlToken token = this.tokens.get(i);
			if (token.isSymbol("(")) {
				depth++;
			}
			else if (token.isSymbol(")")) {
				depth = Math.max(0, depth - 1);
			}
			else if (depth == 0 && matchesAt(i, words)) {
				return i;
			}
		}
		return -1;
	}

	private boolean matchesAt(int index, String... words) {
		if (index + words.length > this.tokens.size()) {
			return false;
		}
		for (int i = 0; i < words.length; i++) {
			if (!this.tokens.get(index + i).isWord(words[i])) {
				return false;
			}
		}
		return true;
	}

	/** The remaining tokens as a cursor, without consuming them. */
	TokenCursor rest() {
		return new TokenCursor(this.tokens.subList(Math.min(this.position, this.tokens.size()), this.tokens.size()),
				this.dialect);
	}

	/** The remaining tokens. */
	List<SqlToken> remaining() {
		return this.tokens.subList(Math.min(this.position, this.tokens.size()), this.tokens.size());
	}

}
