package dev.migrate.core.catalog;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

final class PostgresIntrospection implements Introspection {

	@Override
	public List<Table> read(Connection connection, String schema) throws SQLException {
		throw new UnsupportedOperationException("not yet");
	}

}
