package dev.migrate.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/** The benchmark's own access to the server: databases created and dropped per run, and checks. */
final class Postgres {

	private final String server;

	private final String user;

	/** @param server the URL without a database, e.g. {@code jdbc:postgresql://127.0.0.1:5432/} */
	Postgres(String server, String user) {
		this.server = server.endsWith("/") ? server : server + "/";
		this.user = user;
	}

	String url(String database) {
		return this.server + database;
	}

	String user() {
		return this.user;
	}

	void create(String database) {
		drop(database);
		admin("CREATE DATABASE " + database);
	}

	void drop(String database) {
		admin("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
	}

	/** Runs {@code sql} (several statements, each ended by a semicolon) in one transaction. */
	void execute(String database, String sql) {
		try (Connection connection = connect(database); Statement statement = connection.createStatement()) {
			connection.setAutoCommit(false);
			statement.execute(sql);
			connection.commit();
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not prepare " + database + ": " + ex.getMessage(), ex);
		}
	}

	long count(String database, String sql) {
		try (Connection connection = connect(database); Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getLong(1);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not run " + sql + " on " + database + ": " + ex.getMessage(), ex);
		}
	}

	String text(String database, String sql) {
		try (Connection connection = connect(database); Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getString(1);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not run " + sql + " on " + database + ": " + ex.getMessage(), ex);
		}
	}

	private void admin(String sql) {
		try (Connection connection = connect("postgres"); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not run " + sql + ": " + ex.getMessage(), ex);
		}
	}

	private Connection connect(String database) throws SQLException {
		Properties properties = new Properties();
		properties.setProperty("user", this.user);
		return DriverManager.getConnection(url(database), properties);
	}

}
