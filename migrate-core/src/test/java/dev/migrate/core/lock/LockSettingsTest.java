package dev.migrate.core.lock;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import dev.migrate.core.ErrorCode;
import dev.migrate.core.MigrateException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class LockSettingsTest {

	private static final LockSettings DEFAULTS = LockSettings.defaults(null);

	@Test
	void defaultsAreNamespaceMigrateTableMigrateLockAndAMinuteToWait() {
		LockSettings settings = LockSettings.defaults("app");
		assertThat(settings.namespace()).isEqualTo("migrate");
		assertThat(settings.schema()).isEqualTo("app");
		assertThat(settings.lockTable()).isEqualTo("migrate_lock");
		assertThat(settings.timeout()).isEqualTo(Duration.ofSeconds(60));
		assertThat(settings.lease()).isEqualTo(Duration.ofSeconds(60));
		assertThat(settings.logInterval()).isEqualTo(Duration.ofSeconds(5));
		assertThat(LockSettings.defaults(null).schema()).isNull();
	}

	@Test
	void refusesABlankNamespaceNamingTheSetting() {
		assertInvalid(() -> DEFAULTS.withNamespace(" "), "migrate.lock.namespace ' '");
		assertInvalid(() -> DEFAULTS.withNamespace(null), "migrate.lock.namespace null");
	}

	@Test
	void refusesANamespaceLongerThanTheLockTableKey() {
		assertThat(DEFAULTS.withNamespace("n".repeat(128)).namespace()).hasSize(128);
		assertInvalid(() -> DEFAULTS.withNamespace("n".repeat(129)), "129 characters, at most 128");
	}

	@Test
	void refusesANegativeTimeoutButAcceptsZero() {
		assertThat(DEFAULTS.withTimeout(Duration.ZERO).timeout()).isZero();
		assertInvalid(() -> DEFAULTS.withTimeout(Duration.ofSeconds(-1)), "migrate.lock.timeout PT-1S");
		assertInvalid(() -> DEFAULTS.withTimeout(null), "migrate.lock.timeout null");
	}

	@Test
	void refusesALeaseOrLogIntervalThatIsNotPositive() {
		assertInvalid(() -> DEFAULTS.withLease(Duration.ZERO), "lock lease PT0S");
		assertInvalid(() -> DEFAULTS.withLogInterval(Duration.ofMillis(-5)), "lock log interval PT-0.005S");
	}

	@Test
	void refusesSchemaAndTableNamesThatAreNotPlainIdentifiers() {
		assertInvalid(() -> DEFAULTS.withSchema("app; DROP TABLE x"), "migrate.schema 'app; DROP TABLE x'");
		assertInvalid(() -> new LockSettings("migrate", null, "lock\"table", Duration.ZERO, Duration.ofSeconds(1),
				Duration.ofSeconds(1)), "lock table 'lock\"table'");
	}

	private static void assertInvalid(Runnable construction, String expected) {
		assertThatExceptionOfType(MigrateException.class).isThrownBy(construction::run)
			.satisfies(ex -> assertThat(ex.code()).isEqualTo(ErrorCode.USAGE))
			.withMessageContaining(expected);
	}

}
