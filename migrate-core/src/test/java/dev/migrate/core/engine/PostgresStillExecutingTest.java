package dev.migrate.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import dev.migrate.core.testsupport.DatabaseContractTest;
import dev.migrate.core.testsupport.DatabaseFixture;
import dev.migrate.core.testsupport.PostgresFixture;

/**
 * On PostgreSQL a killed client's backend ends within seconds (migrate sets
 * {@code client_connection_check_interval}), too soon to catch after a kill -9 without racing it;
 * so the recorded connection is a live one here, busy in a long statement, and then idle.
 */
class PostgresStillExecutingTest extends DatabaseContractTest {

	@Override
	protected DatabaseFixture createDatabase() {
		return new PostgresFixture();
	}

	@Test
	void aStartedRecordWhoseConnectionStillExecutesIsRunningNotARepairByHand() throws Exception {
		Revisions revisions = Revisions.chain();
		Migrator migrator = new Migrator(this.database.dataSource(), revisions.graph(), MigrateSettings.defaults());
		migrator.upgrade("r1");
		try (Connection busy = this.database.connection(); Statement statement = busy.createStatement()) {
			String pid;
			try (ResultSet rows = statement.executeQuery("SELECT pg_backend_pid()")) {
				rows.next();
				pid = rows.getString(1);
			}
			this.database.execute("INSERT INTO migrate_history (revision, operation, down_revisions, message, started_at, "
					+ "applied_by, outcome, statements_run, connection_id) VALUES ('r2', 'upgrade', 'r1', 'revision r2', "
					+ this.database.dialect().timestampLiteral(Instant.now()) + ", 'dead@host', 'STARTED', 1, '" + pid + "')");
			CompletableFuture<Boolean> sleeping = CompletableFuture.supplyAsync(() -> {
				try {
					return statement.execute("SELECT pg_sleep(3)");
				}
				catch (java.sql.SQLException ex) {
					throw new IllegalStateException(ex);
				}
			});
			Thread.sleep(500);
			MigrationStatus status = migrator.status("heads");
			assertThat(status.state()).isEqualTo(State.RUNNING);
			assertThat(status.reason()).isEqualTo(Reason.STILL_EXECUTING);
			assertThat(status.detail()).contains("still running on the server as connection " + pid)
				.contains("pg_sleep(3)")
				.contains("pg_terminate_backend(" + pid + ")");
			assertThat(status.pending()).extracting(r -> r.id()).containsExactly("r2", "r3");
			assertThatThrownBy(() -> migrator.upgrade("heads")).isInstanceOf(StillExecutingException.class);
			sleeping.get(10, TimeUnit.SECONDS);
			MigrationStatus idle = migrator.status("heads");
			assertThat(idle.state()).as("the connection is idle: nothing of the dead run executes").isEqualTo(State.FAILED);
			assertThat(idle.reason()).isEqualTo(Reason.RECORDED_FAILURE);
		}
	}

}
