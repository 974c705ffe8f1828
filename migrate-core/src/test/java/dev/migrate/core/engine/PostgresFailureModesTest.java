package dev.migrate.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;

import dev.migrate.core.lock.LockSettings;
import dev.migrate.core.testsupport.DatabaseContractTest;
import dev.migrate.core.testsupport.DatabaseFixture;
import dev.migrate.core.testsupport.PostgresFixture;

/** What only a real PostgreSQL can show: a runner killed mid-revision, and CREATE INDEX CONCURRENTLY. */
class PostgresFailureModesTest extends DatabaseContractTest {

	@Override
	protected DatabaseFixture createDatabase() {
		return new PostgresFixture();
	}

	private Migrator migrator(Revisions revisions, Duration lockTimeout) {
		MigrateSettings settings = MigrateSettings.defaults();
		return new Migrator(this.database.dataSource(), revisions.graph(),
				settings.withLock(settings.lock().withTimeout(lockTimeout)));
	}

	private boolean exists(String sql) {
		try (Connection connection = this.database.connection(); Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(sql)) {
			return rows.next();
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void await(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Timed out waiting until " + what);
			}
			Thread.sleep(50);
		}
	}

	@Test
	void runnerKilledMidRevisionLeavesNothingHalfDoneAndTheNextRunCompletes() throws Exception {
		Revisions revisions = new Revisions().add("k1", "none", "CREATE TABLE before_crash (id int);", null)
			.add("k2", "k1", "CREATE TABLE crash_marker (id int);\n"
					+ "SELECT pg_sleep(CASE WHEN current_setting('application_name') = 'crashme' THEN 120 ELSE 0 END);",
					null);
		String url = this.database.jdbcUrl() + "&ApplicationName=crashme";
		CliProcess victim = CliProcess.start("--url", url, "--user", "postgres", "--locations",
				CliProcess.locations(revisions), "upgrade", "head");
		await("the victim sleeps inside revision k2", Duration.ofSeconds(60),
				() -> exists("SELECT 1 FROM pg_stat_activity WHERE application_name = 'crashme' AND state = 'active' "
						+ "AND query LIKE '%pg_sleep%'"));

		victim.process().destroyForcibly();
		assertThat(victim.process().waitFor(10, TimeUnit.SECONDS)).isTrue();

		Migrator next = migrator(revisions, Duration.ofSeconds(30));
		assertThat(next.current()).as("k2 is not recorded").containsExactly("k1");
		assertThat(next.history()).extracting(row -> row.entry().revision()).containsExactly("k1");
		MigrationResult result = next.upgrade("head");
		assertThat(result.lockWaitMillis()).as("the dead runner's lock is free").isLessThan(5000);
		assertThat(result.applied()).containsExactly("k2");
		assertThat(next.current()).containsExactly("k2");
		assertThat(exists("SELECT 1 FROM pg_stat_activity WHERE application_name = 'crashme'")).isFalse();
	}

	@Test
	void runnerKilledInsideANonTransactionalRevisionLeavesABlockingRecord() throws Exception {
		Revisions revisions = new Revisions().add("n1", "none", "CREATE TABLE first_half (id int);\n"
				+ "SELECT pg_sleep(CASE WHEN current_setting('application_name') = 'crashme' THEN 120 ELSE 0 END);\n"
				+ "CREATE TABLE second_half (id int);", null, "-- transactional: false\n");
		CliProcess victim = CliProcess.start("--url", this.database.jdbcUrl() + "&ApplicationName=crashme", "--user",
				"postgres", "--locations", CliProcess.locations(revisions), "upgrade", "head");
		await("the victim sleeps inside revision n1", Duration.ofSeconds(60),
				() -> exists("SELECT 1 FROM pg_stat_activity WHERE application_name = 'crashme' AND state = 'active' "
						+ "AND query LIKE '%pg_sleep%'"));
		Migrator observer = migrator(revisions, Duration.ofSeconds(30));
		assertThat(observer.status("head").state()).as("alive: running, not failed").isEqualTo(State.RUNNING);

		victim.process().destroyForcibly();
		assertThat(victim.process().waitFor(10, TimeUnit.SECONDS)).isTrue();
		await("the dead runner's session is gone", Duration.ofSeconds(30),
				() -> !exists("SELECT 1 FROM pg_stat_activity WHERE application_name = 'crashme'"));

		assertThat(observer.status("head").state()).as("dead: the record blocks").isEqualTo(State.FAILED);
		assertThatThrownBy(() -> observer.upgrade("head")).isInstanceOf(RecordedFailureException.class)
			.hasMessageContaining("never finished")
			.hasMessageContaining("migrate resolve n1");
		assertThat(exists("SELECT 1 FROM pg_tables WHERE tablename = 'first_half' AND schemaname = '"
				+ this.database.schema() + "'")).as("what ran outside a transaction stays").isTrue();
	}

	@Test
	void createIndexConcurrentlyCompletesWhileTheLockIsHeldAndAnotherRunnerWaits() throws Exception {
		Revisions revisions = new Revisions()
			.add("i1", "none", "CREATE TABLE items (id int primary key, name text);\n"
					+ "INSERT INTO items SELECT g, 'item ' || g FROM generate_series(1, 1000) g;", null)
			.add("i2", "i1", "SELECT pg_sleep(1);\nCREATE INDEX CONCURRENTLY items_name ON items (name);",
					"DROP INDEX CONCURRENTLY items_name;", "-- transactional: false\n");
		Migrator first = migrator(revisions, Duration.ofSeconds(60));
		Migrator second = migrator(revisions, Duration.ofSeconds(60));
		CompletableFuture<MigrationResult> running = CompletableFuture.supplyAsync(() -> first.upgrade("head"));
		await("the first runner holds the lock", Duration.ofSeconds(20),
				() -> exists("SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND granted"));
		CompletableFuture<MigrationResult> waiting = CompletableFuture.supplyAsync(() -> second.upgrade("head"));

		MigrationResult result = running.get(60, TimeUnit.SECONDS);
		assertThat(result.applied()).containsExactly("i1", "i2");
		assertThat(waiting.get(60, TimeUnit.SECONDS).applied()).isEmpty();
		assertThat(exists("SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
				+ "WHERE c.relname = 'items_name' AND i.indisvalid")).isTrue();
	}

