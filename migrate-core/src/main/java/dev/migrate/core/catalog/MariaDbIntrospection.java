package dev.migrate.core.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MariaDB/MySQL: types as {@code COLUMN_TYPE} prints them, without the display width of integer
 * types ({@code int(11)} reads {@code int}; {@code tinyint(1)}, the boolean, keeps it), defaults as
 * MariaDB 10.2.7+ prints them ({@code NULL} reads as none), {@code AUTO_INCREMENT} as an identity.
 * A unique index is MariaDB's unique constraint, so every unique index reads as one; an index's
 * prefix length reads {@code column(n)}. {@code RESTRICT} and {@code NO ACTION} are the same action
 * here and read {@code NO ACTION}. The primary key comes from {@code STATISTICS} too, for its
 * prefix lengths, which JDBC metadata leaves out.
 */
final class MariaDbIntrospection implements Introspection {

	private static final String COLUMNS = """
			SELECT TABLE_NAME, COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE, COLUMN_DEFAULT, EXTRA
			FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ? ORDER BY TABLE_NAME, ORDINAL_POSITION""";

	private static final String INDEXES = """
			SELECT TABLE_NAME, INDEX_NAME, NON_UNIQUE, COLUMN_NAME, SUB_PART, COLLATION
			FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = ?
			ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX""";

	private static final String CHECKS = """
			SELECT TABLE_NAME, CONSTRAINT_NAME, CHECK_CLAUSE
			FROM information_schema.CHECK_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = ? ORDER BY TABLE_NAME, CONSTRAINT_NAME""";

	private static final Pattern INTEGER_WIDTH = Pattern.compile("^(tinyint|smallint|mediumint|int|integer|bigint)\\(\\d+\\)(.*)$");

	@Override
	public List<Table> read(Connection connection, String schema) throws SQLException {
		TableSet tables = new TableSet();
		JdbcKeys keys = new JdbcKeys(connection.getMetaData(), schema, null);
		keys.tables(tables);
		columns(connection, schema, tables);
		keys.foreignKeys(tables, action -> (action == ReferentialAction.RESTRICT) ? ReferentialAction.NO_ACTION : action);
		indexes(connection, schema, tables);
		checks(connection, schema, tables);
		return tables.build();
	}

	private static void columns(Connection connection, String schema, TableSet tables) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(COLUMNS)) {
			statement.setString(1, schema);
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					String extra = rows.getString(6);
					boolean identity = extra != null && extra.toLowerCase(java.util.Locale.ROOT).contains("auto_increment");
					String defaultValue = rows.getString(5);
					if (defaultValue != null && defaultValue.equalsIgnoreCase("NULL")) {
						defaultValue = null;
					}
					tables.column(rows.getString(1), new Column(rows.getString(2), type(rows.getString(3)),
							"YES".equals(rows.getString(4)), identity ? null : defaultValue, identity));
				}
			}
		}
	}

	static ColumnType type(String columnType) {
		String type = columnType.strip();
		Matcher width = INTEGER_WIDTH.matcher(type.toLowerCase(java.util.Locale.ROOT));
		if (width.matches() && !type.equalsIgnoreCase("tinyint(1)")) {
			return ColumnType.of(width.group(1) + width.group(2));
		}
		return TypeText.parse(type);
	}

	private static void indexes(Connection connection, String schema, TableSet tables) throws SQLException {
		Map<List<String>, Object[]> indexes = new LinkedHashMap<>();
		try (PreparedStatement statement = connection.prepareStatement(INDEXES)) {
			statement.setString(1, schema);
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					List<String> key = List.of(rows.getString(1), rows.getString(2));
					Object[] index = indexes.computeIfAbsent(key, k -> new Object[] { new ArrayList<String>(), null });
					String column = rows.getString(4);
					int prefix = rows.getInt(5);
					if (!rows.wasNull()) {
						column += "(" + prefix + ")";
					}
					if ("D".equals(rows.getString(6))) {
						column += " DESC";
					}
					@SuppressWarnings("unchecked")
					List<String> columns = (List<String>) index[0];
					columns.add(column);
					index[1] = rows.getInt(3) == 0;
				}
			}
		}
		indexes.forEach((key, index) -> {
			@SuppressWarnings("unchecked")
			List<String> columns = (List<String>) index[0];
			if (key.get(1).equals("PRIMARY")) {
				tables.primaryKey(key.get(0), new PrimaryKey("PRIMARY", columns));
			}
			else if ((Boolean) index[1]) {
				tables.unique(key.get(0), new UniqueConstraint(key.get(1), columns));
			}
			else {
				tables.index(key.get(0), new Index(key.get(1), columns, false, null));
			}
		});
	}

	private static void checks(Connection connection, String schema, TableSet tables) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(CHECKS)) {
			statement.setString(1, schema);
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					tables.check(rows.getString(1), new CheckConstraint(rows.getString(2), rows.getString(3)));
				}
			}
		}
	}

}
