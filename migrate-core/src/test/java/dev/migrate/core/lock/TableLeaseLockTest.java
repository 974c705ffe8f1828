package dev.migrate.core.lock;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.migrate.core.testsupport.DatabaseContractTest;
import dev.migrate.core.testsupport.DatabaseFixture;
import dev.migrate.core.testsupport.H2Fixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** What only the lock table lease must show, on H2: dead owners' leases are taken over, live ones kept alive. */
class TableLeaseLockTest extends DatabaseContractTest {

	private static final String TABLE = LockSettings.DEFAULT_LOCK_TABLE;

	private final ExecutorService executor = Executors.newCachedThreadPool();

	@Override
	protected DatabaseFixture createDatabase() {
		return new H2Fixture();
	}

	@AfterEach
	void stopThreads() throws InterruptedException {
		this.executor.shutdownNow();
		this.executor.awaitTermination(10, TimeUnit.SECONDS);
	}

	private DatabaseLock lock(LockSettings settings) {
		return lock(settings, Clock.systemUTC());
	}

	private DatabaseLock lock(LockSettings settings, Clock clock) {
		return new TableLeaseLock(this.database.dialect(), this.database.dataSource(), settings, clock,
				LockListener.NONE);
	}

	private LockSettings settings() {
		return LockSettings.defaults(null).withTimeout(Duration.ofSeconds(5)).withLogInterval(Duration.ofMillis(200));
	}

	@Test
	void takesOverTheExpiredLeaseOfADeadOwner() throws SQLException {
		insertLease("dead-host:1:gone", Instant.now().minusSeconds(60));
		try (HeldLock held = lock(settings()).acquire()) {
			assertThat(held.waited()).isLessThan(Duration.ofSeconds(2));
			assertThat(lease().owner()).isNotEqualTo("dead-host:1:gone").contains(":" + ProcessHandle.current().pid() + ":");
		}
		assertThat(lease()).isNull();
	}

	@Test
	void leavesALiveLeaseAloneAndNamesItsOwnerAndExpiry() throws SQLException {
		Instant expiry = Instant.now().plusSeconds(60).truncatedTo(ChronoUnit.MILLIS);
		insertLease("other-host:2:alive", expiry);
		assertThatExceptionOfType(LockTimeoutException.class)
			.isThrownBy(() -> lock(settings().withTimeout(Duration.ofMillis(500))).acquire())
			.satisfies(ex -> assertThat(ex.holder()).isEqualTo("owner 'other-host:2:alive' (lease expires at "
					+ LocalDateTime.ofInstant(expiry, ZoneOffset.UTC) + " UTC)"))
			.withMessageContaining("waiting for the lock table lease for namespace 'migrate' in PUBLIC.migrate_lock")
			.withMessageContaining("SELECT * FROM \"PUBLIC\".\"migrate_lock\" WHERE namespace = 'migrate'");
		assertThat(lease().owner()).isEqualTo("other-host:2:alive");
	}

	@Test
	void theHeartbeatKeepsALeaseForLongerThanItsLength() throws SQLException {
		LockSettings shortLease = settings().withLease(Duration.ofMillis(600));
		Instant acquired = Instant.now();
		try (HeldLock held = lock(shortLease).acquire()) {
			assertThatExceptionOfType(LockTimeoutException.class)
				.isThrownBy(() -> lock(shortLease.withTimeout(Duration.ofSeconds(2))).acquire());
			assertThat(lease().expiresAt()).isAfter(LocalDateTime.ofInstant(acquired.plusSeconds(2), ZoneOffset.UTC));
		}
		assertThat(lease()).isNull();
	}

