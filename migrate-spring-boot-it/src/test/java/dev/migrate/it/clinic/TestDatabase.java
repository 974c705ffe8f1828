package dev.migrate.it.clinic;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A fresh, empty database for one application start, dropped on close: an H2 in-memory database,
 * a schema on the local PostgreSQL, or a database on the local MariaDB (through its own driver or
 * MySQL Connector/J). A server that is down fails the test; nothing is skipped.
 */
enum TestDatabase {

	H2("H2", null),

	POSTGRESQL("PostgreSQL", "classpath:db/clinic/slow-postgresql"),

	MARIADB("MariaDB", "classpath:db/clinic/slow-mariadb"),

	MYSQL_DRIVER_ON_MARIADB("MySQL", "classpath:db/clinic/slow-mariadb");

	private static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/test";

	private static final String MARIADB_SERVER = "jdbc:mariadb://127.0.0.1:3306/";

	/** What {@code DatabaseMetaData.getDatabaseProductName()} reports through this driver. */
	final String productName;

	/** The location of this database's slow revision; H2 gets a Java revision instead. */
	final String slowLocation;

	TestDatabase(String productName, String slowLocation) {
		this.productName = productName;
		this.slowLocation = slowLocation;
	}

	/** Creates a fresh database; {@link Fresh#close()} drops it. */
	Fresh create() {
		String name = "clinic_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		switch (this) {
			case H2:
				return new Fresh(List.of("--spring.datasource.url=jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1"), () -> {
				});
			case POSTGRESQL:
				admin(POSTGRES, "postgres", "CREATE SCHEMA " + name);
				return new Fresh(List.of("--spring.datasource.url=" + POSTGRES + "?currentSchema=" + name,
						"--spring.datasource.username=postgres"),
						() -> admin(POSTGRES, "postgres", "DROP SCHEMA " + name + " CASCADE"));
			default:
				admin(MARIADB_SERVER, "root", "CREATE DATABASE " + name);
				String url = (this == MARIADB) ? MARIADB_SERVER + name : "jdbc:mysql://127.0.0.1:3306/" + name;
				return new Fresh(List.of("--spring.datasource.url=" + url, "--spring.datasource.username=root"),
						() -> admin(MARIADB_SERVER, "root", "DROP DATABASE " + name));
		}
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

	/**
	 * A fresh database.
	 * @param arguments the application arguments that point the application at it
	 * @param drop drops it
	 */
	record Fresh(List<String> arguments, Runnable drop) implements AutoCloseable {

		Fresh {
			arguments = new ArrayList<>(arguments);
		}

		@Override
		public void close() {
			this.drop.run();
		}

	}

}
