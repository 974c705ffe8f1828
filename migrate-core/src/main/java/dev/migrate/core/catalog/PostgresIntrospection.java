package dev.migrate.core.catalog;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * PostgreSQL: types as {@code format_type} prints them (so {@code int4} reads {@code integer},
 * {@code varchar} reads {@code character varying}), defaults and checks as the server prints them
 * back, a serial column (a default taking {@code nextval} of the sequence the column owns) as an
 * identity ({@link PostgresSpellings} for what it stores alike but prints two ways), indexes with
 * their expressions, predicates and descending keys from {@code pg_index}.
 * JDBC metadata lists the tables; keys come from {@code pg_constraint} in one query, where the
 * driver's metadata takes two queries per table.
 */
final class PostgresIntrospection implements Introspection {

	/*
	 * The queries avoid correlated subqueries on purpose: their estimated cost passes PostgreSQL's
	 * jit_above_cost, and compiling them took 200-400 ms per read for a 2 ms query.
	 */
	private static final String COLUMNS = """
			SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull,
			       pg_get_expr(d.adbin, d.adrelid), a.attidentity <> '', owned.refobjid IS NOT NULL
			FROM pg_attribute a
			JOIN pg_class c ON c.oid = a.attrelid
			JOIN pg_namespace n ON n.oid = c.relnamespace
			LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
			LEFT JOIN (SELECT DISTINCT dep.refobjid, dep.refobjsubid FROM pg_depend dep JOIN pg_class s ON s.oid = dep.objid
			           WHERE s.relkind = 'S' AND dep.deptype = 'a' AND dep.classid = 'pg_class'::regclass) owned
			       ON owned.refobjid = a.attrelid AND owned.refobjsubid = a.attnum
			WHERE n.nspname = ? AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped
			ORDER BY c.relname, a.attnum""";

	private static final String CONSTRAINTS = """
			SELECT c.relname, con.conname, con.contype, pg_get_constraintdef(con.oid, true),
			       ARRAY(SELECT a.attname FROM unnest(con.conkey) WITH ORDINALITY k(num, pos)
			             JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.num ORDER BY k.pos),
			       r.relname,
			       ARRAY(SELECT a.attname FROM unnest(con.confkey) WITH ORDINALITY k(num, pos)
			             JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.num ORDER BY k.pos),
			       con.confdeltype, con.confupdtype
			FROM pg_constraint con
			JOIN pg_class c ON c.oid = con.conrelid
			JOIN pg_namespace n ON n.oid = c.relnamespace
			LEFT JOIN pg_class r ON r.oid = con.confrelid
			WHERE n.nspname = ? AND con.contype IN ('p', 'u', 'f', 'c')
			ORDER BY c.relname, con.conname""";

	/** One row per key of each index that no constraint created. */
	private static final String INDEXES = """
			SELECT t.relname, i.relname, ix.indisunique, pg_get_expr(ix.indpred, ix.indrelid, true),
			       CASE WHEN k.attnum = 0 THEN pg_get_indexdef(ix.indexrelid, k.pos::int, true) ELSE a.attname END,
			       (ix.indoption[k.pos - 1] & 1) = 1
			FROM pg_index ix
			JOIN pg_class i ON i.oid = ix.indexrelid
			JOIN pg_class t ON t.oid = ix.indrelid
			JOIN pg_namespace n ON n.oid = t.relnamespace
			CROSS JOIN LATERAL unnest(ix.indkey::int2[]) WITH ORDINALITY AS k(attnum, pos)
			LEFT JOIN pg_attribute a ON a.attrelid = ix.indrelid AND a.attnum = k.attnum
			WHERE n.nspname = ? AND k.pos <= ix.indnkeyatts AND NOT EXISTS (SELECT 1 FROM pg_constraint con
			      WHERE con.conindid = ix.indexrelid AND con.conrelid = ix.indrelid AND con.contype IN ('p', 'u', 'x'))
			ORDER BY t.relname, i.relname, k.pos""";

	/** {@code 'x'::character varying}: a literal cast to the column's type, which the server adds itself. */
	private static final Pattern CAST_LITERAL = Pattern.compile("^('(?:[^']|'')*')::[a-z][a-z0-9_ \"\\[\\]().,]*$");

