package dev.migrate.core.guard;

import java.util.List;

import dev.migrate.core.sql.SqlToken;

/**
 * Finds the column at which each statement of an upgrade section starts, so that a finding points
 * at its statement's first keyword (code-scanning services underline from there). Statements are
 * looked up in order, each after the previous one, so that two identical statements on one line
 * get their own columns. One instance per revision.
 */
final class StatementColumns {

	private final String section;

	private int searchFrom;

	StatementColumns(String section) {
		this.section = section;
	}

	/**
	 * The 1-based column of the first significant token of the statement whose text is {@code sql}
	 * and whose tokens are {@code tokens}; 0 when the text is not found as written.
	 */
	int columnOf(String sql, List<SqlToken> tokens) {
		int lead = 0;
		for (SqlToken token : tokens) {
			if (token.isSignificant() && !isExecutableCommentMark(token)) {
				break;
			}
			lead += token.text().length();
		}
		// the statement's text is the section's, up to its delimiter (comments after it on that line are kept)
		String first = sql.substring(0, Math.min(sql.length(), lead + firstTokenLength(tokens, lead)));
		int start = this.section.indexOf(first, this.searchFrom);
		if (start < 0) {
			return 0;
		}
		int same = 0;
		while (same < sql.length() && start + same < this.section.length()
				&& sql.charAt(same) == this.section.charAt(start + same)) {
			same++;
		}
		this.searchFrom = start + same;
		int offset = start + lead;
		int lineStart = this.section.lastIndexOf('\n', offset - 1) + 1;
		return offset - lineStart + 1;
	}

	private static int firstTokenLength(List<SqlToken> tokens, int lead) {
		int offset = 0;
		for (SqlToken token : tokens) {
			if (offset >= lead) {
				return token.text().length();
			}
			offset += token.text().length();
		}
		return 0;
	}

	private static boolean isExecutableCommentMark(SqlToken token) {
		return token.kind() == SqlToken.Kind.SYMBOL && (token.text().startsWith("/*") || token.text().equals("*/"));
	}

}
