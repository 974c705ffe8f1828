package dev.migrate.core.dialect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import dev.migrate.core.ErrorCode;
import dev.migrate.core.MigrateException;

/**
 * Runs a dialect's catalog queries: the current schema, whether a table exists, and which other
 * tables a schema holds (a schema with tables but no version table is legacy). Names compare
 * exactly, even where the database's catalog compares ignoring case, because migrate quotes its
 * identifiers.
 */
public final class DatabaseCatalog {

	private final Dialect dialect;

	public DatabaseCatalog(Dialect dialect) {
		this.dialect = Objects.requireNonNull(dialect, "dialect");
	}

	/**
	 * The connection's current schema (on MariaDB/MySQL, its current database).
	 * @throws MigrateException ({@link ErrorCode#USAGE}) when the connection has none
	 */
	public String currentSchema(Connection connection) {
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(this.dialect.currentSchemaQuery())) {
			String schema = rows.next() ? rows.getString(1) : null;
			if (schema == null) {
				throw new MigrateException(ErrorCode.USAGE, "The " + this.dialect.name()
						+ " connection has no current schema: set migrate.schema (--schema)"
						+ " or name a database or schema in the JDBC URL");
			}
			return schema;
		}
		catch (SQLException ex) {
			throw failure("read the current schema", ex);
		}
	}

	/** Whether {@code schema} holds a table named exactly {@code table}. */
	public boolean tableExists(Connection connection, String schema, String table) {
		Objects.requireNonNull(schema, "schema");
		// Filtered by name in the database: a schema may hold thousands of tables.
		try (PreparedStatement statement = connection.prepareStatement(this.dialect.tableQuery())) {
			statement.setString(1, schema);
			statement.setString(2, table);
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					if (schema.equals(rows.getString(1)) && table.equals(rows.getString(2))) {
						return true;
					}
				}
			}
		}
		catch (SQLException ex) {
			throw failure("list the tables of schema '" + schema + "'", ex);
		}
		return false;
	}

	/** The names of the tables in {@code schema} (named exactly so), sorted. */
	public List<String> tableNames(Connection connection, String schema) {
		Objects.requireNonNull(schema, "schema");
		List<String> names = new ArrayList<>();
		try (PreparedStatement statement = connection.prepareStatement(this.dialect.tablesQuery())) {
			statement.setString(1, schema);
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					if (schema.equals(rows.getString(1))) {
						names.add(rows.getString(2));
					}
				}
			}
		}
		catch (SQLException ex) {
			throw failure("list the tables of schema '" + schema + "'", ex);
		}
		names.sort(null);
		return List.copyOf(names);
	}

	/** The tables of {@code schema} other than {@code ours}, sorted: a legacy schema has some. */
	public List<String> otherTables(Connection connection, String schema, Collection<String> ours) {
		return tableNames(connection, schema).stream().filter(name -> !ours.contains(name)).toList();
	}

	private MigrateException failure(String what, SQLException ex) {
		return new MigrateException(ErrorCode.DATABASE,
				"Could not " + what + " on " + this.dialect.name() + ": " + ex.getMessage(), ex);
	}

}
