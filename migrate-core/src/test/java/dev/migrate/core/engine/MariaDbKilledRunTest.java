package dev.migrate.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;

import dev.migrate.core.history.HistoryRow;
import dev.migrate.core.history.Outcome;
import dev.migrate.core.testsupport.DatabaseContractTest;
import dev.migrate.core.testsupport.DatabaseFixture;
import dev.migrate.core.testsupport.MariaDbFixture;

/**
 * The command line killed with kill -9 while a MariaDB revision runs a long statement: the server
 * keeps executing it on the dead client's connection until it ends (it notices the closed socket
 * only when it answers). Until then the state is "still executing", never "repair by hand", and
 * the statements recorded as run are the ones that ran. The long statement waits for a row lock
 * this test holds, so the test decides when it ends (SLEEP() would check the client every 5 s).
 */
class MariaDbKilledRunTest extends DatabaseContractTest {

	@Override
	protected DatabaseFixture createDatabase() {
		return new MariaDbFixture();
	}

	private static void await(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
		await(what, timeout, null, condition);
	}

	private static void await(String what, Duration timeout, CliProcess process, BooleanSupplier condition)
			throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Timed out waiting until " + what
						+ ((process != null) ? "; the command line printed:\n" + process.output() : ""));
			}
			Thread.sleep(100);
		}
	}

	@Test
	void aRunKilledDuringALongStatementIsReportedAsStillExecutingUntilTheServerEndsIt() throws Exception {
		// in a database of its own: a table beside migrate's would make this one a legacy schema
		String blocker = this.database.createSchema() + ".blocker";
		this.database.execute("CREATE TABLE " + blocker + " (id int primary key, v int) ENGINE=InnoDB",
				"INSERT INTO " + blocker + " VALUES (1, 0)");
		Revisions revisions = new Revisions().add("long00000001", "none", "CREATE TABLE t_one (id int);\nUPDATE "
				+ blocker + " SET v = 1 WHERE id = 1;\nCREATE TABLE t_three (id int);", null);
		Migrator observer = new Migrator(this.database.dataSource(), revisions.graph(), MigrateSettings.defaults());
		try (Connection holder = this.database.connection(); Statement lock = holder.createStatement()) {
			holder.setAutoCommit(false);
			lock.execute("SELECT v FROM " + blocker + " WHERE id = 1 FOR UPDATE");
			CliProcess victim = CliProcess.start("--url", this.database.jdbcUrl(), "--user", "root", "--locations",
					CliProcess.locations(revisions), "upgrade");
			try {
				await("the first statement is recorded as run", Duration.ofSeconds(60), victim, () -> {
					HistoryRow last = observer.history().stream().reduce((a, b) -> b).orElse(null);
					return last != null && last.entry().statementsRun() == 1;
				});
				Thread.sleep(500);
			}
			finally {
				victim.process().destroyForcibly();
			}
			assertThat(victim.process().waitFor(10, TimeUnit.SECONDS)).isTrue();
			// the dead client's statement stays blocked on the row lock this test holds: read at once

			MigrationStatus status = observer.status("heads");
			assertThat(status.state()).as(status.detail()).isEqualTo(State.RUNNING);
			assertThat(status.reason()).isEqualTo(Reason.STILL_EXECUTING);
			String connection = status.failure().entry().connectionId();
			assertThat(connection).isNotBlank();
			assertThat(status.detail()).contains("still running on the server as connection " + connection)
				.contains("UPDATE " + blocker + " SET v = 1")
				.contains("1 statement(s) of the revision had finished")
				.contains("KILL " + connection)
				.doesNotContain("by hand");
			assertThat(status.pending()).extracting(r -> r.id()).containsExactly("long00000001");
			assertThatThrownBy(() -> observer.upgrade("heads")).isInstanceOf(StillExecutingException.class)
				.hasMessage(status.detail());
			assertThatThrownBy(() -> observer.resolve("long00000001", false)).isInstanceOf(StillExecutingException.class);
			holder.rollback();
		}
		await("the server ends the dead client's statement", Duration.ofSeconds(30),
				() -> observer.status("heads").reason() == Reason.RECORDED_FAILURE);
		MigrationStatus after = observer.status("heads");
		assertThat(after.state()).isEqualTo(State.FAILED);
		assertThat(after.failure().entry().outcome()).isEqualTo(Outcome.STARTED);
		assertThat(after.detail()).contains("at least 1 statement(s) are recorded as run");
	}

}
