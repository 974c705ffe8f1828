package dev.migrate.core.catalog.diff;

import java.util.Locale;

/**
 * What differs. Each kind has a stable id (the {@code kind} of {@code drift --json}); the
 * "missing" kinds are in the expected catalog only, the "extra" kinds in the actual one only.
 */
public enum DifferenceKind {

	MISSING_TABLE, EXTRA_TABLE,

	MISSING_COLUMN, EXTRA_COLUMN,

	/** The column's type, length, precision or scale. */
	COLUMN_TYPE,

	COLUMN_NULLABILITY,

	COLUMN_DEFAULT,

	/** Whether the database generates the column's values (identity, serial, AUTO_INCREMENT). */
	COLUMN_IDENTITY,

	/** The primary key: added, removed or over other columns (expected or actual may be absent). */
	PRIMARY_KEY,

	MISSING_INDEX, EXTRA_INDEX,

	MISSING_UNIQUE, EXTRA_UNIQUE,

	MISSING_FOREIGN_KEY, EXTRA_FOREIGN_KEY,

	MISSING_CHECK, EXTRA_CHECK;

	/** The stable id: {@code missing-table}, {@code column-type}, ... */
	public String id() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** The kind that the same difference has with expected and actual swapped. */
	public DifferenceKind inverse() {
		return switch (this) {
			case MISSING_TABLE -> EXTRA_TABLE;
			case EXTRA_TABLE -> MISSING_TABLE;
			case MISSING_COLUMN -> EXTRA_COLUMN;
			case EXTRA_COLUMN -> MISSING_COLUMN;
			case MISSING_INDEX -> EXTRA_INDEX;
			case EXTRA_INDEX -> MISSING_INDEX;
			case MISSING_UNIQUE -> EXTRA_UNIQUE;
			case EXTRA_UNIQUE -> MISSING_UNIQUE;
			case MISSING_FOREIGN_KEY -> EXTRA_FOREIGN_KEY;
			case EXTRA_FOREIGN_KEY -> MISSING_FOREIGN_KEY;
			case MISSING_CHECK -> EXTRA_CHECK;
			case EXTRA_CHECK -> MISSING_CHECK;
			default -> this;
		};
	}

	/** The kind whose id is {@code id}. */
	public static DifferenceKind fromId(String id) {
		for (DifferenceKind kind : values()) {
			if (kind.id().equals(id)) {
				return kind;
			}
		}
		throw new IllegalArgumentException("Unknown difference kind '" + id + "'");
	}

}
