package dev.migrate.it.commandmode;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A fresh schema in the local PostgreSQL's {@code test} database, dropped on close. A server that
 * is down fails the test: nothing is skipped.
 */
public final class PostgresSchema implements AutoCloseable {

	private static final String SERVER_URL = "jdbc:postgresql://127.0.0.1:5432/test";

	public static final String USER = "postgres";

	private final String name = "migrate_spring_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

	public PostgresSchema() {
		admin("CREATE SCHEMA " + this.name);
	}

	public String name() {
		return this.name;
	}

	/** A JDBC URL whose connections have this schema as their current schema. */
	public String url() {
		return SERVER_URL + "?currentSchema=" + this.name;
	}

	public void execute(String sql) {
		try (Connection connection = DriverManager.getConnection(url(), USER, "");
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private void admin(String sql) {
		try (Connection connection = DriverManager.getConnection(SERVER_URL, USER, "");
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("The local PostgreSQL at " + SERVER_URL + " (user " + USER
					+ ") is needed by this test: " + ex.getMessage(), ex);
		}
	}

	@Override
	public void close() {
		admin("DROP SCHEMA " + this.name + " CASCADE");
	}

}
