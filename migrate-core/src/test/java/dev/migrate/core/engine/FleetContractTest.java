package dev.migrate.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.migrate.core.cli.MigrateCli;
import dev.migrate.core.dialect.TableNames;
import dev.migrate.core.history.HistoryRow;
import dev.migrate.core.history.Outcome;
import dev.migrate.core.lock.LockSettings;
import dev.migrate.core.plan.Operation;
import dev.migrate.core.testsupport.DatabaseContractTest;
import dev.migrate.core.testsupport.QueryCounter;
import tools.jackson.databind.json.JsonMapper;

/**
 * A fleet of tenant schemas (on MariaDB, databases) migrated by {@code --schemas}: a tenant that
 * fails does not stop the others, two processes on one fleet apply each revision once per tenant,
 * and an up-to-date tenant costs one query.
 */
abstract class FleetContractTest extends DatabaseContractTest {

	static final int TENANTS = 50;

	/** The JDBC URL the command line connects to (also from other processes). */
	protected String url() {
		return this.database.jdbcUrl();
	}

	protected abstract String user();

	/** SQL that takes a moment, so that two processes overlap. */
	protected abstract String pause();

	@Test
	void aTenantThatFailsMidwayStopsNoOtherAndTheOthersReachHead() throws Exception {
		List<String> tenants = tenants(TENANTS);
		String failing = tenants.get(TENANTS / 3);
		Revisions revisions = Revisions.chain();
		String locations = CliProcess.locations(revisions);
		// the failing tenant is at r1 with a table in r2's way: its run fails at r2
		assertThat(cli("--locations", locations, "--schemas", failing, "upgrade", "r1").status()).isZero();
		this.database.execute("CREATE TABLE " + this.database.dialect().quote(failing) + ".orders (x int)");

		Run run = cli("--locations", locations, "--schemas", String.join(",", tenants), "--parallel", "4", "--json",
				"upgrade");

		assertThat(run.status()).as(run.err()).isEqualTo(1);
		List<Map<String, Object>> entries = schemas(run.out());
		assertThat(entries).extracting(entry -> entry.get("schema")).containsExactlyElementsOf(tenants);
		for (Map<String, Object> entry : entries) {
			if (entry.get("schema").equals(failing)) {
				assertThat(entry).containsEntry("outcome", "FAILED").containsEntry("state", "FAILED");
				assertThat((String) entry.get("error")).contains("r2");
			}
			else {
				assertThat(entry).containsEntry("outcome", "SUCCESS").containsEntry("state", "UP_TO_DATE")
					.containsEntry("current", List.of("r3")).containsEntry("applied", List.of("r1", "r2", "r3"));
			}
		}
		for (String tenant : tenants) {
			Migrator migrator = migrator(tenant, revisions);
			assertThat(migrator.current()).containsExactly(tenant.equals(failing) ? "r1" : "r3");
		}
		assertThat(migrator(tenants.get(0), revisions).history()).extracting(row -> row.entry().revision())
			.containsExactly("r1", "r2", "r3");
	}

	@Test
	void twoProcessesOnOneFleetApplyEachRevisionOncePerTenant() throws Exception {
		List<String> tenants = tenants(12);
		Revisions revisions = new Revisions().add("p1", "none", "CREATE TABLE a (id int);", null)
			.add("p2", "p1", pause() + "\nCREATE TABLE b (id int);", null)
			.add("p3", "p2", "CREATE TABLE c (id int);", null);
		String locations = CliProcess.locations(revisions);
		String[] args = { "--url", url(), "--user", user(), "--locations", locations, "--lock-timeout", "90s",
				"--schemas", String.join(",", tenants), "--parallel", "3", "upgrade" };
		CliProcess first = CliProcess.start(args);
		CliProcess second = CliProcess.start(args);
		assertThat(first.await(120)).as(first.output()).isZero();
		assertThat(second.await(120)).as(second.output()).isZero();
		for (String tenant : tenants) {
			List<HistoryRow> history = migrator(tenant, revisions).history();
			assertThat(history).as(tenant).extracting(row -> row.entry().revision()).containsExactly("p1", "p2", "p3");
			assertThat(history).allSatisfy(row -> {
				assertThat(row.entry().operation()).isEqualTo(Operation.UPGRADE);
				assertThat(row.entry().outcome()).isEqualTo(Outcome.SUCCESS);
			});
			assertThat(migrator(tenant, revisions).current()).containsExactly("p3");
		}
		assertThat(first.output() + second.output()).contains("12 schemas:");
	}

	@Test
	void anUpToDateTenantCostsOneQuery() {
		String tenant = this.database.createSchema();
		Revisions revisions = Revisions.chain();
		QueryCounter counter = new QueryCounter();
		Migrator migrator = Migrator.forTenant(counter.wrap(this.database.dataSource()), revisions.graph(),
				settings(tenant), java.time.Clock.systemUTC(), null, null, null);
		assertThat(migrator.upgrade("heads").applied()).containsExactly("r1", "r2", "r3");
		counter.reset();
		MigrationResult again = migrator.upgrade("heads");
		assertThat(again.applied()).isEmpty();
		assertThat(again.state()).isEqualTo(State.UP_TO_DATE);
		assertThat(counter.count()).as("statements run and session switches for an up-to-date tenant").isOne();
	}

	protected List<String> tenants(int count) {
		List<String> tenants = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			tenants.add(this.database.createSchema());
		}
		return tenants;
	}

	Migrator migrator(String tenant, Revisions revisions) {
		return new Migrator(this.database.dataSource(), revisions.graph(), settings(tenant));
	}

	static MigrateSettings settings(String tenant) {
		return new MigrateSettings(TableNames.defaults().withSchema(tenant), null, LockSettings.defaults(tenant), true);
	}

	Run cli(String... args) {
		return cliAt(url(), args);
	}

	Run cliAt(String url, String... args) {
		List<String> all = new ArrayList<>(List.of("--url", url, "--user", user()));
		all.addAll(List.of(args));
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int status = MigrateCli.run(new PrintWriter(out, true), new PrintWriter(err, true), all.toArray(String[]::new));
		return new Run(status, out.toString(), err.toString());
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> schemas(String json) {
		Map<String, Object> document = JsonMapper.builder().build().readValue(json, Map.class);
		return (List<Map<String, Object>>) document.get("schemas");
	}

	record Run(int status, String out, String err) {
	}

}
