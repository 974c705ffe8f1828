package dev.migrate.core.verify;

import java.sql.Connection;
import java.util.List;
import java.util.Set;

/**
 * Reads a schema's catalog and compares two readings: what up-down-up uses. The default
 * ({@link CatalogDiffComparison}) is the catalog diff of drift and autogenerate; the interface
 * keeps the checks independent of how a catalog is read.
 */
public interface CatalogComparison {

	/**
	 * What {@code schema} holds now, without the tables named in {@code ignored} (migrate's own).
	 * @return an opaque reading, only ever passed back to {@link #differences(Object, Object)}
	 */
	Object capture(Connection connection, String schema, Set<String> ignored);

	/**
	 * Every difference between two readings, each one line naming the object and both sides;
	 * empty when they are the same.
	 */
	List<String> differences(Object expected, Object actual);

}
