package dev.migrate.core.dialect;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;


import dev.migrate.core.sql.SqlSyntax;

/**
 * What migrate needs to know about one kind of database: how its SQL is lexed, whether its DDL is
 * transactional, how it quotes identifiers, the DDL of migrate's tables and its catalog queries.
 * One small implementation per database; {@link Dialects} picks one. Implementations are
 * immutable and hold no connection.
 *
 * <p>How a run locks the database is the lock package's choice
 * ({@code dev.migrate.core.lock.DatabaseLocks}), made from the dialect: locks use dialects, never
 * the other way round.
 */
public interface Dialect {

	/** The dialect's name, as {@code --dialect} takes it: {@code postgresql}, {@code mariadb}, {@code h2}. */
	String name();

	/** Further names {@code --dialect} accepts for this dialect, e.g. {@code mysql} for MariaDB's. */
	default List<String> aliases() {
		return List.of();
	}

	/** The values of {@code DatabaseMetaData.getDatabaseProductName()} this dialect serves. */
	List<String> productNames();

	/** The JDBC URL prefixes of this database's drivers, e.g. {@code jdbc:postgresql:}. */
	List<String> urlPrefixes();

	/** How this database lexes SQL, for splitting revisions into statements and for the guard. */
	SqlSyntax sqlSyntax();

	/**
	 * Whether DDL runs inside transactions, so a failed revision rolls back entirely. When not
	 * (MariaDB/MySQL commit implicitly on DDL), a failure leaves a recorded, partly applied revision.
	 */
	boolean supportsTransactionalDdl();

	/** {@code identifier} quoted for this database, exactly as written; quote characters inside are doubled. */
	String quote(String identifier);

	/** {@code name} quoted and qualified by {@code schema}; unqualified when {@code schema} is {@code null}. */
	default String qualify(String schema, String name) {
		return (schema != null) ? quote(schema) + "." + quote(name) : quote(name);
	}

	/**
	 * {@code value} as a string literal that means exactly {@code value} whatever the session's
	 * settings, so that bookkeeping rows can be written in one batch of plain statements.
	 * The default doubles single quotes, as standard SQL does.
	 */
	default String stringLiteral(String value) {
		return "'" + value.replace("\0", "").replace("'", "''") + "'";
	}

	/** {@code instant} as a timestamp literal for the history table's time columns (UTC). */
	default String timestampLiteral(Instant instant) {
		return "TIMESTAMP WITH TIME ZONE '" + LiteralTime.format(instant) + "+00:00'";
	}

	/**
	 * Prepares the connection a run applies revisions on; by default nothing. Called once per
	 * run, before the first statement.
	 */
	default void prepareSession(Connection connection) throws SQLException {
	}

	/** Reads a time column of the history table written by {@link #timestampLiteral(Instant)}. */
	default Instant readTimestamp(ResultSet resultSet, String column) throws SQLException {
		OffsetDateTime value = resultSet.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}


	/** DDL creating the version table {@code (version_num varchar(64) primary key)} unless it exists. */
	String createVersionTable(String schema, String table);

	/** DDL creating the history table, one row per applied operation, unless it exists. */
	String createHistoryTable(String schema, String table);

	/** The column type for text of any length: the history's {@code down_revisions} (a merge may have thousands of parents). */
	default String unboundedTextType() {
		return "text";
	}

	/**
	 * DDL that turns the {@code NOT NULL} column {@code column} of {@code table} into
	 * {@link #unboundedTextType()}, for history tables created by a release that gave it a width.
	 * The column name is not quoted: migrate's tables declare their columns unquoted.
	 */
	default String widenToText(String schema, String table, String column) {
		return "ALTER TABLE " + qualify(schema, table) + " ALTER COLUMN " + column + " SET DATA TYPE "
				+ unboundedTextType();
	}

	/**
	 * A query returning one row and column: the server's id of the connection it runs on, or
	 * {@code null} when this database has none that another connection can look up.
	 */
	default String connectionIdQuery() {
		return null;
	}

	/**
	 * A query taking a connection id (from {@link #connectionIdQuery()}) as its one string parameter,
	 * returning one row, with what that connection executes now (possibly empty), while the server
	 * still has that connection; no row once it is gone. {@code null} with {@code connectionIdQuery()}.
	 */
	default String connectionActivityQuery() {
		return null;
	}

	/**
	 * A query listing (one column, qualified names) the indexes that a failed concurrent index build
	 * left invalid, or {@code null} where the database leaves none.
	 */
	default String invalidIndexesQuery() {
		return null;
	}

	/** A query returning one row and column: the connection's current schema, or {@code null} when it has none. */
	String currentSchemaQuery();

	/**
	 * A query returning the schema and name (in that order) of the base tables in the schema given as
	 * its one parameter. The database may compare the schema ignoring case; {@link DatabaseCatalog}
	 * compares names exactly.
	 */
	String tablesQuery();

	/** {@link #tablesQuery()} narrowed to one table name, its second parameter (compared as the catalog does). */
	String tableQuery();

}
