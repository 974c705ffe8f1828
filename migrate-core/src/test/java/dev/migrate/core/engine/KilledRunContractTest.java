package dev.migrate.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;

import dev.migrate.core.history.HistoryRow;
import dev.migrate.core.history.Outcome;
import dev.migrate.core.testsupport.DatabaseContractTest;

/**
 * The command line killed with kill -9 while a revision outside a transaction runs a long statement:
 * the server keeps executing it on the dead client's connection until it ends. Until then the state
 * is "still executing", never "repair by hand"; the statements recorded as run are the ones that ran.
 */
abstract class KilledRunContractTest extends DatabaseContractTest {

	/** A statement that takes {@code seconds} on this database. */
	protected abstract String sleep(int seconds);

	/** Extra JDBC URL parameters, starting with the URL's separator. */
	protected String urlSuffix() {
		return "";
	}

	protected abstract String user();

	private static void await(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Timed out waiting until " + what);
			}
			Thread.sleep(100);
		}
	}

	@Test
	void aRunKilledDuringALongStatementIsReportedAsStillExecutingUntilTheServerEndsIt() throws Exception {
		Revisions revisions = new Revisions().add("long00000001", "none",
				"CREATE TABLE t_one (id int);\n" + sleep(8) + "\nCREATE TABLE t_three (id int);", null,
				"-- transactional: false\n");
		Migrator observer = new Migrator(this.database.dataSource(), revisions.graph(), MigrateSettings.defaults());
		CliProcess victim = CliProcess.start("--url", this.database.jdbcUrl() + urlSuffix(), "--user", user(),
				"--locations", CliProcess.locations(revisions), "upgrade");
		try {
			await("the first statement is recorded as run", Duration.ofSeconds(60), () -> {
				HistoryRow last = observer.history().stream().reduce((a, b) -> b).orElse(null);
				return last != null && last.entry().statementsRun() == 1;
			});
			Thread.sleep(500);
		}
		finally {
			victim.process().destroyForcibly();
		}
		assertThat(victim.process().waitFor(10, TimeUnit.SECONDS)).isTrue();
		Thread.sleep(1000);

		MigrationStatus status = observer.status("heads");
		assertThat(status.state()).as(status.detail()).isEqualTo(State.RUNNING);
		assertThat(status.reason()).isEqualTo(Reason.STILL_EXECUTING);
		String connection = status.failure().entry().connectionId();
		assertThat(connection).isNotBlank();
		assertThat(status.detail()).contains("still running on the server as connection " + connection)
			.contains("1 statement(s) of the revision had finished")
			.contains("KILL " + connection)
			.doesNotContain("by hand");
		assertThat(status.pending()).extracting(r -> r.id()).containsExactly("long00000001");
		assertThatThrownBy(() -> observer.upgrade("heads")).isInstanceOf(StillExecutingException.class)
			.hasMessage(status.detail());
		assertThatThrownBy(() -> observer.resolve("long00000001", false)).isInstanceOf(StillExecutingException.class);

		await("the server ends the dead client's statement", Duration.ofSeconds(30),
				() -> observer.status("heads").reason() == Reason.RECORDED_FAILURE);
		MigrationStatus after = observer.status("heads");
		assertThat(after.state()).isEqualTo(State.FAILED);
		assertThat(after.failure().entry().outcome()).isEqualTo(Outcome.STARTED);
		assertThat(after.detail()).contains("at least 1 statement(s) are recorded as run");
	}

}
