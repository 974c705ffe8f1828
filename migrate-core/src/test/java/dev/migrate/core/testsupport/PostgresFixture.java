package dev.migrate.core.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import dev.migrate.core.dialect.Dialect;
import dev.migrate.core.dialect.PostgresDialect;

/** A fresh schema in the local PostgreSQL's {@code test} database, the connections' current schema. */
public final class PostgresFixture extends DatabaseFixture {

	private static final String SERVER_URL = "jdbc:postgresql://127.0.0.1:5432/test";

	private static final String USER = "postgres";

	private final String schema = uniqueName();

	private final String url = SERVER_URL + "?currentSchema=" + this.schema;

	private final DataSource dataSource = new DriverManagerDataSource(this.url, USER, "");

	public PostgresFixture() {
		try {
			admin(createSchemaSql(this.schema));
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
		return new PostgresDialect();
	}

	@Override
	public String schema() {
		return this.schema;
	}

	@Override
	protected String productName() {
		return "PostgreSQL";
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
		admin(dropSchemaSql(this.schema));
	}

}
