package dev.migrate.core.catalog;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * What JDBC metadata says exactly on every driver: the base tables of a schema, their primary keys
 * and their foreign keys (columns, referenced columns, actions).
 *
 * @param catalog the catalog argument of the metadata calls (MariaDB's database), or {@code null}
 * @param schema the schema argument (PostgreSQL's and H2's schema), or {@code null}
 */
record JdbcKeys(DatabaseMetaData metaData, String catalog, String schema) {

	private static final Set<String> TABLE_TYPES = Set.of("TABLE", "BASE TABLE", "PARTITIONED TABLE");

	/** The base tables, named exactly so in exactly this schema (metadata takes patterns). */
	void tables(TableSet tables) throws SQLException {
		String escape = this.metaData.getSearchStringEscape();
		try (ResultSet rows = this.metaData.getTables(this.catalog, pattern(this.schema, escape), "%", null)) {
			while (rows.next()) {
				String type = rows.getString("TABLE_TYPE");
				boolean here = (this.schema != null) ? this.schema.equals(rows.getString("TABLE_SCHEM"))
						: this.catalog.equals(rows.getString("TABLE_CAT"));
				if (here && type != null && TABLE_TYPES.contains(type.toUpperCase(java.util.Locale.ROOT))) {
					tables.table(rows.getString("TABLE_NAME"));
				}
			}
		}
	}

	void primaryKeys(TableSet tables) throws SQLException {
		for (String table : tables.names()) {
			Map<Integer, String> columns = new TreeMap<>();
			String name = null;
			try (ResultSet rows = this.metaData.getPrimaryKeys(this.catalog, this.schema, table)) {
				while (rows.next()) {
					columns.put(rows.getInt("KEY_SEQ"), rows.getString("COLUMN_NAME"));
					name = rows.getString("PK_NAME");
				}
			}
			if (!columns.isEmpty()) {
				tables.primaryKey(table, new PrimaryKey(name, new ArrayList<>(columns.values())));
			}
		}
	}

	/** @param actions maps the actions as the driver reports them to what they mean on this database */
	void foreignKeys(TableSet tables, UnaryOperator<ReferentialAction> actions) throws SQLException {
		for (String table : tables.names()) {
			Map<String, List<String[]>> keys = new LinkedHashMap<>();
			try (ResultSet rows = this.metaData.getImportedKeys(this.catalog, this.schema, table)) {
				while (rows.next()) {
					String name = rows.getString("FK_NAME");
					keys.computeIfAbsent(name, key -> new ArrayList<>()).add(new String[] {
							String.format("%05d", rows.getInt("KEY_SEQ")), rows.getString("FKCOLUMN_NAME"),
							rows.getString("PKTABLE_NAME"), rows.getString("PKCOLUMN_NAME"),
							String.valueOf(rows.getInt("DELETE_RULE")), String.valueOf(rows.getInt("UPDATE_RULE")) });
				}
			}
			keys.forEach((name, columns) -> {
				columns.sort((a, b) -> a[0].compareTo(b[0]));
				String[] first = columns.get(0);
				tables.foreignKey(table, new ForeignKey(name, columns.stream().map(c -> c[1]).toList(), first[2],
						columns.stream().map(c -> c[3]).toList(), actions.apply(action(Integer.parseInt(first[4]))),
						actions.apply(action(Integer.parseInt(first[5])))));
			});
		}
	}

	private static ReferentialAction action(int rule) {
		return switch (rule) {
			case DatabaseMetaData.importedKeyCascade -> ReferentialAction.CASCADE;
			case DatabaseMetaData.importedKeySetNull -> ReferentialAction.SET_NULL;
			case DatabaseMetaData.importedKeySetDefault -> ReferentialAction.SET_DEFAULT;
			case DatabaseMetaData.importedKeyRestrict -> ReferentialAction.RESTRICT;
			default -> ReferentialAction.NO_ACTION;
		};
	}

	private static String pattern(String name, String escape) {
		if (name == null || escape == null || escape.isEmpty()) {
			return name;
		}
		return name.replace(escape, escape + escape).replace("_", escape + "_").replace("%", escape + "%");
	}

}
