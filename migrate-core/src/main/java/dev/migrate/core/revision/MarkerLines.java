package dev.migrate.core.revision;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells the section markers of a revision file apart from everything else, and refuses every line
 * that looks like a marker but is not one. A mistyped downgrade marker that passed as a comment
 * would run the downgrade as part of the upgrade, so the rules err on the side of an error:
 * <ul>
 * <li>A line that starts with a comment opener ({@code --}, {@code #}, {@code //} or
 * {@code /*}), optional spaces, {@code migrate}, optional spaces and {@code :} is marker-like. It
 * must be {@code -- migrate:upgrade} or {@code -- migrate:downgrade} (spaces after {@code --} and
 * letter case are free, nothing else may differ) or an allow comment
 * {@code migrate:allow <rule> <reason>}, which the guard reads in every comment form.</li>
 * <li>A line that does not start like SQL (a letter, digit, {@code _} or quote) whose first words
 * are {@code migrate} and a word starting with {@code up} or {@code down}, or whose letters alone
 * spell a marker, is a near miss: {@code -- migrate downgrade}, {@code ---migrate:downgrade}, a
 * non-breaking space or full-width colon in the marker.</li>
 * <li>A marker comment after other text on the same line ({@code SELECT 1; -- migrate:downgrade})
 * is an error too: markers stand alone on their line.</li>
 * </ul>
 * Lines are judged one by one, without knowing whether they sit inside a string or a block
 * comment: like the markers themselves, the rule is about lines.
 */
final class MarkerLines {

	/** What a line of a revision file's body is. */
	enum Kind {

		UPGRADE, DOWNGRADE, ALLOW, OTHER

	}

	static final String VALID = "'-- migrate:upgrade', '-- migrate:downgrade' or '-- migrate:allow <rule> <reason>'";

	private static final String[] OPENERS = { "--", "#", "//", "/*" };

	/** A marker-like comment after other text; not {@code //}, which URLs in strings hold. */
	private static final Pattern INLINE_MARKER = Pattern.compile(
			"(--|#|/\\*)[^\\p{L}\\p{N}_]*migrate[^\\p{L}\\p{N}_]*(up|down)",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private MarkerLines() {
	}

	/**
	 * Classifies one stripped line.
	 *
	 * @throws RevisionFileException naming {@code source} and {@code number} when the line looks
	 * like a marker but is none
	 */
	static Kind classify(String source, int number, String line) {
		if (line.isEmpty()) {
			return Kind.OTHER;
		}
		String opener = opener(line);
		if (opener != null) {
			Kind kind = markerLike(source, number, line, opener);
			if (kind != null) {
				return kind;
			}
		}
		if (!startsLikeSql(line.charAt(0)) && nearMiss(line)) {
			throw new RevisionFileException(source, number, "'" + line + "' looks like a section marker but is not "
					+ "one; write " + suggestion(letters(line)) + " exactly (a '--' comment, 'migrate:' without spaces "
					+ "around the colon), or reword the comment. The markers are " + VALID);
		}
		if (containsMigrate(line)) {
			Matcher inline = INLINE_MARKER.matcher(line);
			if (inline.find() && inline.start() > 0) {
				throw new RevisionFileException(source, number, "section marker after other text on line: '" + line
						+ "'; a marker stands alone on its line: move '" + inline.group().strip() + "...' to a line of "
						+ "its own, or reword the comment. The markers are " + VALID);
			}
		}
		return Kind.OTHER;
	}

	/**
	 * Whether {@link #classify} would find the stripped line {@code text[start, end)} to be
	 * {@link Kind#OTHER} without a second look, decided where the line stands, without cutting it
	 * out: most lines of a file are SQL or comments that cannot be mistaken for a marker. A line
	 * that starts like SQL is plain unless it holds {@code migrate}. Any other line is plain when it
	 * holds no {@code migrate} and its first letter is an ASCII letter other than {@code m}, with
	 * only ASCII before it, or it has no letter at all and is ASCII: every marker-like line and near
	 * miss starts its letters with {@code m} (or a non-ASCII letter that matches {@code m} ignoring
	 * case). {@code false} means only that {@link #classify} must decide.
	 */
	static boolean isPlain(String text, int start, int end) {
		if (start == end) {
			return true;
		}
		if (startsLikeSql(text.charAt(start))) {
			return !containsMigrate(text, start, end);
		}
		for (int i = start; i < end; i++) {
			char c = text.charAt(i);
			if (c >= 0x80) {
				return false;
			}
			if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
				if (c == 'm' || c == 'M') {
					return false;
				}
				break;
			}
		}
		return !containsMigrate(text, start, end);
	}

	/** The kind of a line starting with {@code opener}, or {@code null} when it is not marker-like. */
	private static Kind markerLike(String source, int number, String line, String opener) {
		int word = skipSpace(line, opener.length());
		if (!line.regionMatches(true, word, "migrate", 0, 7)) {
			return null;
		}
		int colon = skipSpace(line, word + 7);
		if (colon >= line.length() || line.charAt(colon) != ':') {
			return null;
		}
		String after = line.substring(colon + 1);
		boolean tight = colon == word + 7;
		if (tight && isAllow(after)) {
			return Kind.ALLOW;
		}
		if (tight && opener.equals("--")) {
			if (after.equalsIgnoreCase("upgrade")) {
				return Kind.UPGRADE;
			}
			if (after.equalsIgnoreCase("downgrade")) {
				return Kind.DOWNGRADE;
			}
		}
		String problem = opener.equals("--") ? "is not a section marker"
				: "is not a section marker: markers are '--' line comments, not '" + opener + "' comments";
		throw new RevisionFileException(source, number, "'" + line + "' " + problem + "; a line starting with "
				+ "'-- migrate:' must be exactly " + VALID + " (did you mean " + suggestion(letters(after)) + "?)");
	}

	private static boolean isAllow(String after) {
		return after.regionMatches(true, 0, "allow", 0, 5)
				&& (after.length() == 5 || Character.isWhitespace(after.charAt(5)) || after.startsWith("*/", 5));
	}

	private static String opener(String line) {
		for (String opener : OPENERS) {
			if (line.startsWith(opener)) {
				return opener;
			}
		}
		return null;
	}

	/** The marker the letters after {@code migrate} come closest to, quoted. */
	private static String suggestion(String letters) {
		String word = letters.startsWith("migrate") ? letters.substring(7) : letters;
		if (word.startsWith("down")) {
			return "'-- migrate:downgrade'";
		}
		if (word.startsWith("up")) {
			return "'-- migrate:upgrade'";
		}
		if (word.startsWith("allow")) {
			return "'-- migrate:allow <rule> <reason>'";
		}
		return "one of them";
	}

	/**
	 * Whether the line's words are {@code migrate} and then one starting with {@code up} or
	 * {@code down} ({@code -- migrate downgrades}, {@code -- migrate-down}), or its letters alone
	 * spell a marker ({@code -- mi grate:downgrade}). A comment such as {@code -- migrate down the
	 * old rows} is refused too: it costs a rewording, where a near miss taken for a comment would
	 * run the downgrade during the upgrade.
	 */
	private static boolean nearMiss(String line) {
		String letters = letters(line);
		if (letters.equals("migrateupgrade") || letters.equals("migratedowngrade") || letters.equals("migrateup")
				|| letters.equals("migratedown")) {
			return true;
		}
		String[] words = line.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
		int first = (words.length > 0 && words[0].isEmpty()) ? 1 : 0;
		return words.length > first + 1 && words[first].equals("migrate")
				&& (words[first + 1].startsWith("up") || words[first + 1].startsWith("down"));
	}

	/** The line's letters, lower case, without anything else. */
	private static String letters(String line) {
		StringBuilder letters = new StringBuilder(line.length());
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (Character.isLetter(c)) {
				letters.append(c);
			}
		}
		return letters.toString().toLowerCase(Locale.ROOT);
	}

	private static boolean startsLikeSql(char c) {
		return Character.isLetterOrDigit(c) || c == '_' || c == '\'' || c == '"' || c == '`';
	}

	private static boolean containsMigrate(String line) {
		return containsMigrate(line, 0, line.length());
	}

	private static boolean containsMigrate(String text, int start, int end) {
		for (int i = end - 7; i >= start; i--) {
			char c = text.charAt(i);
			if ((c == 'm' || c == 'M') && text.regionMatches(true, i, "migrate", 0, 7)) {
				return true;
			}
		}
		return false;
	}

	private static int skipSpace(String line, int from) {
		int i = from;
		while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
			i++;
		}
		return i;
	}

}
