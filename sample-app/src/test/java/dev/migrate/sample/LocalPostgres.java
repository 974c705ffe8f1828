package dev.migrate.sample;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/** A fresh schema on the local PostgreSQL (127.0.0.1:5432, user postgres, database test). */
final class LocalPostgres implements AutoCloseable {

	static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/test";

	final String schema = "sample_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);

	LocalPostgres() {
		execute("CREATE SCHEMA " + this.schema);
	}

	String url() {
		return SERVER + "?currentSchema=" + this.schema;
	}

	boolean exists(String sql) {
		try (Connection connection = DriverManager.getConnection(url(), "postgres", "");
				Statement statement = connection.createStatement()) {
			return statement.executeQuery(sql).next();
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private void execute(String sql) {
		try (Connection connection = DriverManager.getConnection(SERVER, "postgres", "");
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("The local PostgreSQL is not usable (" + ex.getMessage()
					+ "); start it with .ci/run", ex);
		}
	}

	@Override
	public void close() {
		// the tenants' schemas too (<schema>_a, _b, _c), where a test made them
		for (String tenant : new String[] { "_a", "_b", "_c" }) {
			execute("DROP SCHEMA IF EXISTS " + this.schema + tenant + " CASCADE");
		}
		execute("DROP SCHEMA " + this.schema + " CASCADE");
	}

}