	private static final Pattern NULL_DEFAULT = Pattern.compile("^NULL(::[a-z][a-z0-9_ \"\\[\\]().,]*)?$");

	@Override
	public List<Table> read(Connection connection, String schema) throws SQLException {
		TableSet tables = new TableSet();
		JdbcKeys keys = new JdbcKeys(connection.getMetaData(), null, schema);
		keys.tables(tables);
		columns(connection, schema, tables);
		constraints(connection, schema, tables);
		indexes(connection, schema, tables);
		return tables.build();
	}

	private static void columns(Connection connection, String schema, TableSet tables) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(COLUMNS)) {
			statement.setString(1, schema);
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					String defaultValue = rows.getString(5);
					boolean identity = rows.getBoolean(6)
							|| (rows.getBoolean(7) && defaultValue != null && defaultValue.startsWith("nextval("));
					tables.column(rows.getString(1), new Column(rows.getString(2),
							PostgresSpellings.type(TypeText.parse(rows.getString(3))),
							!rows.getBoolean(4), identity ? null : normaliseDefault(defaultValue), identity));
				}
			}
		}
	}

	static String normaliseDefault(String expression) {
		if (expression == null || NULL_DEFAULT.matcher(expression).matches()) {
			return null;
		}
		var literal = CAST_LITERAL.matcher(expression);
		return literal.matches() ? literal.group(1) : expression;
	}

	private static void constraints(Connection connection, String schema, TableSet tables) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(CONSTRAINTS)) {
			statement.setString(1, schema);
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					String table = rows.getString(1);
					String name = rows.getString(2);
					switch (rows.getString(3)) {
						case "p" -> tables.primaryKey(table, new PrimaryKey(name, strings(rows.getArray(5))));
						case "u" -> tables.unique(table, new UniqueConstraint(name, strings(rows.getArray(5))));
						case "f" -> tables.foreignKey(table, new ForeignKey(name, strings(rows.getArray(5)), rows.getString(6),
								strings(rows.getArray(7)), action(rows.getString(8)), action(rows.getString(9))));
						default -> tables.check(table, new CheckConstraint(name, checkExpression(rows.getString(4))));
					}
				}
			}
		}
	}

	/** {@code pg_constraint}'s action codes. */
	private static ReferentialAction action(String code) {
		return switch (code) {
			case "r" -> ReferentialAction.RESTRICT;
			case "c" -> ReferentialAction.CASCADE;
			case "n" -> ReferentialAction.SET_NULL;
			case "d" -> ReferentialAction.SET_DEFAULT;
			default -> ReferentialAction.NO_ACTION;
		};
	}

	/** {@code CHECK ((price > 0)) NOT VALID} without its keyword, outer parentheses and {@code NOT VALID}. */
	static String checkExpression(String definition) {
		String text = definition.strip();
		if (text.endsWith(" NOT VALID")) {
			text = text.substring(0, text.length() - " NOT VALID".length()).strip();
		}
		if (text.endsWith(" NO INHERIT")) {
			text = text.substring(0, text.length() - " NO INHERIT".length()).strip();
		}
		if (text.startsWith("CHECK (") && text.endsWith(")")) {
			text = text.substring("CHECK (".length(), text.length() - 1).strip();
		}
		return PostgresSpellings.check(text);
	}

	private static void indexes(Connection connection, String schema, TableSet tables) throws SQLException {
		Map<List<String>, List<String>> keys = new LinkedHashMap<>();
		Map<List<String>, Object[]> details = new LinkedHashMap<>();
		try (PreparedStatement statement = connection.prepareStatement(INDEXES)) {
			statement.setString(1, schema);
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					List<String> index = List.of(rows.getString(1), rows.getString(2));
					keys.computeIfAbsent(index, k -> new ArrayList<>()).add(rows.getString(5) + (rows.getBoolean(6) ? " DESC" : ""));
					details.put(index, new Object[] { rows.getBoolean(3), rows.getString(4) });
				}
			}
		}
		keys.forEach((index, columns) -> tables.index(index.get(0), new Index(index.get(1), columns,
				(Boolean) details.get(index)[0], (String) details.get(index)[1])));
	}

	private static List<String> strings(Array array) throws SQLException {
		List<String> values = new ArrayList<>();
		for (Object value : (Object[]) array.getArray()) {
			values.add(String.valueOf(value));
		}
		array.free();
		return values;
	}

}
