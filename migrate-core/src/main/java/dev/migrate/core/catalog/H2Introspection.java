package dev.migrate.core.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * H2 2.x: types from {@code INFORMATION_SCHEMA.COLUMNS} in their standard spelling, lower case
 * ({@code character varying(20)}, {@code timestamp(6) with time zone}), with the length,
 * precision or scale each type takes; indexes that a constraint created ({@code IS_GENERATED}) are
 * that constraint's, not indexes of their own.
 */
final class H2Introspection implements Introspection {

	private static final String COLUMNS = """
			SELECT TABLE_NAME, COLUMN_NAME, DATA_TYPE, CHARACTER_MAXIMUM_LENGTH, NUMERIC_PRECISION, NUMERIC_SCALE,
			       DATETIME_PRECISION, INTERVAL_TYPE, IS_NULLABLE, COLUMN_DEFAULT, IS_IDENTITY
			FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = ? ORDER BY TABLE_NAME, ORDINAL_POSITION""";

	private static final String CONSTRAINTS = """
			SELECT t.TABLE_NAME, t.CONSTRAINT_NAME, t.CONSTRAINT_TYPE, k.COLUMN_NAME, c.CHECK_CLAUSE
			FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS t
			LEFT JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE k ON k.CONSTRAINT_SCHEMA = t.CONSTRAINT_SCHEMA
			     AND k.CONSTRAINT_NAME = t.CONSTRAINT_NAME
			LEFT JOIN INFORMATION_SCHEMA.CHECK_CONSTRAINTS c ON c.CONSTRAINT_SCHEMA = t.CONSTRAINT_SCHEMA
			     AND c.CONSTRAINT_NAME = t.CONSTRAINT_NAME
			WHERE t.TABLE_SCHEMA = ? AND t.CONSTRAINT_TYPE IN ('UNIQUE', 'CHECK')
			ORDER BY t.TABLE_NAME, t.CONSTRAINT_NAME, k.ORDINAL_POSITION""";

	private static final String INDEXES = """
			SELECT i.TABLE_NAME, i.INDEX_NAME, i.INDEX_TYPE_NAME, c.COLUMN_NAME, c.ORDERING_SPECIFICATION
			FROM INFORMATION_SCHEMA.INDEXES i
			JOIN INFORMATION_SCHEMA.INDEX_COLUMNS c ON c.INDEX_SCHEMA = i.INDEX_SCHEMA AND c.INDEX_NAME = i.INDEX_NAME
			     AND c.TABLE_NAME = i.TABLE_NAME
			WHERE i.TABLE_SCHEMA = ? AND NOT i.IS_GENERATED
			ORDER BY i.TABLE_NAME, i.INDEX_NAME, c.ORDINAL_POSITION""";

	private static final Set<String> LENGTH_TYPES = Set.of("CHARACTER", "CHARACTER VARYING", "VARCHAR_IGNORECASE",
			"BINARY", "BINARY VARYING", "CHARACTER LARGE OBJECT", "BINARY LARGE OBJECT", "JSON");

	private static final Set<String> SCALED_TYPES = Set.of("NUMERIC", "DECIMAL", "DECFLOAT");

	private static final Set<String> TIME_TYPES = Set.of("TIME", "TIME WITH TIME ZONE", "TIMESTAMP",
			"TIMESTAMP WITH TIME ZONE", "INTERVAL");

	@Override
	public List<Table> read(Connection connection, String schema) throws SQLException {
		TableSet tables = new TableSet();
		JdbcKeys keys = new JdbcKeys(connection.getMetaData(), null, schema);
		keys.tables(tables);
		columns(connection, schema, tables);
		keys.primaryKeys(tables);
		keys.foreignKeys(tables, action -> (action == ReferentialAction.RESTRICT) ? ReferentialAction.NO_ACTION : action);
		constraints(connection, schema, tables);
		indexes(connection, schema, tables);
		return tables.build();
	}

	private static void columns(Connection connection, String schema, TableSet tables) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(COLUMNS)) {
			statement.setString(1, schema);
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					boolean identity = "YES".equals(rows.getString(11));
					String defaultValue = rows.getString(10);
					if (defaultValue != null && defaultValue.equalsIgnoreCase("NULL")) {
						defaultValue = null;
					}
					tables.column(rows.getString(1), new Column(rows.getString(2), type(rows), "YES".equals(rows.getString(9)),
							identity ? null : defaultValue, identity));
				}
			}
		}
	}

	private static ColumnType type(ResultSet rows) throws SQLException {
		String dataType = rows.getString(3);
		String name = dataType.toLowerCase(Locale.ROOT);
		if (LENGTH_TYPES.contains(dataType)) {
			long length = rows.getLong(4);
			return rows.wasNull() ? ColumnType.of(name) : new ColumnType(name, (int) Math.min(length, Integer.MAX_VALUE), null, null);
		}
		if (SCALED_TYPES.contains(dataType)) {
			return new ColumnType(name, null, integer(rows, 5), dataType.equals("DECFLOAT") ? null : integer(rows, 6));
		}
		if (dataType.equals("INTERVAL")) {
			return ColumnType.of("interval " + rows.getString(8).toLowerCase(Locale.ROOT));
		}
		if (TIME_TYPES.contains(dataType)) {
			return new ColumnType(name, null, integer(rows, 7), null);
		}
		return ColumnType.of(name);
	}

	private static Integer integer(ResultSet rows, int column) throws SQLException {
		int value = rows.getInt(column);
		return rows.wasNull() ? null : value;
	}

	private static void constraints(Connection connection, String schema, TableSet tables) throws SQLException {
		Map<List<String>, List<String>> uniques = new LinkedHashMap<>();
		try (PreparedStatement statement = connection.prepareStatement(CONSTRAINTS)) {
			statement.setString(1, schema);
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					if ("CHECK".equals(rows.getString(3))) {
						tables.check(rows.getString(1), new CheckConstraint(rows.getString(2), rows.getString(5)));
					}
					else {
						uniques.computeIfAbsent(List.of(rows.getString(1), rows.getString(2)), k -> new ArrayList<>())
							.add(rows.getString(4));
					}
				}
			}
		}
		uniques.forEach((key, columns) -> tables.unique(key.get(0), new UniqueConstraint(key.get(1), columns)));
	}

	private static void indexes(Connection connection, String schema, TableSet tables) throws SQLException {
		Map<List<String>, List<String>> columns = new LinkedHashMap<>();
		Map<List<String>, Boolean> unique = new LinkedHashMap<>();
		try (PreparedStatement statement = connection.prepareStatement(INDEXES)) {
			statement.setString(1, schema);
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					List<String> key = List.of(rows.getString(1), rows.getString(2));
					columns.computeIfAbsent(key, k -> new ArrayList<>())
						.add(rows.getString(4) + ("DESC".equals(rows.getString(5)) ? " DESC" : ""));
					unique.put(key, "UNIQUE INDEX".equals(rows.getString(3)));
				}
			}
		}
		columns.forEach((key, keys) -> tables.index(key.get(0), new Index(key.get(1), keys, unique.get(key), null)));
	}

}
