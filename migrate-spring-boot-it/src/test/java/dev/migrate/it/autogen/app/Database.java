package dev.migrate.it.autogen.app;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;

/** A fresh database for the command-mode runs of one test, dropped on close. */
enum Database {

	H2, POSTGRESQL;

	private static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/test";

	Fresh create() {
		String name = "autogen_app_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		if (this == H2) {
			String url = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
			return new Fresh(List.of("--spring.datasource.url=" + url), () -> admin("jdbc:h2:mem:" + name, "sa", "SHUTDOWN"));
		}
		admin(POSTGRES, "postgres", "CREATE SCHEMA " + name);
		return new Fresh(List.of("--spring.datasource.url=" + POSTGRES + "?currentSchema=" + name,
				"--spring.datasource.username=postgres"), () -> admin(POSTGRES, "postgres", "DROP SCHEMA " + name + " CASCADE"));
	}

	private static void admin(String url, String user, String sql) {
		try (Connection connection = DriverManager.getConnection(url, user, "");
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("The local database at " + url + " is needed by this test: " + ex.getMessage(), ex);
		}
	}

	record Fresh(List<String> arguments, Runnable drop) implements AutoCloseable {

		@Override
		public void close() {
			this.drop.run();
		}

	}

}
