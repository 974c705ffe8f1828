package dev.migrate.core.lock;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.migrate.core.testsupport.DatabaseContractTest;
import dev.migrate.core.testsupport.DatabaseFixture;
import dev.migrate.core.testsupport.PostgresFixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** What only PostgreSQL's advisory lock must show: crashes free it, and it never stalls CREATE INDEX CONCURRENTLY. */
class PostgresAdvisoryLockTest extends DatabaseContractTest {

	private final ExecutorService executor = Executors.newCachedThreadPool();

	@Override
	protected DatabaseFixture createDatabase() {
		return new PostgresFixture();
	}

	@AfterEach
	void stopThreads() throws InterruptedException {
		this.executor.shutdownNow();
		this.executor.awaitTermination(10, TimeUnit.SECONDS);
	}

	private DatabaseLock lock(LockSettings settings, LockListener listener) {
		return DatabaseLocks.forDialect(this.database.dialect(), this.database.dataSource(), settings,
				Clock.systemUTC(), listener);
	}

	private LockSettings settings() {
		return LockSettings.defaults(null).withTimeout(Duration.ofSeconds(5)).withLogInterval(Duration.ofMillis(200));
	}

	private long key() {
		return PostgresAdvisoryLock.advisoryKey("migrate", this.database.schema());
	}

	@Test
	void theKeyIsWhatTheDocumentedSqlComputes() throws SQLException {
		String sql = "SELECT ('x' || left(encode(sha256(convert_to(?, 'UTF8')), 'hex'), 16))::bit(64)::bigint";
		try (Connection connection = this.database.connection();
				PreparedStatement statement = connection.prepareStatement(sql)) {
			for (String[] input : new String[][] { { "migrate", "public" }, { "billing", this.database.schema() },
					{ "zähler €", "Ünïcode" } }) {
				statement.setString(1, input[0] + ":" + input[1]);
				try (ResultSet rows = statement.executeQuery()) {
					rows.next();
					assertThat(PostgresAdvisoryLock.advisoryKey(input[0], input[1])).isEqualTo(rows.getLong(1));
				}
			}
		}
		assertThat(PostgresAdvisoryLock.advisoryKey("migrate", "public")).isEqualTo(5455289980565942615L);
	}

	@Test
	void theTimeoutMessageNamesTheHoldingPidAndTheQueryThatShowsIt() throws SQLException {
		try (HeldLock held = lock(settings(), LockListener.NONE).acquire()) {
			int pid = holderPid();
			assertThat(held.description()).isEqualTo("PostgreSQL advisory lock " + key()
					+ " for namespace 'migrate' in schema '" + this.database.schema() + "'");
			assertThatExceptionOfType(LockTimeoutException.class)
				.isThrownBy(() -> lock(settings().withTimeout(Duration.ofMillis(300)), LockListener.NONE).acquire())
				.withMessageContaining("held by pid " + pid + " (user 'postgres'")
				.withMessageContaining("FROM pg_catalog.pg_locks l JOIN pg_catalog.pg_stat_activity a")
				.withMessageContaining("= " + key())
				.withMessageContaining("pg_terminate_backend(<pid>)");
		}
	}

	@Test
	void theLockIsFreedWhenTheHoldingBackendIsTerminated() throws SQLException {
		HeldLock held = lock(settings(), LockListener.NONE).acquire();
		this.database.execute("SELECT pg_terminate_backend(" + holderPid() + ")");
		try (HeldLock next = lock(settings(), LockListener.NONE).acquire()) {
			assertThat(next.waited()).isLessThan(Duration.ofSeconds(5));
		}
		// the unlock fails on the dead session: logged, not thrown
		assertThatCode(held::close).doesNotThrowAnyException();
	}

