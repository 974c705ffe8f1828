package dev.migrate.core.catalog;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What one schema holds, as {@link CatalogReader} read it: its tables sorted by name, migrate's own
 * tables left out.
 *
 * @param dialect the name of the dialect that read it ({@code postgresql}, {@code mariadb}, {@code h2})
 * @param schema the schema (on MariaDB, the database) it was read from
 * @param tables its tables, sorted by name
 */
public record SchemaCatalog(String dialect, String schema, List<Table> tables) {

	public SchemaCatalog {
		tables = tables.stream().sorted(Comparator.comparing(table -> Names.key(table.name()))).toList();
	}

	/** The table named {@code name}, ignoring case. */
	public Optional<Table> table(String name) {
		String key = Names.key(name);
		return this.tables.stream().filter(table -> Names.key(table.name()).equals(key)).findFirst();
	}

	public boolean isEmpty() {
		return this.tables.isEmpty();
	}

}
