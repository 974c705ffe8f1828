package dev.migrate.core.revision;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Rules for revision ids: letters, digits and {@code _}; generated ids are 12 lowercase hex digits.
 * The words of the target vocabulary are reserved: neither an id nor a branch label.
 */
public final class RevisionIds {

	/** The longest id the version table's {@code version_num varchar(64)} column holds. */
	public static final int MAX_LENGTH = 64;

	/** The target words that no revision id or branch label may be, in any case. */
	public static final List<String> RESERVED = List.of("none", "base", "head", "heads");

	private static final SecureRandom RANDOM = new SecureRandom();

	private RevisionIds() {
	}

	/** Whether {@code id} is a well-formed revision id. */
	public static boolean isValid(String id) {
		if (id == null || id.isEmpty() || id.length() > MAX_LENGTH) {
			return false;
		}
		// [A-Za-z0-9_]{1,64}, by hand: every revision file checks a few ids
		for (int i = 0; i < id.length(); i++) {
			char c = id.charAt(i);
			if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Whether {@code word} is a target word ({@code none}, {@code base}, {@code head},
	 * {@code heads}), ignoring case: as an id or label it would shadow the target, or be shadowed.
	 */
	public static boolean isReserved(String word) {
		return word != null && RESERVED.contains(word.toLowerCase(Locale.ROOT));
	}

	/** What to say when {@code word}, listed under {@code field}, is reserved. */
	static String reservedProblem(String word, String field) {
		return "'" + word + "' in " + field + " is a reserved word (" + String.join(", ", RESERVED) + " are targets) "
				+ "and cannot be a revision id or branch label; choose another";
	}

	/** A fresh random id of 12 lowercase hex digits. */
	public static String generate() {
		byte[] bytes = new byte[6];
		RANDOM.nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

}
