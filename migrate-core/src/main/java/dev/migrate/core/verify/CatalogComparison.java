package dev.migrate.core.verify;

import java.sql.Connection;
import java.util.List;
import java.util.Set;

/**
 * Reads a schema's catalog and compares two readings: what up-down-up and the upgrade check use.
 * One implementation reads the catalog through JDBC metadata ({@link MetadataCatalogComparison});
 * the catalog diff of autogenerate and drift can take its place.
 */
public interface CatalogComparison {

	/**
	 * What {@code schema} holds now, without the tables named in {@code ignored} (migrate's own).
	 * @return an opaque reading, only ever passed back to {@link #differences(Object, Object)}
	 */
	Object capture(Connection connection, String schema, Set<String> ignored);

	/**
	 * Every difference between two readings, each one line naming the object and both sides
	 * ("index on bookmarks (title): expected absent, found"); empty when they are the same.
	 */
	List<String> differences(Object expected, Object actual);

}
