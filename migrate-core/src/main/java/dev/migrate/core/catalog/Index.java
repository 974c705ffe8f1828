package dev.migrate.core.catalog;

import java.util.List;

/**
 * An index that no constraint created (indexes backing a primary key, unique constraint or, where
 * the database creates one, a foreign key are part of that constraint).
 *
 * @param name its name
 * @param columns its keys in order: column names, or expressions as the database prints them; a
 * descending key ends with {@code " DESC"}
 * @param unique whether it is unique
 * @param predicate the {@code WHERE} of a partial index as the database prints it, or {@code null}
 */
public record Index(String name, List<String> columns, boolean unique, String predicate) implements SchemaObject {

	public Index {
		Names.require("An index", name);
		columns = List.copyOf(columns);
	}

	@Override
	public String describe() {
		return (this.unique ? "UNIQUE " : "") + "INDEX (" + String.join(", ", this.columns) + ")"
				+ ((this.predicate != null) ? " WHERE " + this.predicate : "");
	}

}
