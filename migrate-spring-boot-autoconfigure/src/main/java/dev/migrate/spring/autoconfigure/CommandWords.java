package dev.migrate.spring.autoconfigure;

import java.util.ArrayList;
import java.util.List;

import dev.migrate.core.ErrorCode;
import dev.migrate.core.MigrateException;

/**
 * Splits {@code migrate.command} into the words of a command line, as a POSIX shell does:
 * whitespace separates words, single quotes keep everything literally, double quotes keep
 * whitespace and single quotes (a backslash escapes {@code "} and {@code \} in them), and a
 * backslash outside quotes escapes the next character. No variables, globs or substitutions:
 * the value is a command, not a script.
 */
final class CommandWords {

	private CommandWords() {
	}

	static List<String> split(String command) {
		List<String> words = new ArrayList<>();
		StringBuilder word = new StringBuilder();
		boolean inWord = false;
		int i = 0;
		while (i < command.length()) {
			char c = command.charAt(i);
			if (Character.isWhitespace(c)) {
				if (inWord) {
					words.add(word.toString());
					word.setLength(0);
					inWord = false;
				}
				i++;
				continue;
			}
			inWord = true;
			if (c == '\'') {
				int end = command.indexOf('\'', i + 1);
				if (end < 0) {
					throw unclosed(command, '\'', i);
				}
				word.append(command, i + 1, end);
				i = end + 1;
			}
			else if (c == '"') {
				i = doubleQuoted(command, i, word);
			}
			else if (c == '\\' && i + 1 < command.length()) {
				word.append(command.charAt(i + 1));
				i += 2;
			}
			else {
				word.append(c);
				i++;
			}
		}
		if (inWord) {
			words.add(word.toString());
		}
		return List.copyOf(words);
	}

	/** Appends the double-quoted text that starts at {@code start}; returns the index after the closing quote. */
	private static int doubleQuoted(String command, int start, StringBuilder word) {
		int i = start + 1;
		while (i < command.length()) {
			char c = command.charAt(i);
			if (c == '"') {
				return i + 1;
			}
			if (c == '\\' && i + 1 < command.length() && (command.charAt(i + 1) == '"' || command.charAt(i + 1) == '\\')) {
				word.append(command.charAt(i + 1));
				i += 2;
			}
			else {
				word.append(c);
				i++;
			}
		}
		throw unclosed(command, '"', start);
	}

	private static MigrateException unclosed(String command, char quote, int at) {
		return new MigrateException(ErrorCode.USAGE, "migrate.command '" + command + "' has an unclosed " + quote
				+ " at position " + (at + 1) + "; close it, e.g. --migrate.command=\"revision -m 'add phone'\"");
	}

}
