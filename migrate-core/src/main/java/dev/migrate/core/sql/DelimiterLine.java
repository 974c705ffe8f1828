package dev.migrate.core.sql;

/**
 * Reads the argument of a {@code DELIMITER} line, as the {@code mariadb} client does: the first
 * word after {@code DELIMITER} is the new delimiter; only a comment may follow it.
 */
final class DelimiterLine {

	private DelimiterLine() {
	}

	/**
	 * The delimiter that {@code rest}, the text after the word {@code DELIMITER} on line
	 * {@code line}, sets.
	 */
	static String parse(String rest, int line) {
		String argument = rest.strip();
		if (argument.isEmpty()) {
			throw new SqlSyntaxException("DELIMITER without a delimiter at line " + line
					+ ": write the new delimiter after it, e.g. DELIMITER //", line);
		}
		int end = 0;
		while (end < argument.length() && !Character.isWhitespace(argument.charAt(end))) {
			end++;
		}
		String delimiter = argument.substring(0, end);
		String after = argument.substring(end).strip();
		if (!after.isEmpty() && !after.startsWith("--") && !after.startsWith("#") && !after.startsWith("/*")) {
			throw new SqlSyntaxException("Unexpected text '" + after + "' after DELIMITER " + delimiter + " at line "
					+ line + ": a DELIMITER line holds only the new delimiter", line);
		}
		for (char c : delimiter.toCharArray()) {
			if (c == '\'' || c == '"' || c == '`' || c == '\\') {
				throw new SqlSyntaxException("Invalid delimiter '" + delimiter + "' at line " + line
						+ ": a delimiter must not contain quotes or backslashes; use e.g. // or $$", line);
			}
		}
		if (delimiter.startsWith("--") || delimiter.startsWith("#") || delimiter.startsWith("/*")) {
			throw new SqlSyntaxException("Invalid delimiter '" + delimiter + "' at line " + line
					+ ": a delimiter must not start a comment; use e.g. // or $$", line);
		}
		return delimiter;
	}

}
