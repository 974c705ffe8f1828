package dev.migrate.core.testsupport;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import dev.migrate.core.dialect.Dialect;

/**
 * A fresh, uniquely named database or schema on one of the local test servers, dropped on
 * {@link #close()}. On creation it checks that the server really is the product it claims to be,
 * and a server that is down fails the test: nothing is ever skipped.
 */
public abstract class DatabaseFixture implements AutoCloseable {

	private final List<String> extraSchemas = new ArrayList<>();

	/** The JDBC URL of the fresh database, whose current schema is {@link #schema()}. */
	public abstract String jdbcUrl();

	/** Connections to the fresh database. */
	public abstract DataSource dataSource();

	/** The dialect that serves this database. */
	public abstract Dialect dialect();

	/** The connection's current schema (on MariaDB, its database), exactly as the catalog names it. */
	public abstract String schema();

	/** The product name the server must report. */
	protected abstract String productName();

	/** Runs {@code sql} with administrative rights, outside the fresh database where needed. */
	protected abstract void admin(String sql) throws SQLException;

	/** Drops the fresh database itself. */
	protected abstract void dropDatabase() throws SQLException;

	/** Another fresh schema (on MariaDB, database) beside {@link #schema()}, dropped on close. */
	public String createSchema() {
		String name = uniqueName();
		try {
			admin(createSchemaSql(name));
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create schema " + name + " on " + productName(), ex);
		}
		this.extraSchemas.add(name);
		return name;
	}

	protected String createSchemaSql(String name) {
		return "CREATE SCHEMA " + dialect().quote(name);
	}

	protected String dropSchemaSql(String name) {
		return "DROP SCHEMA " + dialect().quote(name) + " CASCADE";
	}

	public Connection connection() throws SQLException {
		return dataSource().getConnection();
	}

	/** Runs each statement on a new connection to the fresh database. */
	public void execute(String... statements) {
		try (Connection connection = connection(); Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Test SQL failed on " + productName() + ": " + ex.getMessage(), ex);
		}
	}

	@Override
	public void close() {
		try {
			for (String schema : this.extraSchemas) {
				admin(dropSchemaSql(schema));
			}
			dropDatabase();
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not drop the test database on " + productName(), ex);
		}
	}

	/** Fails unless the fresh database answers and is {@link #productName()}. */
	protected final void checkProduct() {
		try (Connection connection = connection()) {
			String actual = connection.getMetaData().getDatabaseProductName();
			if (!productName().equals(actual)) {
				throw new AssertionError("Expected " + productName() + " at " + jdbcUrl() + " but connected to " + actual);
			}
		}
		catch (SQLException ex) {
			throw unreachable(ex);
		}
	}

	protected final IllegalStateException unreachable(SQLException ex) {
		return new IllegalStateException(productName() + " test server is not usable (" + ex.getMessage()
				+ "); start the local databases with .ci/run", ex);
	}

	/** A lower-case name no other test uses, valid unquoted on every database. */
	protected static String uniqueName() {
		return "mt_" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
	}

}
