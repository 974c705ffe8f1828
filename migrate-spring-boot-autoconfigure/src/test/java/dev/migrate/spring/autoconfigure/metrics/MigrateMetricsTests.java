package dev.migrate.spring.autoconfigure.metrics;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the meters record for events that a single-instance test application never produces. */
class MigrateMetricsTests {

	@Test
	void aWaitThatEndedWithoutTheLockBecauseAnotherReplicaDidTheWorkIsALockWaitToo() {
		SimpleMeterRegistry registry = new SimpleMeterRegistry();
		MigrateMetrics metrics = new MigrateMetrics(() -> {
			throw new IllegalStateException("not read by this test");
		});
		metrics.bindTo(registry);
		metrics.lockAcquired(Duration.ofMillis(20));
		metrics.lockNoLongerNeeded(Duration.ofMillis(700));
		Timer wait = registry.get(MigrateMetrics.LOCK_WAIT).timer();
		assertThat(wait.count()).isEqualTo(2);
		assertThat(wait.max(TimeUnit.MILLISECONDS)).isEqualTo(700);
	}

	@Test
	void anUpgradeThatRanBeforeTheRegistryWasBoundIsRecordedOnceItIs() {
		// run-at=startup upgrades while the context starts, before Spring Boot binds the meter binders
		SimpleMeterRegistry registry = new SimpleMeterRegistry();
		MigrateMetrics metrics = new MigrateMetrics(() -> {
			throw new IllegalStateException("not read by this test");
		});
		metrics.lockAcquired(Duration.ofMillis(30));
		assertThat(registry.find(MigrateMetrics.LOCK_WAIT).timer()).isNull();
		metrics.bindTo(registry);
		metrics.lockAcquired(Duration.ofMillis(10));
		Timer wait = registry.get(MigrateMetrics.LOCK_WAIT).timer();
		assertThat(wait.count()).isEqualTo(2);
		assertThat(wait.max(TimeUnit.MILLISECONDS)).isEqualTo(30);
	}

}
