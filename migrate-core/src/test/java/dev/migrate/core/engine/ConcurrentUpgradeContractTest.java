package dev.migrate.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.migrate.core.history.HistoryRow;
import dev.migrate.core.history.Outcome;
import dev.migrate.core.plan.Operation;
import dev.migrate.core.testsupport.DatabaseContractTest;

/**
 * Four JVMs start {@code upgrade} on one empty database at once: the lock lets one run, the
 * others wait and then find nothing to do. Every revision runs exactly once.
 */
abstract class ConcurrentUpgradeContractTest extends DatabaseContractTest {

	private static final int PROCESSES = 4;

	private static final int REVISIONS = 6;

	/** The JDBC URL the other processes connect to. */
	protected String url() {
		return this.database.jdbcUrl();
	}

	protected abstract String user();

	/** SQL that takes a moment, so that the runs overlap. */
	protected abstract String pause();

	@Test
	void everyRevisionRunsExactlyOnceAndAllEndAtHead() throws Exception {
		Revisions revisions = new Revisions().add("c0", "none", "CREATE TABLE runs (revision varchar(10));", null);
		for (int i = 1; i <= REVISIONS; i++) {
			revisions.add("c" + i, "c" + (i - 1), pause() + "\nINSERT INTO runs (revision) VALUES ('c" + i + "');", null);
		}
		String locations = CliProcess.locations(revisions);
		List<CliProcess> runs = new ArrayList<>();
		for (int i = 0; i < PROCESSES; i++) {
			runs.add(CliProcess.start("--url", url(), "--user", user(), "--locations", locations, "--lock-timeout", "90s",
					"upgrade", "head"));
		}
		for (CliProcess run : runs) {
			assertThat(run.await(120)).as(run.output()).isZero();
		}
		Map<String, Integer> counts = new HashMap<>();
		try (Connection connection = this.database.connection(); Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT revision, count(*) FROM runs GROUP BY revision")) {
			while (rows.next()) {
				counts.put(rows.getString(1), rows.getInt(2));
			}
		}
		assertThat(counts).hasSize(REVISIONS).allSatisfy((revision, count) -> assertThat(count).isOne());
		Migrator migrator = new Migrator(this.database.dataSource(), revisions.graph(), MigrateSettings.defaults());
		assertThat(migrator.current()).containsExactly("c" + REVISIONS);
		List<HistoryRow> history = migrator.history();
		assertThat(history).hasSize(REVISIONS + 1)
			.allSatisfy(row -> assertThat(row.entry().outcome()).isEqualTo(Outcome.SUCCESS))
			.allSatisfy(row -> assertThat(row.entry().operation()).isEqualTo(Operation.UPGRADE));
		long nothingToDo = runs.stream().filter(run -> run.output().contains("Nothing to do")).count();
		assertThat(nothingToDo).as("all but one run found the work done").isEqualTo(PROCESSES - 1);
		assertThat(runs).as("the runs overlapped: some waited for the lock")
			.anySatisfy(run -> assertThat(run.output()).contains("Waiting for the"));
	}

}
