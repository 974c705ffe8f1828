package dev.migrate.core.catalog.diff;

import dev.migrate.core.catalog.Column;
import dev.migrate.core.catalog.SchemaObject;

/** The {@code expected}/{@code actual} texts of a difference: the part of the object that differs. */
final class Texts {

	private Texts() {
	}

	static String side(DifferenceKind kind, SchemaObject object) {
		if (object == null) {
			return null;
		}
		if (object instanceof Column column) {
			return switch (kind) {
				case COLUMN_TYPE -> column.type().sql();
				case COLUMN_NULLABILITY -> column.nullable() ? "NULL" : "NOT NULL";
				case COLUMN_DEFAULT -> column.defaultValue();
				case COLUMN_IDENTITY -> column.identity() ? "identity" : "no identity";
				default -> column.describe();
			};
		}
		return object.describe();
	}

}
