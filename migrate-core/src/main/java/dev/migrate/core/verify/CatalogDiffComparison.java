package dev.migrate.core.verify;

import java.sql.Connection;
import java.util.List;
import java.util.Set;

import dev.migrate.core.catalog.CatalogReader;
import dev.migrate.core.catalog.SchemaCatalog;
import dev.migrate.core.catalog.diff.CatalogDiff;
import dev.migrate.core.catalog.diff.Difference;

/**
 * Catalogs read and compared as drift and autogenerate do ({@link CatalogReader}, {@link CatalogDiff}):
 * keys, indexes and constraints by content, never by their generated names.
 */
public final class CatalogDiffComparison implements CatalogComparison {

	@Override
	public Object capture(Connection connection, String schema, Set<String> ignored) {
		return CatalogReader.of(connection).excluding(ignored).read(connection, schema);
	}

	@Override
	public List<String> differences(Object expected, Object actual) {
		return CatalogDiff.between((SchemaCatalog) expected, (SchemaCatalog) actual)
			.differences()
			.stream()
			.map(Difference::describe)
			.toList();
	}

}
