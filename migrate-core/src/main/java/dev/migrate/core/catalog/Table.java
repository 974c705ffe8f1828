package dev.migrate.core.catalog;

import java.util.List;
import java.util.Optional;

/**
 * A base table with its columns (in their ordinal order) and constraints.
 *
 * @param name the table's name as the catalog spells it
 * @param columns its columns in order
 * @param primaryKey its primary key, or {@code null}
 * @param uniqueConstraints its unique constraints
 * @param indexes its indexes that no constraint created
 * @param foreignKeys its foreign keys
 * @param checks its check constraints
 */
public record Table(String name, List<Column> columns, PrimaryKey primaryKey, List<UniqueConstraint> uniqueConstraints,
		List<Index> indexes, List<ForeignKey> foreignKeys, List<CheckConstraint> checks) implements SchemaObject {

	public Table {
		Names.require("A table", name);
		columns = List.copyOf(columns);
		uniqueConstraints = List.copyOf(uniqueConstraints);
		indexes = List.copyOf(indexes);
		foreignKeys = List.copyOf(foreignKeys);
		checks = List.copyOf(checks);
	}

	/** The column named {@code name}, ignoring case. */
	public Optional<Column> column(String name) {
		String key = Names.key(name);
		return this.columns.stream().filter(column -> Names.key(column.name()).equals(key)).findFirst();
	}

	@Override
	public String describe() {
		return "table " + this.name + " (" + String.join(", ",
				this.columns.stream().map(column -> column.name() + " " + column.describe()).toList()) + ")";
	}

}
