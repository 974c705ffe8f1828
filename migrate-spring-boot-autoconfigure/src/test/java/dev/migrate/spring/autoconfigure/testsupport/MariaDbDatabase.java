package dev.migrate.spring.autoconfigure.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/** A fresh database on the local MariaDB, dropped on close. A server that is down fails the test. */
public final class MariaDbDatabase implements AutoCloseable {

	private static final String SERVER_URL = "jdbc:mariadb://127.0.0.1:3306/";

	public static final String USER = "root";

	private final String name = "migrate_spring_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

	public MariaDbDatabase() {
		admin("CREATE DATABASE " + this.name);
	}

	public String url() {
		return SERVER_URL + this.name;
	}

	private void admin(String sql) {
		try (Connection connection = DriverManager.getConnection(SERVER_URL, USER, "");
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("The local MariaDB at " + SERVER_URL + " (user " + USER
					+ ") is needed by this test: " + ex.getMessage(), ex);
		}
	}

	@Override
	public void close() {
		admin("DROP DATABASE " + this.name);
	}

}
