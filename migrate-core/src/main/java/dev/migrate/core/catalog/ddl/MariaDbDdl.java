package dev.migrate.core.catalog.ddl;

import java.util.ArrayList;
import java.util.List;

import dev.migrate.core.catalog.CheckConstraint;
import dev.migrate.core.catalog.Column;
import dev.migrate.core.catalog.ForeignKey;
import dev.migrate.core.catalog.Index;
import dev.migrate.core.catalog.PrimaryKey;
import dev.migrate.core.catalog.UniqueConstraint;
import dev.migrate.core.catalog.diff.Difference;
import dev.migrate.core.dialect.Dialect;

/**
 * MariaDB/MySQL: a column changes with one {@code MODIFY COLUMN} carrying its whole definition, in
 * one statement with the table's other column changes and its primary key change;
 * foreign keys, unique keys and the primary key drop with their own clauses; nullability is always
 * written out, since a bare {@code timestamp} is not nullable everywhere.
 */
final class MariaDbDdl extends SqlDdl {

	MariaDbDdl(Dialect dialect) {
		super(dialect);
	}

	@Override
	String columnDefinition(Column column) {
		return name(column.name()) + " " + column.type().sql() + (column.nullable() ? " NULL" : " NOT NULL")
				+ ((column.defaultValue() != null) ? " DEFAULT " + column.defaultValue() : "")
				+ (column.identity() ? " AUTO_INCREMENT" : "");
	}

	@Override
	List<String> alterColumn(String table, List<Difference> changes) {
		return List.of(alter(table) + " MODIFY COLUMN " + columnDefinition(changed(changes)));
	}

	@Override
	boolean keyChangesWithColumns() {
		return true;
	}

	@Override
	String alterTable(String table, List<List<Difference>> columns, Difference primaryKey) {
		List<String> clauses = new ArrayList<>();
		if (primaryKey != null && primaryKey.actual() != null) {
			clauses.add("DROP PRIMARY KEY");
		}
		columns.forEach(changes -> clauses.add("MODIFY COLUMN " + columnDefinition(changed(changes))));
		if (primaryKey != null && primaryKey.expected() != null) {
			clauses.add("ADD PRIMARY KEY (" + this.quoting.keys(((PrimaryKey) primaryKey.expected()).columns()) + ")");
		}
		return alter(table) + " " + String.join(", ", clauses);
	}

	@Override
	String constraint(String name) {
		return (name != null && !name.equals("PRIMARY")) ? "CONSTRAINT " + name(name) + " " : "";
	}

	@Override
	String dropForeignKey(String table, ForeignKey key) {
		return alter(table) + " DROP FOREIGN KEY " + name(key.name());
	}

	/**
	 * {@code IF EXISTS}: a check written on a column (MariaDB's {@code json} type has one) is part of
	 * the column, which {@code DROP CONSTRAINT} does not find; it goes when the column goes.
	 */
	@Override
	String dropCheck(String table, CheckConstraint check) {
		return alter(table) + " DROP CONSTRAINT IF EXISTS " + name(check.name());
	}

	@Override
	String dropUnique(String table, UniqueConstraint unique) {
		return alter(table) + " DROP INDEX " + name(unique.name());
	}

	@Override
	String dropPrimaryKey(String table, PrimaryKey key) {
		return alter(table) + " DROP PRIMARY KEY";
	}

	@Override
	String dropIndex(String table, Index index) {
		return "DROP INDEX " + name(index.name()) + " ON " + name(table);
	}

}
