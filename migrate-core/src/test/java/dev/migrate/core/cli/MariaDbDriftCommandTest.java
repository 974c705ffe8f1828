package dev.migrate.core.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import dev.migrate.core.testsupport.DatabaseFixture;
import dev.migrate.core.testsupport.MariaDbFixture;

class MariaDbDriftCommandTest extends DriftCommandContractTest {

	private static final String SERVER = "jdbc:mariadb://127.0.0.1:3306/";

	@Override
	protected DatabaseFixture createDatabase() {
		return new MariaDbFixture();
	}

	@Override
	String user() {
		return "root";
	}

	@Override
	List<String> drift() {
		return List.of("CREATE TABLE stray (x int)", "ALTER TABLE customers ADD COLUMN phone varchar(20)",
				"DROP INDEX customers_name ON customers", "ALTER TABLE customers DROP COLUMN name",
				"ALTER TABLE orders MODIFY total decimal(12,2)", "ALTER TABLE customers MODIFY score int not null default 5",
				"CREATE INDEX orders_total ON orders (total)", "ALTER TABLE customers DROP INDEX customers_email",
				"ALTER TABLE orders ADD CONSTRAINT orders_u UNIQUE (id, total)", "ALTER TABLE orders DROP FOREIGN KEY orders_customer",
				"ALTER TABLE orders ADD CONSTRAINT orders_self FOREIGN KEY (customer_id) REFERENCES customers (id)",
				"ALTER TABLE customers DROP CONSTRAINT customers_score",
				"ALTER TABLE orders ADD CONSTRAINT orders_positive CHECK (total > 0)", "DROP TABLE notes",
				"ALTER TABLE tags ADD PRIMARY KEY (id)", "ALTER TABLE tags MODIFY id int not null auto_increment");
	}

	@Override
	Set<String> scratchSchemas() {
		Set<String> names = new TreeSet<>();
		try (Connection connection = DriverManager.getConnection(SERVER, "root", "");
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(
						"SELECT SCHEMA_NAME FROM information_schema.SCHEMATA WHERE SCHEMA_NAME LIKE 'migrate\\_scratch\\_%'")) {
			while (rows.next()) {
				names.add(rows.getString(1));
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
		return names;
	}

	@Test
	void scratchDatabasesThatAKilledRunLeftBehindAreDropped() throws SQLException {
		assertThat(run("upgrade").status()).isZero();
		String stale = "migrate_scratch_20200101000000_0badcafe";
		admin("CREATE DATABASE " + stale);
		try {
			assertThat(run("drift").status()).isZero();
			assertThat(scratchSchemas()).doesNotContain(stale);
		}
		finally {
			admin("DROP DATABASE IF EXISTS " + stale);
		}
	}

	private static void admin(String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(SERVER, "root", "");
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}
