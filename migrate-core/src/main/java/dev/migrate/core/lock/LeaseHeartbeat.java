package dev.migrate.core.lock;

import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renews a held lease every third of its length on a daemon thread, so a run may hold the lock
 * longer than the lease while a dead run's lease runs out. A renewal that finds the lease lost is
 * logged at ERROR and ends the heartbeat; a failed one is logged and retried.
 */
final class LeaseHeartbeat {

	/** One renewal: {@code true} when the lease was still ours and is extended, {@code false} when it was lost. */
	@FunctionalInterface
	interface Renewal {

		boolean renew() throws SQLException;

	}

	private static final Logger logger = LoggerFactory.getLogger(DatabaseLock.class);

	private final String description;

	private final Duration period;

	private final Renewal renewal;

	private final ScheduledExecutorService executor;

	private volatile boolean stopped;

	LeaseHeartbeat(String description, Duration lease, Renewal renewal) {
		this.description = description;
		this.period = Duration.ofNanos(Math.max(Durations.nanos(lease) / 3, 1_000_000));
		this.renewal = renewal;
		this.executor = Executors.newSingleThreadScheduledExecutor(task -> {
			Thread thread = new Thread(task, "migrate-lock-heartbeat");
			thread.setDaemon(true);
			return thread;
		});
		long nanos = this.period.toNanos();
		this.executor.scheduleWithFixedDelay(this::beat, nanos, nanos, TimeUnit.NANOSECONDS);
	}

	private void beat() {
		if (this.stopped) {
			return;
		}
		try {
			if (!this.renewal.renew() && !this.stopped) {
				logger.error("Lost the {}: its row is gone or belongs to another owner, so another run may be"
						+ " migrating at the same time. The lease ran out before it was renewed: a long pause"
						+ " (garbage collection, suspended machine), clocks out of step, or the row was deleted by hand.",
						this.description);
				this.executor.shutdown();
			}
		}
		catch (SQLException | RuntimeException ex) {
			if (!this.stopped) {
				logger.warn("Could not renew the {} ({}); retrying in {}", this.description, ex.getMessage(),
						Durations.format(this.period), ex);
			}
		}
	}

	/** Ends the heartbeat, waiting briefly for a renewal in flight so that it cannot follow the release. */
	void stop() {
		this.stopped = true;
		this.executor.shutdownNow();
		try {
			if (!this.executor.awaitTermination(5, TimeUnit.SECONDS)) {
				logger.warn("The heartbeat of the {} did not stop within 5s", this.description);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
