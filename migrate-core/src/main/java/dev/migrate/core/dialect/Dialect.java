package dev.migrate.core.dialect;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import dev.migrate.core.sql.SqlSyntax;

/**
 * What migrate needs to know about one kind of database: how its SQL is lexed, whether its DDL is
 * transactional, how it quotes identifiers, the DDL of migrate's tables and its catalog queries.
 * One small implementation per database; {@link Dialects} picks one. Implementations are
 * immutable and hold no connection.
 *
 * <p>Locks come later and will live in {@code dev.migrate.core.lock}: each dialect will add one
 * factory method here for its lock (PostgreSQL: session advisory lock, MariaDB: {@code GET_LOCK},
 * H2: a lease row in a lock table), so that this interface stays the one place a new database
 * plugs in.
 */
public interface Dialect {

	/** The dialect's name, as {@code --dialect} takes it: {@code postgresql}, {@code mariadb}, {@code h2}. */
	String name();

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
		return "TIMESTAMP WITH TIME ZONE '" + LITERAL_TIME.format(instant) + "+00:00'";
	}

	/** Reads a time column of the history table written by {@link #timestampLiteral(Instant)}. */
	default Instant readTimestamp(ResultSet resultSet, String column) throws SQLException {
		OffsetDateTime value = resultSet.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

	/** UTC date and time with milliseconds, as timestamp literals write it. */
	DateTimeFormatter LITERAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS").withZone(ZoneOffset.UTC);

	/** DDL creating the version table {@code (version_num varchar(64) primary key)} unless it exists. */
	String createVersionTable(String schema, String table);

	/** DDL creating the history table, one row per applied operation, unless it exists. */
	String createHistoryTable(String schema, String table);

	/** A query returning one row and column: the connection's current schema, or {@code null} when it has none. */
	String currentSchemaQuery();

	/**
	 * A query returning the schema and name (in that order) of the base tables in the schema given as
	 * its one parameter. The database may compare the schema ignoring case; {@link DatabaseCatalog}
	 * compares names exactly.
	 */
	String tablesQuery();

}
