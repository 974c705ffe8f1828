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

	/** Online DDL asked for: MariaDB fails the statement rather than copy the table or block writes. */
	private static final String ONLINE = ", ALGORITHM=INPLACE, LOCK=NONE";

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

	/**
	 * Without a primary key change, one statement per column, so that a change InnoDB makes in place
	 * asks for it ({@code ALGORITHM=INPLACE, LOCK=NONE}: MariaDB refuses rather than lock) apart from
	 * one that copies the table.
	 */
	@Override
	List<String> alterTable(String table, List<List<Difference>> columns, Difference primaryKey) {
		if (primaryKey == null) {
			List<String> sql = new ArrayList<>();
			for (List<Difference> changes : columns) {
				Column before = (Column) changes.get(0).actual();
				Column after = changed(changes);
				String modify = alter(table) + " MODIFY COLUMN " + columnDefinition(after);
				if (before.type().equals(after.type()) && before.identity() == after.identity()) {
					sql.add(modify + ONLINE);
				}
				else if (before.identity() == after.identity() && Widenings.mariadb(before.type(), after.type())) {
					sql.add(Widenings.allow(before.type().sql() + " to " + after.type().sql() + " keeps the length "
							+ "prefix's size: InnoDB changes it in place (or refuses), and the running version reads and "
							+ "writes it as before") + modify + ONLINE);
				}
				else {
					sql.add(modify);
				}
			}
			return sql;
		}
		List<String> clauses = new ArrayList<>();
		if (primaryKey != null && primaryKey.actual() != null) {
			clauses.add("DROP PRIMARY KEY");
		}
		columns.forEach(changes -> clauses.add("MODIFY COLUMN " + columnDefinition(changed(changes))));
		if (primaryKey != null && primaryKey.expected() != null) {
			clauses.add("ADD PRIMARY KEY (" + this.quoting.keys(((PrimaryKey) primaryKey.expected()).columns()) + ")");
		}
		return List.of(alter(table) + " " + String.join(", ", clauses));
	}

	@Override
	String createIndex(String table, Index index) {
		return super.createIndex(table, index) + " ALGORITHM=INPLACE LOCK=NONE";
	}

	@Override
	String addUnique(String table, UniqueConstraint unique) {
		return super.addUnique(table, unique) + ONLINE;
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
