package dev.migrate.spring.autoconfigure.testsupport;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

/** Looks at what a database holds. */
public final class Tables {

	private Tables() {
	}

	/** Whether the connection's current schema (MariaDB: database) has a table of that name, in any case. */
	public static boolean exists(DataSource dataSource, String table) {
		try (Connection connection = dataSource.getConnection();
				PreparedStatement statement = connection.prepareStatement("SELECT COUNT(*) FROM information_schema.tables "
						+ "WHERE LOWER(table_name) = ? AND LOWER(table_schema) = LOWER(?)")) {
			statement.setString(1, table.toLowerCase());
			// MariaDB calls its databases catalogs and has no schema.
			statement.setString(2, (connection.getSchema() != null) ? connection.getSchema() : connection.getCatalog());
			try (ResultSet rows = statement.executeQuery()) {
				rows.next();
				return rows.getInt(1) > 0;
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
