package dev.migrate.core.catalog.ddl;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.migrate.core.catalog.CheckConstraint;
import dev.migrate.core.catalog.Column;
import dev.migrate.core.catalog.ForeignKey;
import dev.migrate.core.catalog.Index;
import dev.migrate.core.catalog.Names;
import dev.migrate.core.catalog.PrimaryKey;
import dev.migrate.core.catalog.Table;
import dev.migrate.core.catalog.UniqueConstraint;
import dev.migrate.core.catalog.diff.Difference;
import dev.migrate.core.catalog.diff.DifferenceKind;
import dev.migrate.core.dialect.Dialect;

/**
 * The order every database accepts: first what holds others back is dropped (foreign keys, then
 * checks, indexes, unique and primary keys, then tables and columns), then tables and columns are
 * created and altered, then keys, checks and indexes added, foreign keys last. Each database says
 * how each statement is spelled.
 */
abstract class SqlDdl implements DdlWriter {

	private static final Set<DifferenceKind> COLUMN_CHANGES = EnumSet.of(DifferenceKind.COLUMN_TYPE,
			DifferenceKind.COLUMN_NULLABILITY, DifferenceKind.COLUMN_DEFAULT, DifferenceKind.COLUMN_IDENTITY);

	final Dialect dialect;

	final Quoting quoting;

	SqlDdl(Dialect dialect) {
		this.dialect = dialect;
		this.quoting = new Quoting(dialect);
	}

	@Override
	public List<String> forward(List<Difference> differences) {
		List<String> sql = new ArrayList<>();
		for (Difference d : differences) {
			if (d.kind() == DifferenceKind.EXTRA_FOREIGN_KEY) {
				sql.add(dropForeignKey(d.table(), (ForeignKey) d.actual()));
			}
			else if (d.kind() == DifferenceKind.EXTRA_TABLE) {
				Table table = (Table) d.actual();
				table.foreignKeys().forEach(key -> sql.add(dropForeignKey(table.name(), key)));
			}
		}
		for (Difference d : differences) {
			switch (d.kind()) {
				case EXTRA_CHECK -> sql.add(dropCheck(d.table(), (CheckConstraint) d.actual()));
				case EXTRA_INDEX -> sql.add(dropIndex(d.table(), (Index) d.actual()));
				case EXTRA_UNIQUE -> sql.add(dropUnique(d.table(), (UniqueConstraint) d.actual()));
				case PRIMARY_KEY -> {
					if (d.actual() != null && !keyChangesWithColumns()) {
						sql.add(dropPrimaryKey(d.table(), (PrimaryKey) d.actual()));
					}
				}
				default -> {
				}
			}
		}
		for (Difference d : differences) {
			if (d.kind() == DifferenceKind.EXTRA_TABLE) {
				sql.add("DROP TABLE " + name(d.table()));
			}
			else if (d.kind() == DifferenceKind.EXTRA_COLUMN) {
				sql.add(alter(d.table()) + " DROP COLUMN " + name(((Column) d.actual()).name()));
			}
		}
		List<Table> created = new ArrayList<>();
		for (Difference d : differences) {
			if (d.kind() == DifferenceKind.MISSING_TABLE) {
				Table table = (Table) d.expected();
				created.add(table);
				sql.add(createTable(table));
			}
			else if (d.kind() == DifferenceKind.MISSING_COLUMN) {
				sql.add(alter(d.table()) + " ADD COLUMN " + columnDefinition((Column) d.expected()));
			}
		}
		if (keyChangesWithColumns()) {
			sql.addAll(alterTables(differences));
		}
		else {
			columnChanges(differences).forEach((key, changes) -> sql.addAll(alterColumn(changes.get(0).table(), changes)));
		}
		for (Difference d : differences) {
			switch (d.kind()) {
				case PRIMARY_KEY -> {
					if (d.expected() != null && !keyChangesWithColumns()) {
						sql.add(addPrimaryKey(d.table(), (PrimaryKey) d.expected()));
					}
				}
				case MISSING_UNIQUE -> sql.add(addUnique(d.table(), (UniqueConstraint) d.expected()));
				case MISSING_CHECK -> sql.add(addCheck(d.table(), (CheckConstraint) d.expected()));
				default -> {
				}
			}
		}
		for (Table table : created) {
			table.indexes().forEach(index -> sql.add(createIndex(table.name(), index)));
		}
		for (Difference d : differences) {
			if (d.kind() == DifferenceKind.MISSING_INDEX) {
				sql.add(createIndex(d.table(), (Index) d.expected()));
			}
		}
		for (Table table : created) {
			table.foreignKeys().forEach(key -> sql.add(addForeignKey(table.name(), key)));
		}
		for (Difference d : differences) {
			if (d.kind() == DifferenceKind.MISSING_FOREIGN_KEY) {
				sql.add(addForeignKey(d.table(), (ForeignKey) d.expected()));
			}
		}
		return List.copyOf(sql);
	}

	/**
	 * Whether a table's column changes and its primary key change go into one statement (MariaDB,
	 * where an AUTO_INCREMENT column must be a key and a foreign key must keep an index at every step).
	 */
	boolean keyChangesWithColumns() {
		return false;
	}

