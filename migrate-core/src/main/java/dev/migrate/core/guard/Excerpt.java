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
			if (!token.isSignificant()) {
				space = true;
				continue;
			}
			if (space && !text.isEmpty()) {
				text.append(' ');
			}
			space = false;
			text.append(token.text().replaceAll("\\s+", " "));
		}
		if (text.length() <= MAX) {
			return text.toString();
		}
		return text.substring(0, MAX - 3).stripTrailing() + "...";
	}

}
