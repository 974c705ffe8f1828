package dev.migrate.core.revision;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Rules for revision ids: letters, digits and {@code _}; generated ids are 12 lowercase hex digits. */
public final class RevisionIds {

	/** The longest id the version table's {@code version_num varchar(64)} column holds. */
	public static final int MAX_LENGTH = 64;

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

	/** A fresh random id of 12 lowercase hex digits. */
	public static String generate() {
		byte[] bytes = new byte[6];
		RANDOM.nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

}
