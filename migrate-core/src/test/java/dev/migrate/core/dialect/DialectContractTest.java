package dev.migrate.core.dialect;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import dev.migrate.core.MigrateException;
import dev.migrate.core.testsupport.DatabaseContractTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.entry;

/**
 * What every dialect must do on its real database: be chosen for it, create migrate's tables
 * idempotently in the current or another schema, and read the catalog exactly.
 */
public abstract class DialectContractTest extends DatabaseContractTest {

	private static final TableNames NAMES = TableNames.defaults();

	private static final List<String> OURS = List.of(NAMES.versionTable(), NAMES.historyTable());

	private Dialect dialect() {
		return this.database.dialect();
	}

	private DatabaseCatalog catalog() {
		return new DatabaseCatalog(dialect());
	}

	@Test
	void isChosenForItsDatabaseByConnectionAndUrl() throws SQLException {
		try (Connection connection = this.database.connection()) {
			assertThat(Dialects.builtIn().forConnection(connection).name()).isEqualTo(dialect().name());
		}
		assertThat(Dialects.builtIn().forUrl(this.database.jdbcUrl()).name()).isEqualTo(dialect().name());
	}

	@Test
	void readsTheCurrentSchema() throws SQLException {
		try (Connection connection = this.database.connection()) {
			assertThat(catalog().currentSchema(connection)).isEqualTo(this.database.schema());
		}
	}

	@Test
	void createsBothTablesInTheCurrentSchemaTwiceWithoutError() throws SQLException {
		createTables(null);
		createTables(null);
		try (Connection connection = this.database.connection()) {
			String schema = this.database.schema();
			assertThat(catalog().tableExists(connection, schema, NAMES.versionTable())).isTrue();
			assertThat(catalog().tableExists(connection, schema, NAMES.historyTable())).isTrue();
			assertThat(catalog().tableNames(connection, schema)).containsExactly("migrate_history", "migrate_version");
		}
	}

	@Test
	void createsBothTablesInAnotherSchemaTwiceWithoutError() throws SQLException {
		String other = this.database.createSchema();
		createTables(other);
		createTables(other);
		try (Connection connection = this.database.connection()) {
			assertThat(catalog().tableNames(connection, other)).containsExactly("migrate_history", "migrate_version");
			assertThat(catalog().tableNames(connection, this.database.schema())).isEmpty();
		}
		this.database.execute("INSERT INTO " + dialect().qualify(other, NAMES.versionTable()) + " VALUES ('abc')");
	}

	@Test
	void comparesTableNamesExactly() throws SQLException {
		createTables(null);
		try (Connection connection = this.database.connection()) {
			assertThat(catalog().tableExists(connection, this.database.schema(), "MIGRATE_VERSION")).isFalse();
			assertThat(catalog().tableExists(connection, this.database.schema(), "migrate_versio")).isFalse();
			assertThat(catalog().tableExists(connection, this.database.schema().toUpperCase(Locale.ROOT) + "X",
					NAMES.versionTable())).isFalse();
		}
	}

	@Test
	void findsUserTablesOtherThanOurs() throws SQLException {
		String schema = this.database.schema();
		try (Connection connection = this.database.connection()) {
			assertThat(catalog().otherTables(connection, schema, OURS)).as("empty schema").isEmpty();
			createTables(null);
			assertThat(catalog().otherTables(connection, schema, OURS)).as("only our tables").isEmpty();
			String other = this.database.createSchema();
			this.database.execute("CREATE TABLE " + dialect().qualify(other, "elsewhere") + " (id int)");
			assertThat(catalog().otherTables(connection, schema, OURS)).as("a table in another schema").isEmpty();
			String users = dialect().quote("users");
			this.database.execute("CREATE TABLE " + users + " (id int)",
					"CREATE VIEW " + dialect().quote("user_ids") + " AS SELECT id FROM " + users,
					"CREATE TABLE " + dialect().quote("Orders") + " (id int)");
			assertThat(catalog().otherTables(connection, schema, OURS)).as("legacy tables").containsExactly("Orders", "users");
		}
	}

