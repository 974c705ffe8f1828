package dev.migrate.core.rolling;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.migrate.core.engine.MigrateSettings;
import dev.migrate.core.engine.Migrator;
import dev.migrate.core.engine.State;
import dev.migrate.core.graph.RevisionGraph;
import dev.migrate.core.history.HistoryRow;
import dev.migrate.core.plan.Operation;
import dev.migrate.core.revision.Revision;
import dev.migrate.core.revision.RevisionFileParser;
import dev.migrate.core.testsupport.DatabaseContractTest;

/**
 * Rolling deploys against a real database: three code versions as in-process instances with short
 * heartbeats. Version 1 creates a table; version 2 adds a column (expand) and drops the old one
 * (contract); version 3 builds on that contract (an expand that descends from it) and drops the next
 * column (contract).
 */
abstract class RollingDeployContractTest extends DatabaseContractTest {

	private static final Duration HEARTBEAT = Duration.ofMillis(300);

	/** Three missed heartbeats, one more tick, and room for a loaded machine. */
	private static final Duration GONE = HEARTBEAT.multipliedBy(4).plusSeconds(10);

	private final List<RollingDeploy> started = new ArrayList<>();

	private ScheduledExecutorService beats;

	@AfterEach
	void stopInstances() {
		if (this.beats != null) {
			this.beats.shutdownNow();
		}
		this.started.forEach(RollingDeploy::close);
	}

	private static final String A = """
			-- revision: a00000000001
			-- down_revision: none
			-- message: create items
			-- phase: expand

			-- migrate:upgrade
			CREATE TABLE items (id int primary key, old_name varchar(50), note varchar(50));
			""";

	private static final String B = """
			-- revision: b00000000002
			-- down_revision: a00000000001
			-- message: add new_name
			-- phase: expand

			-- migrate:upgrade
			ALTER TABLE items ADD new_name varchar(50);
			""";

	private static final String C = """
			-- revision: c00000000003
			-- down_revision: b00000000002
			-- message: drop old_name
			-- phase: contract

			-- migrate:upgrade
			ALTER TABLE items DROP COLUMN old_name;
			""";

	private static final String D = """
			-- revision: d00000000004
			-- down_revision: c00000000003
			-- message: add remark
			-- phase: expand

			-- migrate:upgrade
			ALTER TABLE items ADD remark varchar(50);
			""";

	private static final String E = """
			-- revision: e00000000005
			-- down_revision: d00000000004
			-- message: drop note
			-- phase: contract

			-- migrate:upgrade
			ALTER TABLE items DROP COLUMN note;
			""";

	private static RevisionGraph graph(String... files) {
		List<Revision> revisions = new ArrayList<>();
		for (String file : files) {
			String id = file.lines().findFirst().orElseThrow().substring("-- revision: ".length()).trim();
			revisions.add(new RevisionFileParser().parse("db/revisions/" + id + "_test.sql", file));
		}
		return RevisionGraph.of(revisions);
	}

	private RollingDeploy instance(String id, RevisionGraph graph, ContractMode mode) {
		Migrator migrator = new Migrator(this.database.dataSource(), graph, MigrateSettings.defaults());
		RollingDeploy deploy = new RollingDeploy(migrator, InstanceRegistry.of(migrator), mode, HEARTBEAT, id, "heads",
				true);
		this.started.add(deploy);
		return deploy;
	}

	private InstanceRegistry registry() {
		return new InstanceRegistry(this.database.dataSource(), null, InstanceRegistry.DEFAULT_TABLE);
	}