	/** With {@link #keyChangesWithColumns()}: one statement per table for its column and primary key changes. */
	private List<String> alterTables(List<Difference> differences) {
		Map<String, List<Difference>> byTable = new LinkedHashMap<>();
		for (Difference d : differences) {
			if (COLUMN_CHANGES.contains(d.kind()) || d.kind() == DifferenceKind.PRIMARY_KEY) {
				byTable.computeIfAbsent(Names.key(d.table()), key -> new ArrayList<>()).add(d);
			}
		}
		List<String> sql = new ArrayList<>();
		byTable.forEach((key, changes) -> {
			Difference primaryKey = changes.stream().filter(d -> d.kind() == DifferenceKind.PRIMARY_KEY).findFirst().orElse(null);
			List<List<Difference>> columns = new ArrayList<>(columnChanges(changes).values());
			sql.addAll(alterTable(changes.get(0).table(), columns, primaryKey));
		});
		return sql;
	}

	/**
	 * With {@link #keyChangesWithColumns()}: the statements for one table's column changes (per
	 * column) and primary key change, or {@code null}.
	 */
	List<String> alterTable(String table, List<List<Difference>> columns, Difference primaryKey) {
		throw new UnsupportedOperationException(this.dialect.name() + " alters columns one by one");
	}

	/** The column changes of each column, in the order given. */
	private static Map<String, List<Difference>> columnChanges(List<Difference> differences) {
		Map<String, List<Difference>> changes = new LinkedHashMap<>();
		for (Difference d : differences) {
			if (COLUMN_CHANGES.contains(d.kind())) {
				changes.computeIfAbsent(Names.key(d.object()), key -> new ArrayList<>()).add(d);
			}
		}
		return changes;
	}

	/**
	 * The column as it is with only the given changes made: a change left out of {@code changes}
	 * (another revision's, e.g. a contract step) stays as it is.
	 */
	static Column changed(List<Difference> changes) {
		Column column = (Column) changes.get(0).actual();
		for (Difference change : changes) {
			Column expected = (Column) change.expected();
			column = switch (change.kind()) {
				case COLUMN_TYPE -> column.withType(expected.type());
				case COLUMN_NULLABILITY -> column.withNullable(expected.nullable());
				case COLUMN_DEFAULT -> column.withDefault(expected.defaultValue());
				default -> new Column(column.name(), column.type(), column.nullable(),
						expected.identity() ? null : column.defaultValue(), expected.identity());
			};
		}
		return column;
	}

	static boolean has(List<Difference> changes, DifferenceKind kind) {
		return changes.stream().anyMatch(change -> change.kind() == kind);
	}

	String name(String name) {
		return this.quoting.name(name);
	}

	String alter(String table) {
		return "ALTER TABLE " + name(table);
	}

	String createTable(Table table) {
		List<String> parts = new ArrayList<>();
		table.columns().forEach(column -> parts.add(columnDefinition(column)));
		if (table.primaryKey() != null) {
			parts.add(constraint(table.primaryKey().name()) + "PRIMARY KEY (" + this.quoting.keys(table.primaryKey().columns()) + ")");
		}
		table.uniqueConstraints().forEach(unique -> parts.add(uniqueDefinition(unique)));
		table.checks().forEach(check -> parts.add(constraint(check.name()) + "CHECK (" + check.expression() + ")"));
		return "CREATE TABLE " + name(table.name()) + " (\n    " + String.join(",\n    ", parts) + "\n)";
	}

	String constraint(String name) {
		return (name != null) ? "CONSTRAINT " + name(name) + " " : "";
	}

	String uniqueDefinition(UniqueConstraint unique) {
		return constraint(unique.name()) + "UNIQUE (" + this.quoting.keys(unique.columns()) + ")";
	}

	String dropForeignKey(String table, ForeignKey key) {
		return alter(table) + " DROP CONSTRAINT " + name(key.name());
	}

	String dropCheck(String table, CheckConstraint check) {
		return alter(table) + " DROP CONSTRAINT " + name(check.name());
	}

	String dropUnique(String table, UniqueConstraint unique) {
		return alter(table) + " DROP CONSTRAINT " + name(unique.name());
	}

	String dropPrimaryKey(String table, PrimaryKey key) {
		return alter(table) + " DROP CONSTRAINT " + name(key.name());
	}

	String dropIndex(String table, Index index) {
		return "DROP INDEX " + name(index.name());
	}

	String addPrimaryKey(String table, PrimaryKey key) {
		return alter(table) + " ADD " + constraint(key.name()) + "PRIMARY KEY (" + this.quoting.keys(key.columns()) + ")";
	}

	String addUnique(String table, UniqueConstraint unique) {
		return alter(table) + " ADD " + uniqueDefinition(unique);
	}

	String addCheck(String table, CheckConstraint check) {
		return alter(table) + " ADD " + constraint(check.name()) + "CHECK (" + check.expression() + ")";
	}

	String createIndex(String table, Index index) {
		return "CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX " + name(index.name()) + " ON " + name(table) + " ("
				+ this.quoting.keys(index.columns()) + ")" + ((index.predicate() != null) ? " WHERE " + index.predicate() : "");
	}

	String addForeignKey(String table, ForeignKey key) {
		return alter(table) + " ADD " + constraint(key.name()) + "FOREIGN KEY (" + this.quoting.names(key.columns())
				+ ") REFERENCES " + name(key.referencedTable()) + " (" + this.quoting.names(key.referencedColumns()) + ")"
				+ " ON DELETE " + key.onDelete().sql() + " ON UPDATE " + key.onUpdate().sql();
	}

	/** {@code name type [DEFAULT ...] [NOT NULL]}, with identity, as this database writes it. */
	abstract String columnDefinition(Column column);

	/** The statements that make the column changes in {@code changes} (all of one column). */
	abstract List<String> alterColumn(String table, List<Difference> changes);

}
