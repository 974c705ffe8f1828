package dev.migrate.core.lock;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import dev.migrate.core.ErrorCode;

import static org.assertj.core.api.Assertions.assertThat;

class LockTimeoutExceptionTest {

	@Test
	void saysWhatWasAwaitedWhoHeldItForHowLongAndWhatToDo() {
		LockTimeoutException ex = new LockTimeoutException("PostgreSQL advisory lock 42 for namespace 'migrate'",
				Duration.ofMillis(2050), Duration.ofSeconds(2), "pid 7", "To see the holding session: SELECT 1.");
		assertThat(ex.code()).isEqualTo(ErrorCode.LOCK_TIMEOUT);
		assertThat(ex.holder()).isEqualTo("pid 7");
		assertThat(ex.waited()).isEqualTo(Duration.ofMillis(2050));
		assertThat(ex.getMessage()).isEqualTo("Gave up after 2.1s waiting for the PostgreSQL advisory lock 42 for"
				+ " namespace 'migrate', held by pid 7. Another migrate run is probably still working on this database:"
				+ " let it finish, or raise migrate.lock.timeout (--lock-timeout on the command line), now 2s."
				+ " To see the holding session: SELECT 1.");
	}

	@Test
	void leavesOutTheHolderWhenUnknown() {
		LockTimeoutException ex = new LockTimeoutException("lock table lease for namespace 'migrate' in PUBLIC.migrate_lock",
				Duration.ofMillis(350), Duration.ZERO, null, null);
		assertThat(ex.getMessage()).startsWith("Gave up after 350ms waiting for the lock table lease for namespace"
				+ " 'migrate' in PUBLIC.migrate_lock. Another").endsWith("now 0ms.");
	}

}
