package dev.migrate.core.dialect;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;


import dev.migrate.core.sql.SqlFeature;
import dev.migrate.core.sql.SqlSyntax;

/**
 * MariaDB and MySQL: DDL commits implicitly, a schema is a database, backtick identifiers,
 * backslash escapes and {@code "..."} strings (the default SQL mode), executable {@code /*! *}{@code /}
 * comments, {@code DELIMITER} lines.
 * Times in the history table are {@code datetime(3)} in UTC, as there is no zoned type.
 */
public final class MariaDbDialect implements Dialect {

	private static final SqlSyntax SYNTAX = SqlSyntax.of(SqlFeature.HASH_COMMENTS,
			SqlFeature.DASH_COMMENTS_NEED_SPACE, SqlFeature.EXECUTABLE_COMMENTS, SqlFeature.BACKSLASH_ESCAPES,
			SqlFeature.DOUBLE_QUOTED_STRINGS, SqlFeature.BACKTICK_IDENTIFIERS, SqlFeature.DELIMITER_COMMAND);

	@Override
	public String name() {
		return "mariadb";
	}

	/** MySQL speaks the same SQL and locks the same way, and the MariaDB driver serves both. */
	@Override
	public List<String> aliases() {
		return List.of("mysql");
	}

	@Override
	public List<String> productNames() {
		return List.of("MariaDB", "MySQL");
	}

	@Override
	public List<String> urlPrefixes() {
		return List.of("jdbc:mariadb:", "jdbc:mysql:");
	}

	@Override
	public SqlSyntax sqlSyntax() {
		return SYNTAX;
	}

	@Override
	public boolean supportsTransactionalDdl() {
		return false;
	}

	@Override
	public String quote(String identifier) {
		return '`' + identifier.replace("`", "``") + '`';
	}

	/**
	 * Plain text is quoted; anything with a quote, backslash or non-ASCII character is written as
	 * a hex literal, which no sql_mode (NO_BACKSLASH_ESCAPES, ANSI_QUOTES) reinterprets.
	 */
	@Override
	public String stringLiteral(String value) {
		if (value.chars().allMatch(c -> c >= 0x20 && c < 0x7f && c != '\\' && c != '\'' && c != '"')) {
			return "'" + value + "'";
		}
		return "CONVERT(X'" + HexFormat.of().formatHex(value.getBytes(StandardCharsets.UTF_8)) + "' USING utf8mb4)";
	}

	/** {@code datetime(3)} holds UTC without a zone. */
	@Override
	public String timestampLiteral(Instant instant) {
		return "TIMESTAMP '" + LiteralTime.format(instant) + "'";
	}

	@Override
	public Instant readTimestamp(ResultSet resultSet, String column) throws SQLException {
		LocalDateTime value = resultSet.getObject(column, LocalDateTime.class);
		return (value != null) ? value.toInstant(ZoneOffset.UTC) : null;
	}

	@Override
	public String createVersionTable(String schema, String table) {
		// binary collation: revision ids compare exactly, as everywhere else
		return "CREATE TABLE IF NOT EXISTS " + qualify(schema, table)
				+ " (version_num varchar(64) NOT NULL PRIMARY KEY)"
				+ " ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin";
	}

	@Override
	public String createHistoryTable(String schema, String table) {
		// InnoDB, so that bookkeeping rows commit or roll back with their transaction
		return """
				CREATE TABLE IF NOT EXISTS %s (
					id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
					revision varchar(64) NOT NULL,
					operation varchar(16) NOT NULL,
					down_revisions longtext NOT NULL,
					checksum varchar(64) NULL,
					message varchar(500) NOT NULL,
					started_at datetime(3) NOT NULL,
					finished_at datetime(3) NULL,
					duration_ms bigint NULL,
					applied_by varchar(128) NOT NULL,
					outcome varchar(16) NOT NULL,
					statements_run int NOT NULL,
					failed_statement int NULL,
					error varchar(4000) NULL,
					connection_id varchar(64) NULL
				) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin""".formatted(qualify(schema, table));
	}

	@Override
	public String unboundedTextType() {
		return "longtext";
	}

	@Override
	public String widenToText(String schema, String table, String column) {
		return "ALTER TABLE " + qualify(schema, table) + " MODIFY " + column + " longtext NOT NULL";
	}

	@Override
	public String connectionIdQuery() {
		return "SELECT CAST(CONNECTION_ID() AS char)";
	}

	/** A client killed mid-statement leaves its connection executing until the statement ends. */
	@Override
	public String connectionActivityQuery() {
		return "SELECT COALESCE(INFO, COMMAND) FROM information_schema.PROCESSLIST WHERE CAST(ID AS char) = ?"
				+ " AND COMMAND <> 'Sleep'";
	}

	@Override
	public String currentSchemaQuery() {
		return "SELECT DATABASE()";
	}

	@Override
	public String tablesQuery() {
		return "SELECT table_schema, table_name FROM information_schema.tables"
				+ " WHERE table_schema = ? AND table_type IN ('BASE TABLE', 'SYSTEM VERSIONED')";
	}

	@Override
	public String tableQuery() {
		return tablesQuery() + " AND table_name = ?";
	}

}
