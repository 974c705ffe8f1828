package dev.migrate.core.lock;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import dev.migrate.core.testsupport.DatabaseContractTest;
import dev.migrate.core.testsupport.DatabaseFixture;
import dev.migrate.core.testsupport.MariaDbFixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** What only MariaDB's named lock must show: a killed holder frees it, long names work. */
class MariaDbNamedLockTest extends DatabaseContractTest {

	@Override
	protected DatabaseFixture createDatabase() {
		return new MariaDbFixture();
	}

	private DatabaseLock lock(LockSettings settings) {
		return DatabaseLocks.forDialect(this.database.dialect(), this.database.dataSource(), settings,
				Clock.systemUTC(), LockListener.NONE);
	}

	private LockSettings settings() {
		return LockSettings.defaults(null).withTimeout(Duration.ofSeconds(5)).withLogInterval(Duration.ofMillis(200));
	}

	private String name() {
		return MariaDbNamedLock.lockName("migrate", this.database.schema());
	}

	@Test
	void theTimeoutMessageNamesTheHoldingConnectionAndHowToFindIt() throws SQLException {
		try (HeldLock held = lock(settings()).acquire()) {
			assertThat(held.description()).isEqualTo("MariaDB named lock '" + name() + "' for namespace 'migrate'"
					+ " in schema '" + this.database.schema() + "'");
			assertThatExceptionOfType(LockTimeoutException.class)
				.isThrownBy(() -> lock(settings().withTimeout(Duration.ofMillis(300))).acquire())
				.withMessageContaining("held by connection " + holderId() + " (user 'root' from ")
				.withMessageContaining("SELECT IS_USED_LOCK('" + name() + "')")
				.withMessageContaining("KILL <id>");
		}
	}

	@Test
	void theLockIsFreedWhenTheHoldingConnectionIsKilled() throws SQLException {
		HeldLock held = lock(settings()).acquire();
		this.database.execute("KILL " + holderId());
		try (HeldLock next = lock(settings()).acquire()) {
			assertThat(next.waited()).isLessThan(Duration.ofSeconds(5));
		}
		// RELEASE_LOCK fails on the dead connection: logged, not thrown
		assertThatCode(held::close).doesNotThrowAnyException();
	}

	@Test
	void theLockIsFreedWhenTheHoldingProcessIsKilled() throws Exception {
		Process holder = LockHolderProcess.start(this.database, "root");
		try {
			assertThatExceptionOfType(LockTimeoutException.class)
				.isThrownBy(() -> lock(settings().withTimeout(Duration.ZERO)).acquire());
		}
		finally {
			LockHolderProcess.kill(holder);
		}
		try (HeldLock next = lock(settings()).acquire()) {
			assertThat(next.waited()).isLessThan(Duration.ofSeconds(5));
		}
	}

	@Test
	void aNamespaceTooLongForALockNameStillLocks() {
		String namespace = "n".repeat(LockSettings.MAX_NAMESPACE_LENGTH);
		try (HeldLock held = lock(settings().withNamespace(namespace)).acquire()) {
			assertThat(held.description()).contains(MariaDbNamedLock.lockName(namespace, this.database.schema()));
			assertThatExceptionOfType(LockTimeoutException.class)
				.isThrownBy(() -> lock(settings().withNamespace(namespace).withTimeout(Duration.ZERO)).acquire());
			try (HeldLock other = lock(settings().withNamespace(namespace.substring(1) + "m").withTimeout(Duration.ZERO))
				.acquire()) {
				assertThat(other.description()).isNotEqualTo(held.description());
			}
		}
	}

	@Test
	void longLockNamesAreCutTo64CharactersAndStayDistinct() {
		assertThat(MariaDbNamedLock.lockName("migrate", "app")).isEqualTo("migrate:migrate:app");
		String first = MariaDbNamedLock.lockName("n".repeat(60) + "1", "app");
		String second = MariaDbNamedLock.lockName("n".repeat(60) + "2", "app");
		assertThat(first).hasSize(64).startsWith("migrate:nnnn").isNotEqualTo(second);
		assertThat(second).hasSize(64);
		assertThat(MariaDbNamedLock.lockName("n".repeat(60) + "1", "app")).isEqualTo(first);
	}

	private long holderId() throws SQLException {
		try (Connection connection = this.database.connection();
				PreparedStatement statement = connection.prepareStatement("SELECT IS_USED_LOCK(?)")) {
			statement.setString(1, name());
			try (ResultSet rows = statement.executeQuery()) {
				rows.next();
				return rows.getLong(1);
			}
		}
	}

}
