package dev.migrate.core.autogen;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import dev.migrate.core.catalog.CheckConstraint;
import dev.migrate.core.catalog.ForeignKey;
import dev.migrate.core.catalog.PrimaryKey;
import dev.migrate.core.catalog.SchemaCatalog;
import dev.migrate.core.catalog.Table;
import dev.migrate.core.catalog.UniqueConstraint;
import dev.migrate.core.catalog.ddl.DdlWriter;
import dev.migrate.core.catalog.diff.Difference;
import dev.migrate.core.catalog.diff.DifferenceKind;

/**
 * The model's catalog made comparable with what the written revisions will build, by the
 * database where it can:
 * <ul>
 * <li>on PostgreSQL, each check constraint is dropped and added again as the DDL writer adds it, and read back:
 * PostgreSQL stores an expression given in {@code CREATE TABLE} (Hibernate's {@code size in (...)}
 * for an enum) in another spelling than the same expression added with {@code ALTER TABLE}, and
 * the revisions add it with {@code ALTER TABLE};</li>
 * <li>on H2, the names H2 made up for unnamed constraints ({@code CONSTRAINT_8}) are replaced by
 * names of their own ({@code ORDERS_PKEY}, {@code PRODUCTS_SKU_KEY}): H2's constraint names are
 * unique in a schema, and a made-up name written into a revision clashes with the ones H2 makes
 * up for the next table.</li>
 * </ul>
 */
final class ModelCatalogs {

	private static final Pattern H2_GENERATED = Pattern.compile("CONSTRAINT_[0-9A-F]+");

	private ModelCatalogs() {
	}

	/**
	 * On PostgreSQL, the statements that drop and add again every check constraint of
	 * {@code catalog}; elsewhere none (MariaDB keeps a column's check with the column, and both it
	 * and H2 store the expression as given).
	 */
	static List<String> reAddChecks(SchemaCatalog catalog, DdlWriter ddl) {
		if (!"postgresql".equals(catalog.dialect())) {
			return List.of();
		}
		List<Difference> drops = new ArrayList<>();
		List<Difference> adds = new ArrayList<>();
		for (Table table : catalog.tables()) {
			for (CheckConstraint check : table.checks()) {
				String object = table.name() + "." + check.name();
				drops.add(new Difference(DifferenceKind.EXTRA_CHECK, table.name(), object, null, check));
				adds.add(new Difference(DifferenceKind.MISSING_CHECK, table.name(), object, check, null));
			}
		}
		if (drops.isEmpty()) {
			return List.of();
		}
		List<String> statements = new ArrayList<>(ddl.forward(drops));
		statements.addAll(ddl.forward(adds));
		return statements;
	}

	/** On H2, the catalog with H2's made-up constraint names replaced; elsewhere the catalog as it is. */
	static SchemaCatalog ownNames(SchemaCatalog catalog) {
		if (!"h2".equals(catalog.dialect())) {
			return catalog;
		}
		List<Table> tables = new ArrayList<>();
		for (Table table : catalog.tables()) {
			PrimaryKey key = table.primaryKey();
			if (key != null && generated(key.name())) {
				key = new PrimaryKey(table.name() + "_PKEY", key.columns());
			}
			List<UniqueConstraint> uniques = table.uniqueConstraints().stream()
				.map((unique) -> generated(unique.name())
						? new UniqueConstraint(name(table, unique.columns(), "KEY"), unique.columns()) : unique)
				.toList();
			List<ForeignKey> foreignKeys = table.foreignKeys().stream()
				.map((fk) -> generated(fk.name()) ? new ForeignKey(name(table, fk.columns(), "FKEY"), fk.columns(),
						fk.referencedTable(), fk.referencedColumns(), fk.onDelete(), fk.onUpdate()) : fk)
				.toList();
			List<CheckConstraint> checks = table.checks().stream()
				.map((check) -> generated(check.name()) ? new CheckConstraint(table.name() + "_CHECK_"
						+ Integer.toHexString(check.expression().hashCode()).toUpperCase(Locale.ROOT), check.expression())
						: check)
				.toList();
			tables.add(new Table(table.name(), table.columns(), key, uniques, table.indexes(), foreignKeys, checks));
		}
		return new SchemaCatalog(catalog.dialect(), catalog.schema(), tables);
	}

	private static boolean generated(String name) {
		return name != null && H2_GENERATED.matcher(name).matches();
	}

	private static String name(Table table, List<String> columns, String suffix) {
		return table.name() + "_" + String.join("_", columns) + "_" + suffix;
	}

}
