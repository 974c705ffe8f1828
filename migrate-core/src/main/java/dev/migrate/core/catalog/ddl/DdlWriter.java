package dev.migrate.core.catalog.ddl;

import java.util.List;

import dev.migrate.core.catalog.diff.CatalogDiff;
import dev.migrate.core.catalog.diff.Difference;
import dev.migrate.core.dialect.Dialect;

/**
 * Writes the DDL that closes differences on one database. Statements are unqualified (they run in
 * the connection's current schema, as revision bodies do), identifiers quoted only where they need
 * it, each statement without its terminating semicolon, in an order the database accepts (drops of
 * foreign keys first, new tables before the keys that reference them, ...).
 */
public interface DdlWriter {

	/** The writer for {@code dialect}: PostgreSQL, MariaDB/MySQL or H2. */
	static DdlWriter forDialect(Dialect dialect) {
		return switch (dialect.name()) {
			case "postgresql" -> new PostgresDdl(dialect);
			case "mariadb" -> new MariaDbDdl(dialect);
			case "h2" -> new H2Ddl(dialect);
			default -> throw new IllegalArgumentException("No DDL writer for dialect " + dialect.name()
					+ ": migrate writes postgresql, mariadb and h2");
		};
	}

	/** The statements that turn each difference's actual side into its expected side. */
	List<String> forward(List<Difference> differences);

	/** The statements that turn each difference's expected side back into its actual side (the downgrade). */
	default List<String> reverse(List<Difference> differences) {
		return forward(differences.stream().map(Difference::inverse).toList());
	}

	default List<String> forward(CatalogDiff diff) {
		return forward(diff.differences());
	}

	default List<String> reverse(CatalogDiff diff) {
		return reverse(diff.differences());
	}

}
