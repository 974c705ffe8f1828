package dev.migrate.benchmarks;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;

/**
 * What a Flyway user with schema-per-tenant writes today: one JVM that loops over the tenant
 * schemas, {@code Flyway.configure().schemas(s)} each, on one pooled DataSource. Run as its own
 * process by {@link FleetBenchmark}: {@code FlywayFleet <url> <user> <flyway dir> <schemas query>}.
 */
public final class FlywayFleet {

	private FlywayFleet() {
	}

	public static void main(String[] args) throws SQLException {
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(args[0]);
		config.setUsername(args[1]);
		config.setMaximumPoolSize(2);
		int executed = 0;
		try (HikariDataSource pool = new HikariDataSource(config)) {
			for (String schema : schemas(pool, args[3])) {
				executed += Flyway.configure()
					.dataSource(pool)
					.schemas(schema)
					.locations("filesystem:" + args[2])
					.load()
					.migrate().migrationsExecuted;
			}
		}
		System.out.println("EXECUTED " + executed);
	}

	private static List<String> schemas(HikariDataSource pool, String query) throws SQLException {
		List<String> schemas = new ArrayList<>();
		try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(query)) {
			while (rows.next()) {
				schemas.add(rows.getString(1));
			}
		}
		return schemas;
	}

}
