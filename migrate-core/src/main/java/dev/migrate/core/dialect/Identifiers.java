package dev.migrate.core.dialect;

import java.util.regex.Pattern;

import dev.migrate.core.ErrorCode;
import dev.migrate.core.MigrateException;

/**
 * The rule for identifiers a user configures (schema and table names). They end up inside DDL and
 * catalog SQL, so only plain names pass: no quotes, dots, spaces or semicolons, hence no
 * identifier injection. The length limit is PostgreSQL's, the smallest of the supported databases,
 * so that a configuration that works on one works on all.
 */
public final class Identifiers {

	/** The longest identifier accepted: PostgreSQL's NAMEDATALEN - 1. */
	public static final int MAX_LENGTH = 63;

	private static final Pattern VALID = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0," + (MAX_LENGTH - 1) + "}");

	private Identifiers() {
	}

	/** Whether {@code name} is an acceptable identifier. */
	public static boolean isValid(String name) {
		return name != null && VALID.matcher(name).matches();
	}

	/**
	 * Returns {@code value} when it is an acceptable identifier.
	 * @param setting the setting that configured it, named in the error (e.g. {@code migrate.schema})
	 * @throws MigrateException ({@link ErrorCode#USAGE}) naming the setting and the value otherwise
	 */
	public static String requireValid(String setting, String value) {
		if (!isValid(value)) {
			String shown = (value != null) ? "'" + value + "'" : "null";
			throw new MigrateException(ErrorCode.USAGE, "Invalid " + setting + " " + shown
					+ ": use a letter or '_' followed by letters, digits or '_', at most " + MAX_LENGTH
					+ " characters (names are used exactly as written, case included)");
		}
		return value;
	}

}