	@Test
	void keepsOneRowPerRevisionInTheVersionTable() {
		createTables(null);
		String table = dialect().quote(NAMES.versionTable());
		this.database.execute("INSERT INTO " + table + " VALUES ('4f2a9c1d7e3b')", "INSERT INTO " + table + " VALUES ('4F2A9C1D7E3B')");
		assertThatExceptionOfType(IllegalStateException.class)
			.isThrownBy(() -> this.database.execute("INSERT INTO " + table + " VALUES ('4f2a9c1d7e3b')"))
			.satisfies(ex -> assertThat(((SQLException) ex.getCause()).getSQLState()).startsWith("23"));
	}

	@Test
	void givesTheHistoryTableTheDocumentedColumns() throws SQLException {
		createTables(null);
		Map<String, Boolean> nullable = new TreeMap<>();
		try (Connection connection = this.database.connection(); Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT * FROM " + dialect().quote(NAMES.historyTable()) + " WHERE 1 = 0")) {
			ResultSetMetaData columns = rows.getMetaData();
			for (int i = 1; i <= columns.getColumnCount(); i++) {
				nullable.put(columns.getColumnName(i).toLowerCase(Locale.ROOT),
						columns.isNullable(i) == ResultSetMetaData.columnNullable);
			}
		}
		assertThat(nullable).containsExactly(entry("applied_by", false), entry("checksum", true), entry("connection_id", true),
				entry("down_revisions", false), entry("duration_ms", true), entry("error", true), entry("failed_statement", true),
				entry("finished_at", true), entry("id", false), entry("message", false), entry("operation", false),
				entry("outcome", false), entry("revision", false), entry("started_at", false), entry("statements_run", false));
	}

	@Test
	void numbersHistoryRowsAndHoldsTheLongestValues() throws SQLException {
		createTables(null);
		String insert = "INSERT INTO " + dialect().quote(NAMES.historyTable())
				+ " (revision, operation, down_revisions, checksum, message, started_at, finished_at, duration_ms, applied_by,"
				+ " outcome, statements_run, failed_statement, error) VALUES ('%s', 'upgrade', '%s', '%s', '%s',"
				+ " CURRENT_TIMESTAMP, %s, 12, '%s', '%s', 3, %s, %s)";
		this.database.execute(
				insert.formatted("a".repeat(64), "b".repeat(1000), "c".repeat(64), "é".repeat(500), "CURRENT_TIMESTAMP",
						"d".repeat(128), "SUCCESS", "NULL", "NULL"),
				insert.formatted("4f2a9c1d7e3b", "1b7d0e55aa10,9c0ffee12345", "", "add phone", "NULL", "ci", "FAILED", "2",
						"'" + "e".repeat(4000) + "'"));
		try (Connection connection = this.database.connection(); Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT id, message, error FROM "
						+ dialect().quote(NAMES.historyTable()) + " ORDER BY id")) {
			assertThat(rows.next()).isTrue();
			long first = rows.getLong(1);
			assertThat(rows.getString(2)).isEqualTo("é".repeat(500));
			assertThat(rows.next()).isTrue();
			assertThat(rows.getLong(1)).isGreaterThan(first);
			assertThat(rows.getString(3)).hasSize(4000);
		}
	}

	@Test
	void seesNoTablesInAMissingSchemaAndCannotCreateThere() throws SQLException {
		try (Connection connection = this.database.connection()) {
			assertThat(catalog().tableNames(connection, "mt_no_such_schema")).isEmpty();
		}
		assertThatExceptionOfType(IllegalStateException.class)
			.isThrownBy(() -> this.database.execute(dialect().createVersionTable("mt_no_such_schema", NAMES.versionTable())));
	}

	@Test
	void wrapsCatalogFailuresNamingTheDialect() throws SQLException {
		Connection closed = this.database.connection();
		closed.close();
		assertThatExceptionOfType(MigrateException.class)
			.isThrownBy(() -> catalog().tableNames(closed, this.database.schema()))
			.withMessageStartingWith("Could not list the tables of schema '" + this.database.schema() + "' on " + dialect().name());
	}

	private void createTables(String schema) {
		this.database.execute(dialect().createVersionTable(schema, NAMES.versionTable()),
				dialect().createHistoryTable(schema, NAMES.historyTable()));
	}

}
