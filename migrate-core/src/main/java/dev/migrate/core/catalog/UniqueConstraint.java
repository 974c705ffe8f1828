package dev.migrate.core.catalog;

import java.util.List;

/**
 * A unique constraint. On MariaDB, where a unique constraint is a unique index, every unique index
 * over plain columns reads as one.
 *
 * @param name the constraint's name (generated names included)
 * @param columns its columns in order
 */
public record UniqueConstraint(String name, List<String> columns) implements SchemaObject {

	public UniqueConstraint {
		Names.require("A unique constraint", name);
		columns = List.copyOf(columns);
	}

	@Override
	public String describe() {
		return "UNIQUE (" + String.join(", ", this.columns) + ")";
	}

}
