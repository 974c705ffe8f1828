package dev.migrate.it.autogen;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A fresh, empty database per test, dropped on close: an H2 in-memory database, a schema on the
 * local PostgreSQL or a database on the local MariaDB. A server that is down fails the test.
 */
enum AutogenDatabase {

	H2("h2"), POSTGRESQL("postgresql"), MARIADB("mariadb");

	private static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/test";

	private static final String MARIADB_SERVER = "jdbc:mariadb://127.0.0.1:3306/";

	final String vendor;

	AutogenDatabase(String vendor) {
		this.vendor = vendor;
	}

	Fresh create() {
		String name = "autogen_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		return switch (this) {
			case H2 -> new Fresh(this, "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", () -> {
				try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:" + name, "sa", "");
						Statement statement = connection.createStatement()) {
					statement.execute("SHUTDOWN");
				}
			});
			case POSTGRESQL -> {
				admin(POSTGRES, "postgres", "CREATE SCHEMA " + name);
				yield new Fresh(this, POSTGRES + "?currentSchema=" + name, "postgres",
						() -> admin(POSTGRES, "postgres", "DROP SCHEMA " + name + " CASCADE"));
			}
			case MARIADB -> {
				admin(MARIADB_SERVER, "root", "CREATE DATABASE " + name);
				yield new Fresh(this, MARIADB_SERVER + name, "root",
						() -> admin(MARIADB_SERVER, "root", "DROP DATABASE " + name));
			}
		};
	}

	private static void admin(String url, String user, String sql) {
		try (Connection connection = DriverManager.getConnection(url, user, "");
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("The local database at " + url + " (user " + user
					+ ") is needed by this test: " + ex.getMessage(), ex);
		}
	}

	interface Drop {

		void run() throws SQLException;

	}

	/** A fresh database: its URL, user (empty password) and a DataSource on it. */
	record Fresh(AutogenDatabase database, String url, String user, Drop drop) implements AutoCloseable {

		DataSource dataSource() {
			return new DriverManagerDataSource(this.url, this.user, "");
		}

		@Override
		public void close() throws SQLException {
			this.drop.run();
		}

	}

}
