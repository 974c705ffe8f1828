package dev.migrate.core.catalog;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import dev.migrate.core.dialect.Dialect;

/** How one database's catalog is read: one small implementation per database. */
interface Introspection {

	/** Every base table of {@code schema}, fully read. */
	List<Table> read(Connection connection, String schema) throws SQLException;

	static Introspection forDialect(Dialect dialect) {
		return switch (dialect.name()) {
			case "postgresql" -> new PostgresIntrospection();
			case "mariadb" -> new MariaDbIntrospection();
			case "h2" -> new H2Introspection();
			default -> throw new IllegalArgumentException("No catalog reader for dialect " + dialect.name()
					+ ": migrate reads postgresql, mariadb and h2");
		};
	}

}
