package dev.migrate.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import dev.migrate.core.testsupport.DatabaseFixture;
import dev.migrate.core.testsupport.PostgresFixture;

class PostgresFleetTest extends FleetContractTest {

	@Override
	protected DatabaseFixture createDatabase() {
		return new PostgresFixture();
	}

	@Override
	protected String user() {
		return "postgres";
	}

	@Override
	protected String pause() {
		return "SELECT pg_sleep(0.1);";
	}

	@Test
	void parallelTenantsUseAtMostOneConnectionMoreThanTheyAre() throws Exception {
		List<String> tenants = tenants(16);
		String application = "fleet_bound_" + System.nanoTime();
		String url = url() + (url().contains("?") ? "&" : "?") + "ApplicationName=" + application;
		String locations = CliProcess.locations(new Revisions().add("b1", "none", pause(), null)
			.add("b2", "b1", "CREATE TABLE b (id int);", null));
		AtomicBoolean running = new AtomicBoolean(true);
		AtomicInteger most = new AtomicInteger();
		Thread sampler = new Thread(() -> {
			try (Connection connection = DriverManager.getConnection(url(), user(), "");
					PreparedStatement count = connection
						.prepareStatement("SELECT count(*) FROM pg_stat_activity WHERE application_name = ?")) {
				count.setString(1, application);
				while (running.get()) {
					try (ResultSet rows = count.executeQuery()) {
						rows.next();
						most.accumulateAndGet(rows.getInt(1), Math::max);
					}
				}
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});
		sampler.start();
		Run run;
		try {
			run = cliAt(url, "--locations", locations, "--schemas", String.join(",", tenants), "--parallel", "3",
					"upgrade");
		}
		finally {
			running.set(false);
			sampler.join(10_000);
		}
		assertThat(run.status()).as(run.err()).isZero();
		assertThat(most.get()).as("connections of the fleet run at once").isBetween(1, 4);
	}

	@Test
	void currentAndLogReportEverySchemaOfAQuery() throws Exception {
		List<String> tenants = tenants(3);
		String locations = CliProcess.locations(Revisions.chain());
		String query = "SELECT nspname FROM pg_namespace WHERE nspname IN ('" + String.join("','", tenants)
				+ "') ORDER BY 1";
		assertThat(cli("--locations", locations, "--schemas", tenants.get(0), "upgrade", "r2").status()).isZero();

		Run current = cli("--locations", locations, "--schemas-query", query, "--json", "current");
		assertThat(current.status()).as(current.err()).isZero();
		List<java.util.Map<String, Object>> entries = schemas(current.out());
		assertThat(entries).extracting(entry -> entry.get("schema")).containsExactlyElementsOf(tenants.stream().sorted().toList());
		java.util.Map<String, Object> first = entries.stream().filter(entry -> entry.get("schema").equals(tenants.get(0)))
			.findFirst().orElseThrow();
		assertThat(first).containsEntry("state", "PENDING").containsEntry("current", List.of("r2"));

		Run log = cli("--locations", locations, "--schemas", String.join(",", tenants), "log");
		assertThat(log.status()).isZero();
		assertThat(log.out()).contains(tenants.get(0) + ": 2 operation(s)", tenants.get(1) + ": 0 operation(s)");

		Run bad = cli("--locations", locations, "--schemas-query", "SELECT FROM nowhere", "current");
		assertThat(bad.status()).isEqualTo(2);
		assertThat(bad.err()).contains("--schemas-query");
	}

}
