package dev.migrate.core.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import dev.migrate.core.dialect.Dialect;
import dev.migrate.core.dialect.MariaDbDialect;

/** A fresh database on the local MariaDB; on MariaDB a schema is a database. */
public final class MariaDbFixture extends DatabaseFixture {

	private static final String SERVER_URL = "jdbc:mariadb://127.0.0.1:3306/";

	private static final String USER = "root";

	private final String database = uniqueName();

	private final String url = SERVER_URL + this.database;

	private final DataSource dataSource = new DriverManagerDataSource(this.url, USER, "");

	public MariaDbFixture() {
		try {
			admin(createSchemaSql(this.database));
		}
		catch (SQLException ex) {
			throw unreachable(ex);
		}
		checkProduct();
	}

	@Override
	public String jdbcUrl() {
		return this.url;
	}

	@Override
	public DataSource dataSource() {
		return this.dataSource;
	}

	@Override
	public Dialect dialect() {
		return new MariaDbDialect();
	}

	@Override
	public String schema() {
		return this.database;
	}

	@Override
	protected String productName() {
		return "MariaDB";
	}

	@Override
	protected String createSchemaSql(String name) {
		return "CREATE DATABASE " + dialect().quote(name);
	}

	@Override
	protected String dropSchemaSql(String name) {
		return "DROP DATABASE " + dialect().quote(name);
	}

	@Override
	protected void admin(String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(SERVER_URL, USER, "");
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	@Override
	protected void dropDatabase() throws SQLException {
		admin(dropSchemaSql(this.database));
	}

}
