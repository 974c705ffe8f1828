package dev.migrate.core.catalog;

import java.util.ArrayList;
import java.util.List;

/** One change of the round-trip corpus: a name and the statements that make it on the base schema. */
record SchemaChange(String name, List<String> statements) {

	static SchemaChange of(String name, String... statements) {
		return new SchemaChange(name, List.of(statements));
	}

	/**
	 * The columns added to {@code table}, a few per change (every column is its own difference, so
	 * each type is still written, applied and reversed on its own statement).
	 */
	static List<SchemaChange> addEach(String table, List<String> columns) {
		List<SchemaChange> changes = new ArrayList<>();
		for (int from = 0; from < columns.size(); from += 6) {
			List<String> some = columns.subList(from, Math.min(from + 6, columns.size()));
			changes.add(new SchemaChange("add columns " + String.join(", ", some),
					some.stream().map(column -> "ALTER TABLE " + table + " ADD COLUMN " + column).toList()));
		}
		return changes;
	}

	@Override
	public String toString() {
		return this.name;
	}

}
