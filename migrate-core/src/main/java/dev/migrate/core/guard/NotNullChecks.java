package dev.migrate.core.guard;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The lock-free way to make a column NOT NULL on PostgreSQL 12+, followed across the revisions of
 * one check, base first: {@code ADD CONSTRAINT c CHECK (col IS NOT NULL) NOT VALID}, then (in a
 * later revision) {@code VALIDATE CONSTRAINT c}, then {@code SET NOT NULL}, which uses the valid
 * check instead of scanning the table. Once the check is valid, every row and every insert of the
 * running version already satisfies NOT NULL, so the final step is harmless. Only the revisions
 * of one check are seen: an upgrade that applies the last step alone still reports it.
 */
final class NotNullChecks {

	/** Constraint name to the table and column it checks, for CHECK (col IS NOT NULL) constraints. */
	private final Map<String, String> added = new HashMap<>();

	/** {@code table.column} keys whose NOT NULL check is valid. */
	private final Set<String> valid = new HashSet<>();

	/** Remembers a CHECK (column IS NOT NULL) constraint; valid at once unless added NOT VALID. */
	void added(String constraint, SqlName table, String column, boolean notValid) {
		String key = key(table, column);
		if (constraint != null) {
			this.added.put(simple(constraint), key);
		}
		if (!notValid) {
			this.valid.add(key);
		}
	}

	void validated(String constraint) {
		if (constraint != null && this.added.containsKey(simple(constraint))) {
			this.valid.add(this.added.get(simple(constraint)));
		}
	}

	/** Whether a valid CHECK (column IS NOT NULL) constraint covers {@code column} of {@code table}. */
	boolean covers(SqlName table, String column) {
		return this.valid.contains(key(table, column));
	}

	private static String key(SqlName table, String column) {
		return table.simpleName() + "." + simple(column);
	}

	private static String simple(String name) {
		String last = name.substring(name.lastIndexOf('.') + 1);
		return last.startsWith("\"") ? last.replace("\"", "") : last.replace("`", "").toLowerCase(Locale.ROOT);
	}

}