	@Test
	void theLockIsFreedWhenTheHoldingProcessIsKilled() throws Exception {
		Process holder = LockHolderProcess.start(this.database, "postgres");
		try {
			assertThatExceptionOfType(LockTimeoutException.class)
				.isThrownBy(() -> lock(settings().withTimeout(Duration.ZERO), LockListener.NONE).acquire());
		}
		finally {
			LockHolderProcess.kill(holder);
		}
		try (HeldLock next = lock(settings(), LockListener.NONE).acquire()) {
			assertThat(next.waited()).isLessThan(Duration.ofSeconds(5));
		}
	}

	@Test
	void createIndexConcurrentlyCompletesWhileTheLockIsHeldAndAnotherRunnerWaits() throws Exception {
		createTableWithRows();
		CountDownLatch waiting = new CountDownLatch(1);
		Future<HeldLock> second;
		try (HeldLock held = lock(settings(), LockListener.NONE).acquire()) {
			second = this.executor.submit(() -> lock(settings().withTimeout(Duration.ofSeconds(60)),
					DatabaseLockContractTest.waitingLatch(waiting)).acquire());
			assertThat(waiting.await(5, TimeUnit.SECONDS)).as("the second runner polls").isTrue();
			// as a transactional: false revision runs it, on a connection of its own
			try (Connection connection = this.database.connection(); Statement statement = connection.createStatement()) {
				statement.execute("SET statement_timeout = '20s'");
				statement.execute("CREATE INDEX CONCURRENTLY items_name ON items (name)");
			}
			assertThat(indexIsValid("items_name")).isTrue();
			assertThat(second).isNotDone();
		}
		second.get(5, TimeUnit.SECONDS).close();
	}

	@Test
	void aWaiterBlockedInPgAdvisoryLockWouldStallCreateIndexConcurrently() throws Exception {
		// the failure mode polling avoids (flyway#1654, golang-migrate#960), cut short by a 2s statement_timeout
		createTableWithRows();
		try (HeldLock held = lock(settings(), LockListener.NONE).acquire();
				Connection blocked = this.database.connection()) {
			Future<Boolean> blockedWaiter = this.executor.submit(() -> {
				try (Statement statement = blocked.createStatement()) {
					return statement.execute("SELECT pg_advisory_lock(" + key() + ")");
				}
			});
			awaitUngrantedAdvisoryLock();
			try (Connection connection = this.database.connection(); Statement statement = connection.createStatement()) {
				statement.execute("SET statement_timeout = '2s'");
				assertThatExceptionOfType(SQLException.class)
					.isThrownBy(() -> statement.execute("CREATE INDEX CONCURRENTLY items_name ON items (name)"))
					.satisfies(ex -> assertThat(ex.getSQLState()).isEqualTo("57014"));
			}
			held.close();
			assertThat(blockedWaiter.get(5, TimeUnit.SECONDS)).isTrue();
		}
	}

	private void createTableWithRows() {
		this.database.execute("CREATE TABLE items (id integer PRIMARY KEY, name text NOT NULL)",
				"INSERT INTO items SELECT g, 'item ' || g FROM generate_series(1, 2000) g");
	}

	private int holderPid() throws SQLException {
		return queryInt("SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND granted"
				+ " AND ((classid::bigint << 32) | objid::bigint) = " + key());
	}

	private void awaitUngrantedAdvisoryLock() throws Exception {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
		while (queryInt("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted"
				+ " AND ((classid::bigint << 32) | objid::bigint) = " + key()) == 0) {
			assertThat(System.nanoTime()).as("the blocked waiter shows in pg_locks").isLessThan(deadline);
			Thread.sleep(20);
		}
	}

	private boolean indexIsValid(String index) throws SQLException {
		return queryInt("SELECT count(*) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid"
				+ " WHERE c.relname = '" + index + "' AND i.indisvalid") == 1;
	}

	private int queryInt(String sql) throws SQLException {
		try (Connection connection = this.database.connection(); Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(sql)) {
			assertThat(rows.next()).as(sql).isTrue();
			return rows.getInt(1);
		}
	}

}
