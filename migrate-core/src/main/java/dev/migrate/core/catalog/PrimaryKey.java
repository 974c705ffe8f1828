package dev.migrate.core.catalog;

import java.util.List;

/**
 * A primary key.
 *
 * @param name the constraint's name (generated names included), or {@code null} where the database
 * names none (MariaDB's is always {@code PRIMARY})
 * @param columns its columns in key order
 */
public record PrimaryKey(String name, List<String> columns) implements SchemaObject {

	public PrimaryKey {
		columns = List.copyOf(columns);
		if (columns.isEmpty()) {
			throw new IllegalArgumentException("A primary key needs columns");
		}
	}

	@Override
	public String describe() {
		return "PRIMARY KEY (" + String.join(", ", this.columns) + ")";
	}

}
