package dev.migrate.core.revision;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** Rules for revision ids: letters, digits and {@code _}; generated ids are 12 lowercase hex digits. */
public final class RevisionIds {

	/** The longest id the version table's {@code version_num varchar(64)} column holds. */
	public static final int MAX_LENGTH = 64;

	private static final Pattern VALID = Pattern.compile("[A-Za-z0-9_]{1," + MAX_LENGTH + "}");

	private static final SecureRandom RANDOM = new SecureRandom();

	private RevisionIds() {
	}

	/** Whether {@code id} is a well-formed revision id. */
	public static boolean isValid(String id) {
		return id != null && VALID.matcher(id).matches();
	}

	/** A fresh random id of 12 lowercase hex digits. */
	public static String generate() {
		byte[] bytes = new byte[6];
		RANDOM.nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

}
