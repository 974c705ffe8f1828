package dev.migrate.core.guard;

import java.util.List;
import java.util.Locale;

/**
 * A possibly schema-qualified name as written in a statement, e.g. {@code app."User Accounts"}.
 *
 * @param text the name as written, quotes included, for messages
 * @param parts the parts as the database sees them: unquoted parts folded, quoted parts unquoted
 */
record SqlName(String text, List<String> parts) {

	SqlName {
		parts = List.copyOf(parts);
		if (parts.isEmpty()) {
			throw new IllegalArgumentException("A name needs at least one part: '" + text + "'");
		}
	}

	/** The last part: the object's own name without its schema. */
	String simpleName() {
		return this.parts.get(this.parts.size() - 1);
	}

	/** The schema (the part before the last), or {@code null} when unqualified. */
	String schema() {
		return (this.parts.size() > 1) ? this.parts.get(this.parts.size() - 2) : null;
	}

	/**
	 * Whether both names may denote the same object: same simple name, and same schema when both
	 * name one (an unqualified name may resolve to either schema through the search path).
	 */
	boolean sameObject(SqlName other) {
		if (!simpleName().equals(other.simpleName())) {
			return false;
		}
		return schema() == null || other.schema() == null || schema().equals(other.schema());
	}

	/**
	 * How one database folds an identifier part: PostgreSQL folds unquoted names to lower case and
	 * keeps quoted ones; H2 folds unquoted names to upper case (shown here in lower case, so quoted
	 * upper-case names match); MariaDB compares table names ignoring case on the usual setups.
	 */
	static String fold(String dialect, String part, boolean quoted) {
		if (dialect.equals("mariadb")) {
			return part.toLowerCase(Locale.ROOT);
		}
		if (dialect.equals("h2")) {
			if (!quoted) {
				return part.toLowerCase(Locale.ROOT);
			}
			return part.equals(part.toUpperCase(Locale.ROOT)) ? part.toLowerCase(Locale.ROOT) : part;
		}
		return quoted ? part : part.toLowerCase(Locale.ROOT);
	}

	@Override
	public String toString() {
		return this.text;
	}

}
