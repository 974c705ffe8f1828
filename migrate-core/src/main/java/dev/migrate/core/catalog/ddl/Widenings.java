package dev.migrate.core.catalog.ddl;

import java.util.Objects;
import java.util.Set;

import dev.migrate.core.catalog.ColumnType;

/**
 * Type changes a database makes without rewriting the table, and that the running application
 * version keeps reading and writing: a longer {@code varchar}, a {@code numeric} with more digits
 * and the same scale. For these the DDL carries the guard's {@code migrate:allow alter-column-type}
 * comment with its reason; every other type change keeps the guard's finding, the review signal
 * that it needs the expand/contract recipe (a new column, backfilled).
 */
final class Widenings {

	private static final Set<String> PG_TEXT = Set.of("character varying", "varchar", "text");

	private static final Set<String> PG_FRACTIONAL = Set.of("timestamp without time zone", "timestamp with time zone",
			"time without time zone", "time with time zone", "interval");

	private Widenings() {
	}

	/**
	 * PostgreSQL: the binary-compatible changes its {@code ALTER COLUMN TYPE} (without {@code USING})
	 * makes as a catalog change: a longer or unbounded {@code varchar}, {@code varchar} to
	 * {@code text}, more precision at the same scale (or none), more fractional digits.
	 */
	static boolean postgres(ColumnType from, ColumnType to) {
		String a = from.name();
		String b = to.name();
		if (PG_TEXT.contains(a) && PG_TEXT.contains(b)) {
			return b.equals("text") || (!a.equals("text") && atLeast(to.length(), from.length()));
		}
		if (a.equals("numeric") && b.equals("numeric")) {
			return (to.precision() == null && to.scale() == null)
					|| (Objects.equals(from.scale(), to.scale()) && atLeast(to.precision(), from.precision()));
		}
		return a.equals(b) && PG_FRACTIONAL.contains(a) && atLeast(to.precision(), from.precision());
	}

	/** H2: a longer {@code character varying}, a {@code numeric} with more digits and the same scale. */
	static boolean h2(ColumnType from, ColumnType to) {
		if (!from.name().equals(to.name())) {
			return false;
		}
		String name = from.name().toLowerCase(java.util.Locale.ROOT);
		if (name.equals("character varying")) {
			return atLeast(to.length(), from.length());
		}
		return (name.equals("numeric") || name.equals("decimal")) && Objects.equals(from.scale(), to.scale())
				&& atLeast(to.precision(), from.precision());
	}

	/**
	 * MariaDB: a longer {@code varchar} whose length prefix keeps its size (one byte up to 255 bytes,
	 * two above) in the usual character sets (1, 3 and 4 bytes a character): InnoDB changes it in
	 * place, with {@code ALGORITHM=INPLACE, LOCK=NONE}.
	 */
	static boolean mariadb(ColumnType from, ColumnType to) {
		if (!from.name().equals("varchar") || !to.name().equals("varchar") || from.length() == null
				|| to.length() == null || to.length() < from.length()) {
			return false;
		}
		for (int bytes : new int[] { 1, 3, 4 }) {
			if ((from.length() * bytes > 255) != (to.length() * bytes > 255)) {
				return false;
			}
		}
		return true;
	}

	static String allow(String reason) {
		return "-- migrate:allow alter-column-type " + reason + "\n";
	}

	/** {@code null} means the type's own maximum. */
	private static boolean atLeast(Integer wider, Integer narrower) {
		return wider == null || (narrower != null && wider >= narrower);
	}

}
