package dev.migrate.spring.autoconfigure.metrics;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.function.Consumer;
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

	/** Most recordings kept for a registry that is not bound yet; beyond it the oldest are dropped. */
	private static final int EARLY_LIMIT = 10_000;

	private MeterRegistry registry;

	/**
	 * Recordings made before {@link #bindTo}: with {@code migrate.run-at=startup} the upgrade runs
	 * while the context starts, before Spring Boot binds meter binders to the registry, and its
	 * timings would otherwise be lost.
	 */
	private final Deque<Consumer<MeterRegistry>> early = new ArrayDeque<>();

	/** @param status reads the database's status, e.g. {@code () -> migrator.status(target)} */
	public MigrateMetrics(Supplier<MigrationStatus> status) {
		this.status = Objects.requireNonNull(status, "status");
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		synchronized (this.early) {
			this.registry = registry;
			this.early.forEach((recording) -> recording.accept(registry));
			this.early.clear();
		}
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
		record((registry) -> Timer.builder(LOCK_WAIT).description("Wait for the migration lock").register(registry)
			.record(waited));
	}

	private void record(Consumer<MeterRegistry> recording) {
		MeterRegistry registry;
		synchronized (this.early) {
			registry = this.registry;
			if (registry == null) {
				if (this.early.size() == EARLY_LIMIT) {
					this.early.removeFirst();
				}
				this.early.addLast(recording);
				return;
			}
		}
		recording.accept(registry);
	}

	@Override
	public void stepFinished(PlanStep step, int number, int total, Duration duration) {
		String operation = step.operation().key();
		String phase = (step.revision().phase() != null) ? step.revision().phase().key() : "none";
		record((registry) -> Timer.builder(REVISION_APPLY)
			.description("Run of one revision")
			.tag("operation", operation)
			.tag("phase", phase)
			.register(registry)
			.record(duration));
	}

	@Override
	public void finished(MigrationResult result) {
		if (result != null && result.operation() == Operation.UPGRADE) {
			String outcome = result.succeeded() ? "success" : "failure";
			Duration took = Duration.between(result.startedAt(), result.finishedAt());
			record((registry) -> Timer.builder(UPGRADE)
				.description("Upgrade runs")
				.tag("outcome", outcome)
				.register(registry)
				.record(took));
		}
	}

}
