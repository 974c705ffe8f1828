package dev.migrate.core.guard;

import java.util.List;

import dev.migrate.core.sql.SqlToken;

/** A statement shown on one line for reports: comments left out, white space collapsed, cut to {@value #MAX} characters. */
final class Excerpt {

	static final int MAX = 120;

	private Excerpt() {
	}

	static String of(List<SqlToken> tokens) {
		StringBuilder text = new StringBuilder();
		boolean space = false;
		for (SqlToken token : tokens) {
			if (text.length() > MAX) {
				break;
			}
			if (!token.isSignificant()) {
				space = true;
				continue;
			}
			if (space && !text.isEmpty()) {
				text.append(' ');
			}
			space = false;
			appendCollapsed(text, token.text());
		}
		if (text.length() <= MAX) {
			return text.toString();
		}
		return text.substring(0, MAX - 3).stripTrailing() + "...";
	}

	/** {@code value} with each run of white space ({@code \\s}: space, tab, line breaks, form feeds) as one space. */
	private static void appendCollapsed(StringBuilder text, String value) {
		boolean inSpace = false;
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
			if (!space) {
				text.append(c);
			}
			else if (!inSpace) {
				text.append(' ');
			}
			inSpace = space;
		}
	}

}