	@Test
	void aFailedCreateIndexConcurrentlyNamesTheInvalidIndexItLeftAndHowToDropIt() {
		Revisions revisions = new Revisions()
			.add("i1", "none", "CREATE TABLE items (id int primary key, name text);\n"
					+ "INSERT INTO items VALUES (1, 'same'), (2, 'same');", null)
			.add("i2", "i1", "CREATE UNIQUE INDEX CONCURRENTLY items_name ON items (name);", null,
					"-- transactional: false\n");
		Migrator migrator = migrator(revisions, Duration.ofSeconds(10));
		String schema = this.database.schema();
		assertThatThrownBy(() -> migrator.upgrade("head")).isInstanceOf(RevisionFailedException.class)
			.hasMessageContaining("could not create unique index")
			.hasMessageContaining("left the INVALID index " + schema + ".items_name behind")
			.hasMessageContaining("'DROP INDEX CONCURRENTLY " + schema + ".items_name;'");
		assertThat(exists("SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
				+ "WHERE c.relname = 'items_name' AND NOT i.indisvalid")).as("PostgreSQL kept it, invalid").isTrue();
		this.database.execute("DROP INDEX CONCURRENTLY " + schema + ".items_name");
	}

	@Test
	void aFailedBookkeepingBatchIsNamedAndCutToAnExcerpt() throws SQLException {
		String huge = "INSERT INTO no_such_history (down_revisions) VALUES ('" + "p".repeat(26_000) + "')";
		try (Connection connection = this.database.connection()) {
			Session session = new Session(connection, this.database.dialect(), dev.migrate.core.dialect.TableNames.defaults());
			assertThatThrownBy(() -> session.writeBatch(java.util.List.of("SELECT 1", huge), "record the merge m1"))
				.hasMessageStartingWith("Could not record the merge m1: ")
				.hasMessageContaining("no_such_history")
				.satisfies(ex -> assertThat(ex.getMessage()).hasSizeLessThan(800).doesNotContain("ppppp"));
		}
	}

	@Test
	void createIndexConcurrentlyInATransactionalRevisionFailsAndIsRolledBack() {
		Revisions revisions = new Revisions()
			.add("i1", "none", "CREATE TABLE items (id int primary key, name text);", null)
			.add("i2", "i1", "CREATE INDEX CONCURRENTLY items_name ON items (name);", null);
		Migrator migrator = migrator(revisions, Duration.ofSeconds(10));
		assertThatThrownBy(() -> migrator.upgrade("head")).isInstanceOf(RevisionFailedException.class)
			.hasMessageContaining("cannot run inside a transaction block")
			.hasMessageContaining("rolled back");
		assertThat(migrator.current()).containsExactly("i1");
	}

	@Test
	void waitingRunnerGivesUpAfterTheLockTimeoutSayingWhatItWaitedFor() throws Exception {
		Revisions revisions = new Revisions().add("w1", "none", "CREATE TABLE w (id int);", null);
		LockSettings settings = LockSettings.defaults(this.database.schema());
		try (var held = dev.migrate.core.lock.DatabaseLocks
			.forDialect(this.database.dialect(), this.database.dataSource(), settings, java.time.Clock.systemUTC(),
					dev.migrate.core.lock.LockListener.NONE)
			.acquire()) {
			long started = System.nanoTime();
			assertThatThrownBy(() -> migrator(revisions, Duration.ofMillis(1500)).upgrade("head"))
				.isInstanceOf(dev.migrate.core.lock.LockTimeoutException.class)
				.hasMessageContaining("advisory lock")
				.hasMessageContaining(this.database.schema())
				.hasMessageContaining("migrate.lock.timeout");
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(1500));
		}
		assertThat(migrator(revisions, Duration.ofSeconds(5)).upgrade("head").applied()).containsExactly("w1");
	}

	@Test
	void upToDateRunDoesNotWaitForTheLock() throws Exception {
		Revisions revisions = new Revisions().add("w1", "none", "CREATE TABLE w (id int);", null);
		migrator(revisions, Duration.ofSeconds(5)).upgrade("head");
		try (var held = dev.migrate.core.lock.DatabaseLocks
			.forDialect(this.database.dialect(), this.database.dataSource(), LockSettings.defaults(this.database.schema()),
					java.time.Clock.systemUTC(), dev.migrate.core.lock.LockListener.NONE)
			.acquire()) {
			MigrationResult result = migrator(revisions, Duration.ofMillis(500)).upgrade("head");
			assertThat(result.state()).isEqualTo(State.UP_TO_DATE);
			assertThat(result.applied()).isEmpty();
			Revisions more = new Revisions().add("w1", "none", "CREATE TABLE w (id int);", null)
				.add("w2", "w1", "CREATE TABLE w2 (id int);", null);
			assertThatThrownBy(() -> migrator(more, Duration.ofMillis(500)).upgrade("head"))
				.as("work to do still waits for the lock")
				.isInstanceOf(dev.migrate.core.lock.LockTimeoutException.class);
		}
	}

}
