package dev.migrate.core.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The parts of a schema's tables as the catalog queries find them, assembled into {@link Table}s. */
final class TableSet {

	private final Map<String, Parts> tables = new LinkedHashMap<>();

	/** Registers a table; parts of tables not registered are ignored (views, other schemas). */
	void table(String name) {
		this.tables.putIfAbsent(name, new Parts());
	}

	boolean contains(String name) {
		return this.tables.containsKey(name);
	}

	List<String> names() {
		return List.copyOf(this.tables.keySet());
	}

	void column(String table, Column column) {
		with(table, parts -> parts.columns.add(column));
	}

	void primaryKey(String table, PrimaryKey primaryKey) {
		with(table, parts -> parts.primaryKey = primaryKey);
	}

	void unique(String table, UniqueConstraint unique) {
		with(table, parts -> parts.uniques.add(unique));
	}

	void index(String table, Index index) {
		with(table, parts -> parts.indexes.add(index));
	}

	void foreignKey(String table, ForeignKey foreignKey) {
		with(table, parts -> parts.foreignKeys.add(foreignKey));
	}

	void check(String table, CheckConstraint check) {
		with(table, parts -> parts.checks.add(check));
	}

	List<Table> build() {
		List<Table> built = new ArrayList<>();
		this.tables.forEach((name, parts) -> built.add(new Table(name, parts.columns, parts.primaryKey, parts.uniques,
				parts.indexes, parts.foreignKeys, parts.checks)));
		return built;
	}

	private void with(String table, java.util.function.Consumer<Parts> action) {
		Parts parts = this.tables.get(table);
		if (parts != null) {
			action.accept(parts);
		}
	}

	private static final class Parts {

		final List<Column> columns = new ArrayList<>();

		PrimaryKey primaryKey;

		final List<UniqueConstraint> uniques = new ArrayList<>();

		final List<Index> indexes = new ArrayList<>();

		final List<ForeignKey> foreignKeys = new ArrayList<>();

		final List<CheckConstraint> checks = new ArrayList<>();

	}

}
