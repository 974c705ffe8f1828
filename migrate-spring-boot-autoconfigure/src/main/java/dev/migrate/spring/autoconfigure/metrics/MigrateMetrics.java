package dev.migrate.spring.autoconfigure.metrics;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.migrate.core.engine.MigrateListener;
import dev.migrate.core.engine.MigrationResult;
import dev.migrate.core.engine.MigrationStatus;
import dev.migrate.core.plan.Operation;
import dev.migrate.core.plan.PlanStep;

/**
 * Micrometer meters of migrate, fed by the engine's events; core knows nothing of Micrometer.
 * Tags stay few and bounded: no revision id, because a fresh database would create one series per
 * revision in the graph. Which revision took how long is in the log and the history table.
 */
public final class MigrateMetrics implements MigrateListener, MeterBinder {

	/** Gauge: revisions an upgrade to the target would apply, read from the database when sampled. */
	public static final String PENDING = "migrate.pending";

	/** Timer: upgrade runs, tagged {@code outcome} = {@code success} or {@code failure}. */
	public static final String UPGRADE = "migrate.upgrade";

	/** Timer: one revision's run, tagged {@code operation} (upgrade, downgrade) and {@code phase}. */
	public static final String REVISION_APPLY = "migrate.revision.apply";

	/** Timer: waits for the migration lock before a run. */
	public static final String LOCK_WAIT = "migrate.lock.wait";

	private static final Logger logger = LoggerFactory.getLogger(MigrateMetrics.class);

	private final Supplier<MigrationStatus> status;

	private volatile MeterRegistry registry;

	/** @param status reads the database's status, e.g. {@code () -> migrator.status(target)} */
	public MigrateMetrics(Supplier<MigrationStatus> status) {
		this.status = Objects.requireNonNull(status, "status");
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		this.registry = registry;
		Gauge.builder(PENDING, this, MigrateMetrics::pending)
			.description("Revisions an upgrade to migrate.target would apply")
			.baseUnit("revisions")
			.strongReference(true)
			.register(registry);
		Timer.builder(LOCK_WAIT).description("Wait for the migration lock").register(registry);
	}

	private double pending() {
		try {
			return this.status.get().pending().size();
		}
		catch (RuntimeException ex) {
			logger.debug("Could not read the migration state for {}", PENDING, ex);
			return Double.NaN;
		}
	}

	@Override
	public void lockAcquired(Duration waited) {
		recordLockWait(waited);
	}

	/** A replica that stopped waiting because another run did the work waited too: same timer. */
	@Override
	public void lockNoLongerNeeded(Duration waited) {
		recordLockWait(waited);
	}

	private void recordLockWait(Duration waited) {
		MeterRegistry registry = this.registry;
		if (registry != null) {
			Timer.builder(LOCK_WAIT).description("Wait for the migration lock").register(registry).record(waited);
		}
	}

	@Override
	public void stepFinished(PlanStep step, int number, int total, Duration duration) {
		MeterRegistry registry = this.registry;
		if (registry != null) {
			Timer.builder(REVISION_APPLY)
				.description("Run of one revision")
				.tag("operation", step.operation().key())
				.tag("phase", (step.revision().phase() != null) ? step.revision().phase().key() : "none")
				.register(registry)
				.record(duration);
		}
	}

	@Override
	public void finished(MigrationResult result) {
		MeterRegistry registry = this.registry;
		if (registry != null && result != null && result.operation() == Operation.UPGRADE) {
			Timer.builder(UPGRADE)
				.description("Upgrade runs")
				.tag("outcome", result.succeeded() ? "success" : "failure")
				.register(registry)
				.record(Duration.between(result.startedAt(), result.finishedAt()));
		}
	}

}