	@Test
	void ofWaitersRacingForAnExpiredLeaseOnlyOneWins() throws Exception {
		insertLease("dead-host:1:gone", Instant.now().minusSeconds(60));
		CountDownLatch start = new CountDownLatch(1);
		List<Future<HeldLock>> racers = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			DatabaseLock lock = lock(settings().withTimeout(Duration.ofSeconds(1)));
			racers.add(this.executor.submit(() -> {
				start.await();
				try {
					return lock.acquire();
				}
				catch (LockTimeoutException ex) {
					return null;
				}
			}));
		}
		start.countDown();
		List<HeldLock> winners = new ArrayList<>();
		for (Future<HeldLock> racer : racers) {
			HeldLock held = racer.get(10, TimeUnit.SECONDS);
			if (held != null) {
				winners.add(held);
			}
		}
		assertThat(winners).hasSize(1);
		winners.forEach(HeldLock::close);
	}

	@Test
	void leaseTimesComeFromTheInjectedClock() throws SQLException {
		// a runner whose clock is two minutes ahead sees a lease with a minute left as expired:
		// why runners' clocks must agree to well within the lease
		insertLease("other-host:3:alive", Instant.now().plusSeconds(60));
		Clock ahead = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(2));
		try (HeldLock held = lock(settings().withTimeout(Duration.ZERO), ahead).acquire()) {
			assertThat(lease().owner()).isNotEqualTo("other-host:3:alive");
			assertThat(lease().expiresAt()).isAfter(LocalDateTime.ofInstant(Instant.now().plusSeconds(170), ZoneOffset.UTC));
		}
	}

	@Test
	void runnersCreatingTheLockTableAtTheSameMomentAllSucceed() throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		List<Future<HeldLock>> runners = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			DatabaseLock lock = lock(settings().withNamespace("namespace-" + i).withTimeout(Duration.ZERO));
			runners.add(this.executor.submit(() -> {
				start.await();
				return lock.acquire();
			}));
		}
		start.countDown();
		List<HeldLock> held = new ArrayList<>();
		for (Future<HeldLock> runner : runners) {
			held.add(runner.get(10, TimeUnit.SECONDS));
		}
		assertThat(count()).isEqualTo(8);
		held.forEach(HeldLock::close);
		assertThat(count()).isZero();
	}

	@Test
	void releasingALeaseTakenByAnotherOwnerLeavesTheirRow() throws SQLException {
		HeldLock held = lock(settings()).acquire();
		this.database.execute("UPDATE " + table() + " SET owner = 'other-host:4:taker'");
		assertThatCode(held::close).doesNotThrowAnyException();
		assertThat(lease().owner()).isEqualTo("other-host:4:taker");
	}

	private record Lease(String owner, LocalDateTime expiresAt) {
	}

	private String table() {
		return this.database.dialect().qualify(this.database.schema(), TABLE);
	}

	private void insertLease(String owner, Instant expiresAt) throws SQLException {
		this.database.execute(TableLeaseLock.createTableSql(this.database.dialect(), this.database.schema(), TABLE));
		try (Connection connection = this.database.connection(); PreparedStatement insert = connection.prepareStatement(
				"INSERT INTO " + table() + " (namespace, owner, acquired_at, expires_at) VALUES ('migrate', ?, ?, ?)")) {
			insert.setString(1, owner);
			insert.setObject(2, LocalDateTime.ofInstant(expiresAt.minusSeconds(60), ZoneOffset.UTC));
			insert.setObject(3, LocalDateTime.ofInstant(expiresAt, ZoneOffset.UTC));
			insert.executeUpdate();
		}
	}

	private Lease lease() throws SQLException {
		try (Connection connection = this.database.connection(); PreparedStatement select = connection
			.prepareStatement("SELECT owner, expires_at FROM " + table() + " WHERE namespace = 'migrate'");
				ResultSet rows = select.executeQuery()) {
			return rows.next() ? new Lease(rows.getString(1), rows.getObject(2, LocalDateTime.class)) : null;
		}
	}

	private int count() throws SQLException {
		try (Connection connection = this.database.connection();
				PreparedStatement select = connection.prepareStatement("SELECT count(*) FROM " + table());
				ResultSet rows = select.executeQuery()) {
			rows.next();
			return rows.getInt(1);
		}
	}

}
