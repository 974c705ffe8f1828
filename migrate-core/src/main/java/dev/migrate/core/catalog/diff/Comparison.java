package dev.migrate.core.catalog.diff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import dev.migrate.core.catalog.CheckConstraint;
import dev.migrate.core.catalog.Column;
import dev.migrate.core.catalog.ForeignKey;
import dev.migrate.core.catalog.Index;
import dev.migrate.core.catalog.Names;
import dev.migrate.core.catalog.PrimaryKey;
import dev.migrate.core.catalog.SchemaCatalog;
import dev.migrate.core.catalog.SchemaObject;
import dev.migrate.core.catalog.Table;
import dev.migrate.core.catalog.UniqueConstraint;

/**
 * One comparator per kind of object, as Alembic's autogenerate has them: tables and columns by
 * name, the rest by content.
 */
final class Comparison {

	private final List<Difference> differences = new ArrayList<>();

	private Comparison() {
	}

	static List<Difference> compare(SchemaCatalog expected, SchemaCatalog actual) {
		Comparison comparison = new Comparison();
		comparison.tables(expected.tables(), actual.tables());
		List<Difference> sorted = new ArrayList<>(comparison.differences);
		sorted.sort(Comparator.comparing((Difference d) -> Names.key(d.table()))
			.thenComparing(Difference::kind)
			.thenComparing(d -> Names.key(d.object())));
		return sorted;
	}

	private void tables(List<Table> expected, List<Table> actual) {
		Map<String, Table> actualByName = byName(actual, Table::name);
		Map<String, Table> expectedByName = byName(expected, Table::name);
		for (Table table : expected) {
			Table other = actualByName.get(Names.key(table.name()));
			if (other == null) {
				add(DifferenceKind.MISSING_TABLE, table.name(), table.name(), table, null);
			}
			else {
				table(table, other);
			}
		}
		for (Table table : actual) {
			if (!expectedByName.containsKey(Names.key(table.name()))) {
				add(DifferenceKind.EXTRA_TABLE, table.name(), table.name(), null, table);
			}
		}
	}

	private void table(Table expected, Table actual) {
		String table = actual.name();
		columns(table, expected.columns(), actual.columns());
		primaryKey(table, expected.primaryKey(), actual.primaryKey());
		matchByContent(table, expected.uniqueConstraints(), actual.uniqueConstraints(), u -> Names.keys(u.columns()),
				UniqueConstraint::name, DifferenceKind.MISSING_UNIQUE);
		matchByContent(table, expected.indexes(), actual.indexes(), Comparison::indexKey, Index::name,
				DifferenceKind.MISSING_INDEX);
		matchByContent(table, expected.foreignKeys(), actual.foreignKeys(), Comparison::foreignKeyKey, ForeignKey::name,
				DifferenceKind.MISSING_FOREIGN_KEY);
		matchByContent(table, expected.checks(), actual.checks(), c -> c.expression().strip().replaceAll("\\s+", " "),
				CheckConstraint::name, DifferenceKind.MISSING_CHECK);
	}

	private void columns(String table, List<Column> expected, List<Column> actual) {
		Map<String, Column> actualByName = byName(actual, Column::name);
		Map<String, Column> expectedByName = byName(expected, Column::name);
		for (Column column : expected) {
			Column other = actualByName.get(Names.key(column.name()));
			String object = table + "." + column.name();
			if (other == null) {
				add(DifferenceKind.MISSING_COLUMN, table, object, column, null);
				continue;
			}
			if (!column.type().equals(other.type())) {
				add(DifferenceKind.COLUMN_TYPE, table, object, column, other);
			}
			if (column.nullable() != other.nullable()) {
				add(DifferenceKind.COLUMN_NULLABILITY, table, object, column, other);
			}
			if (column.identity() != other.identity()) {
				add(DifferenceKind.COLUMN_IDENTITY, table, object, column, other);
			}
			if (!Objects.equals(column.defaultValue(), other.defaultValue())) {
				add(DifferenceKind.COLUMN_DEFAULT, table, object, column, other);
			}
		}
		for (Column column : actual) {
			if (!expectedByName.containsKey(Names.key(column.name()))) {
				add(DifferenceKind.EXTRA_COLUMN, table, table + "." + column.name(), null, column);
			}
		}
	}

	private void primaryKey(String table, PrimaryKey expected, PrimaryKey actual) {
		List<String> expectedColumns = (expected != null) ? Names.keys(expected.columns()) : null;
		List<String> actualColumns = (actual != null) ? Names.keys(actual.columns()) : null;
		if (!Objects.equals(expectedColumns, actualColumns)) {
			String name = (actual != null && actual.name() != null) ? actual.name()
					: (expected != null && expected.name() != null) ? expected.name() : "primary key";
			add(DifferenceKind.PRIMARY_KEY, table, table + "." + name, expected, actual);
		}
	}

	/** Pairs equal contents one to one (a table may hold two equal indexes); what is left differs. */
	private <T extends SchemaObject> void matchByContent(String table, List<T> expected, List<T> actual,
			Function<T, Object> content, Function<T, String> name, DifferenceKind missing) {
		List<T> unmatched = new ArrayList<>(actual);
		for (T object : expected) {
			Object key = content.apply(object);
			T match = unmatched.stream().filter(other -> content.apply(other).equals(key)).findFirst().orElse(null);
			if (match != null) {
				unmatched.remove(match);
			}
			else {
				add(missing, table, table + "." + name.apply(object), object, null);
			}
		}
		for (T object : unmatched) {
			add(missing.inverse(), table, table + "." + name.apply(object), null, object);
		}
	}

	private static Object indexKey(Index index) {
		return List.of(index.unique(), Names.keys(index.columns()), Objects.toString(index.predicate(), ""));
	}

	private static Object foreignKeyKey(ForeignKey key) {
		return List.of(Names.keys(key.columns()), Names.key(key.referencedTable()), Names.keys(key.referencedColumns()),
				key.onDelete(), key.onUpdate());
	}

	private void add(DifferenceKind kind, String table, String object, SchemaObject expected, SchemaObject actual) {
		this.differences.add(new Difference(kind, table, object, expected, actual));
	}

	private static <T> Map<String, T> byName(List<T> objects, Function<T, String> name) {
		Map<String, T> map = new LinkedHashMap<>();
		for (T object : objects) {
			map.putIfAbsent(Names.key(name.apply(object)), object);
		}
		return map;
	}

}
