package dev.migrate.core.verify;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import dev.migrate.core.ErrorCode;
import dev.migrate.core.MigrateException;

/**
 * A schema's catalog as JDBC metadata describes it: tables, columns (type, size, nullability,
 * default), primary keys, indexes and foreign keys, each as one line of text, so two readings
 * compare exactly. Names the database generates (of primary keys, foreign keys and indexes) are
 * left out: re-created by a downgrade and an upgrade, they may differ while the schema is the same.
 * Views, sequences and check constraints are not read.
 */
public final class MetadataCatalogComparison implements CatalogComparison {

	@Override
	public Object capture(Connection connection, String schema, Set<String> ignored) {
		try {
			DatabaseMetaData metadata = connection.getMetaData();
			boolean catalogs = isCatalogSchema(metadata);
			String catalog = catalogs ? schema : null;
			String schemaPattern = catalogs ? null : schema;
			List<String> lines = new ArrayList<>();
			List<String> tables = new ArrayList<>();
			try (ResultSet rows = metadata.getTables(catalog, schemaPattern, "%", new String[] { "TABLE" })) {
				while (rows.next()) {
					String table = rows.getString("TABLE_NAME");
					if (owner(rows, catalogs).equals(schema) && !ignores(ignored, table)) {
						tables.add(table);
					}
				}
			}
			for (String table : tables) {
				lines.add("table " + table);
				columns(metadata, catalog, schemaPattern, table, lines);
				primaryKey(metadata, catalog, schemaPattern, table, lines);
				indexes(metadata, catalog, schemaPattern, table, lines);
				foreignKeys(metadata, catalog, schemaPattern, table, lines);
			}
			lines.sort(null);
			return List.copyOf(lines);
		}
		catch (SQLException ex) {
			throw new MigrateException(ErrorCode.DATABASE, "Could not read the catalog of schema '" + schema + "': "
					+ ex.getMessage(), ex);
		}
	}

	@Override
	@SuppressWarnings("unchecked")
	public List<String> differences(Object expected, Object actual) {
		List<String> missing = new ArrayList<>((List<String>) expected);
		List<String> extra = new ArrayList<>((List<String>) actual);
		for (String line : (List<String>) expected) {
			if (extra.remove(line)) {
				missing.remove(line);
			}
		}
		List<String> differences = new ArrayList<>();
		missing.forEach(line -> differences.add(line + ": expected, missing"));
		extra.forEach(line -> differences.add(line + ": not expected, found"));
		return differences;
	}

	/** MariaDB and MySQL call a database a catalog and have no schemas below it. */
	private static boolean isCatalogSchema(DatabaseMetaData metadata) throws SQLException {
		String product = metadata.getDatabaseProductName().toLowerCase(java.util.Locale.ROOT);
		return product.contains("mariadb") || product.contains("mysql");
	}

	private static String owner(ResultSet rows, boolean catalogs) throws SQLException {
		String owner = rows.getString(catalogs ? "TABLE_CAT" : "TABLE_SCHEM");
		return (owner != null) ? owner : "";
	}

	private static boolean ignores(Set<String> ignored, String table) {
		return ignored.stream().anyMatch(table::equalsIgnoreCase);
	}

	private static void columns(DatabaseMetaData metadata, String catalog, String schema, String table,
			List<String> lines) throws SQLException {
		try (ResultSet rows = metadata.getColumns(catalog, schema, table, "%")) {
			while (rows.next()) {
				if (!table.equals(rows.getString("TABLE_NAME"))) {
					continue;
				}
				String size = rows.getString("COLUMN_SIZE");
				String digits = rows.getString("DECIMAL_DIGITS");
				lines.add("column " + table + "." + rows.getString("COLUMN_NAME") + " " + rows.getString("TYPE_NAME")
						+ "(" + size + ((digits != null && !digits.equals("0")) ? "," + digits : "") + ")"
						+ ("NO".equals(rows.getString("IS_NULLABLE")) ? " not null" : " null")
						+ ((rows.getString("COLUMN_DEF") != null) ? " default " + rows.getString("COLUMN_DEF") : "")
						+ ("YES".equals(rows.getString("IS_AUTOINCREMENT")) ? " auto-increment" : ""));
			}
		}
	}

	private static void primaryKey(DatabaseMetaData metadata, String catalog, String schema, String table,
			List<String> lines) throws SQLException {
		Map<Integer, String> columns = new TreeMap<>();
		try (ResultSet rows = metadata.getPrimaryKeys(catalog, schema, table)) {
			while (rows.next()) {
				columns.put(rows.getInt("KEY_SEQ"), rows.getString("COLUMN_NAME"));
			}
		}
		if (!columns.isEmpty()) {
			lines.add("primary key " + table + " " + list(columns.values()));
		}
	}

	private static void indexes(DatabaseMetaData metadata, String catalog, String schema, String table,
			List<String> lines) throws SQLException {
		Map<String, Map<Integer, String>> indexes = new TreeMap<>();
		Map<String, Boolean> unique = new TreeMap<>();
		try (ResultSet rows = metadata.getIndexInfo(catalog, schema, table, false, false)) {
			while (rows.next()) {
				String name = rows.getString("INDEX_NAME");
				if (name == null || rows.getShort("TYPE") == DatabaseMetaData.tableIndexStatistic) {
					continue;
				}
				indexes.computeIfAbsent(name, key -> new TreeMap<>())
					.put((int) rows.getShort("ORDINAL_POSITION"), rows.getString("COLUMN_NAME"));
				unique.put(name, !rows.getBoolean("NON_UNIQUE"));
			}
		}
		indexes.forEach((name, columns) -> lines.add((unique.get(name) ? "unique index on " : "index on ") + table
				+ " " + list(columns.values())));
	}

	private static void foreignKeys(DatabaseMetaData metadata, String catalog, String schema, String table,
			List<String> lines) throws SQLException {
		Map<String, List<String>> keys = new TreeMap<>();
		try (ResultSet rows = metadata.getImportedKeys(catalog, schema, table)) {
			while (rows.next()) {
				String name = rows.getString("FK_NAME") + "/" + rows.getString("PKTABLE_NAME");
				List<String> parts = keys.computeIfAbsent(name, key -> new ArrayList<>());
				parts.add(rows.getString("FKCOLUMN_NAME") + "->" + rows.getString("PKTABLE_NAME") + "."
						+ rows.getString("PKCOLUMN_NAME") + " on delete " + rows.getShort("DELETE_RULE"));
			}
		}
		keys.values().forEach(parts -> lines.add("foreign key " + table + " " + parts));
	}

	private static String list(Collection<String> columns) {
		return "(" + String.join(", ", columns) + ")";
	}

}