	@Test
	void contractRevisionsWaitForTheOldVersionAndAreAppliedOnceWhenItIsGone() throws Exception {
		RollingDeploy v1a = instance("v1a", graph(A), ContractMode.AUTO);
		v1a.upgrade("heads");
		// v1b stands for a process that will be killed: its heartbeats are written here, and then stop
		InstanceRegistry registry = registry();
		registry.register("v1b", List.of("a00000000001"), "host", 1, HEARTBEAT);
		this.beats = Executors.newSingleThreadScheduledExecutor();
		Connection beatConnection = registry.connect();
		this.beats.scheduleWithFixedDelay(() -> {
			try {
				registry.heartbeat(beatConnection, "v1b");
			}
			catch (Exception ex) {
				// the test's own beat: a failure shows as v1b gone early, which the assertions catch
			}
		}, 0, HEARTBEAT.toMillis(), TimeUnit.MILLISECONDS);

		RollingDeploy v2a = instance("v2a", graph(A, B, C), ContractMode.AUTO);
		RollingDeploy v2b = instance("v2b", graph(A, B, C), ContractMode.AUTO);
		assertThat(v2a.upgrade("heads").applied()).containsExactly("b00000000002");
		assertThat(v2b.upgrade("heads").applied()).isEmpty();
		assertThat(v2a.migrator().status("heads").state()).isEqualTo(State.UP_TO_DATE);
		assertThat(v2a.migrator().status("heads").pending()).isEmpty();
		ContractDecision v2 = v2a.decide(v2a.migrator().current());
		assertThat(v2.held()).containsExactly("c00000000003");
		assertThat(v2.waitingFor()).containsExactlyInAnyOrder("v1a", "v1b");

		RollingDeploy v3 = instance("v3", graph(A, B, C, D, E), ContractMode.AUTO);
		assertThat(v3.upgrade("heads").applied()).isEmpty();
		ContractDecision v3Held = v3.decide(v3.migrator().current());
		// d descends from c, so it waits with it; e waits for version 2 as well
		assertThat(v3Held.held()).containsExactly("c00000000003", "d00000000004", "e00000000005");
		assertThat(v3Held.waitingFor()).containsExactlyInAnyOrder("v1a", "v1b", "v2a", "v2b");
		assertThat(columns()).contains("old_name");

		v1a.close();
		this.beats.shutdownNow();
		beatConnection.close();
		// the version rows, not the history: on MariaDB a revision's history row exists while it runs
		await(() -> v3.migrator().current().equals(List.of("d00000000004")));
		assertThat(applied("d00000000004")).isEqualTo(1);
		assertThat(applied("c00000000003")).isEqualTo(1);
		assertThat(columns()).doesNotContain("old_name").contains("note", "remark");
		ContractDecision waiting = v3.decide(v3.migrator().current());
		assertThat(waiting.held()).containsExactly("e00000000005");
		assertThat(waiting.waitingFor()).containsExactlyInAnyOrder("v2a", "v2b");

		v2a.close();
		v2b.close();
		await(() -> v3.migrator().current().equals(List.of("e00000000005")));
		assertThat(applied("e00000000005")).isEqualTo(1);
		assertThat(columns()).doesNotContain("note");
		assertThat(v3.migrator().status("heads").state()).isEqualTo(State.UP_TO_DATE);
		assertThat(v3.decide(v3.migrator().current()).held()).isEmpty();
		assertThat(applied("c00000000003")).isEqualTo(1);
	}

	@Test
	void aSingleInstanceOnAFreshDatabaseAppliesEverythingAtOnce() {
		RollingDeploy v2 = instance("v2", graph(A, B, C), ContractMode.AUTO);
		assertThat(v2.upgrade("heads").applied()).containsExactly("a00000000001", "b00000000002", "c00000000003");
	}

	@Test
	void manualHoldsContractRevisionsWithNoOtherInstance() {
		RollingDeploy v2 = instance("v2", graph(A, B, C), ContractMode.MANUAL);
		assertThat(v2.upgrade("heads").applied()).containsExactly("a00000000001", "b00000000002");
		ContractDecision decision = v2.decide(v2.migrator().current());
		assertThat(decision.held()).containsExactly("c00000000003");
		assertThat(decision.waitingFor()).isEmpty();
		assertThat(v2.migrator().withHolding(dev.migrate.core.engine.Holding.NONE).upgrade("heads").applied())
			.containsExactly("c00000000003");
	}

	@Test
	void anInstanceIsGoneAfterThreeMissedHeartbeatsOrWhenItDeregisters() {
		InstanceRegistry registry = registry();
		assertThat(registry.live()).isEmpty();
		registry.register("quiet", List.of("a00000000001"), "host", 1, HEARTBEAT);
		registry.register("clean", List.of("a00000000001"), "host", 2, Duration.ofMinutes(5));
		assertThat(registry.live()).extracting(Instance::id).containsExactlyInAnyOrder("quiet", "clean");
		registry.deregister("clean");
		assertThat(registry.live()).extracting(Instance::id).containsExactly("quiet");
		await(() -> registry.live().isEmpty());
		Instance gone = registry.instances().get(0);
		assertThat(gone.silentFor()).isGreaterThan(HEARTBEAT.multipliedBy(Instance.MISSED_HEARTBEATS));
		assertThat(gone.heads()).containsExactly("a00000000001");
	}

	private long applied(String revision) {
		Migrator reader = new Migrator(this.database.dataSource(), graph(A), MigrateSettings.defaults());
		List<HistoryRow> history = reader.history();
		return history.stream()
			.filter((row) -> row.entry().revision().equals(revision) && row.entry().operation() == Operation.UPGRADE)
			.count();
	}

	private List<String> columns() throws Exception {
		List<String> names = new ArrayList<>();
		try (Connection connection = this.database.connection();
				var rows = connection.createStatement().executeQuery("SELECT * FROM items WHERE 1 = 0")) {
			for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
				names.add(rows.getMetaData().getColumnName(i).toLowerCase(java.util.Locale.ROOT));
			}
		}
		return names;
	}

	private static void await(BooleanSupplier condition) {
		long deadline = System.nanoTime() + GONE.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Condition not met within " + GONE);
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError(ex);
			}
		}
	}

}
