package dev.migrate.it.rolling;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A fresh database for one rolling deploy, dropped on close: a schema on the local PostgreSQL or a
 * database on the local MariaDB. A server that is down fails the test.
 */
final class RollingDatabase implements AutoCloseable {

	private static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/test";

	private static final String MARIADB = "jdbc:mariadb://127.0.0.1:3306/";

	private final String server;

	private final String user;

	private final String name = "rolling_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

	private final String url;

	private final String productName;

	private RollingDatabase(String server, String user, boolean postgres) {
		this.server = server;
		this.user = user;
		this.url = postgres ? server + "?currentSchema=" + this.name : server + this.name;
		this.productName = postgres ? "PostgreSQL" : "MariaDB";
		admin((postgres ? "CREATE SCHEMA " : "CREATE DATABASE ") + this.name);
	}

	static RollingDatabase postgres() {
		return new RollingDatabase(POSTGRES, "postgres", true).checked();
	}

	static RollingDatabase mariadb() {
		return new RollingDatabase(MARIADB, "root", false).checked();
	}

	private RollingDatabase checked() {
		try (Connection connection = connect()) {
			String actual = connection.getMetaData().getDatabaseProductName();
			if (!this.productName.equals(actual)) {
				throw new AssertionError("Expected " + this.productName + " at " + this.url + " but found " + actual);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
		return this;
	}

	/** What points an application at this database. */
	List<String> arguments() {
		return List.of("--spring.datasource.url=" + this.url, "--spring.datasource.username=" + this.user,
				"--spring.datasource.password=");
	}

	Connection connect() throws SQLException {
		return DriverManager.getConnection(this.url, this.user, "");
	}

	/** The columns of {@code table}, lower case. */
	List<String> columns(String table) {
		List<String> names = new ArrayList<>();
		try (Connection connection = connect(); Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
			for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
				names.add(rows.getMetaData().getColumnName(i).toLowerCase(Locale.ROOT));
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
		return names;
	}

	/** How many times the history table records an upgrade of {@code revision}. */
	int upgrades(String revision) {
		try (Connection connection = connect();
				var statement = connection.prepareStatement(
						"SELECT count(*) FROM migrate_history WHERE revision = ? AND operation = 'upgrade'")) {
			statement.setString(1, revision);
			try (ResultSet rows = statement.executeQuery()) {
				rows.next();
				return rows.getInt(1);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private void admin(String sql) {
		try (Connection connection = DriverManager.getConnection(this.server, this.user, "");
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("The local database at " + this.server + " (user " + this.user
					+ ") is needed by this test: " + ex.getMessage(), ex);
		}
	}

	@Override
	public void close() {
		admin(this.server.equals(POSTGRES) ? "DROP SCHEMA " + this.name + " CASCADE" : "DROP DATABASE " + this.name);
	}

}
