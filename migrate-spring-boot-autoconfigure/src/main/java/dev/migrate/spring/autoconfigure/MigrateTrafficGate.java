package dev.migrate.spring.autoconfigure;

import java.time.Duration;
import java.util.Objects;

/**
 * Whether the application's own HTTP endpoints must answer {@code 503}: while this process's
 * upgrade has not yet ended ({@code run-at=ready}: the web server answers before the runner
 * upgrades), while an upgrade runs, and after the last one failed. The web filters ask it on
 * each request; it reads only the tracker, never the database.
 */
public final class MigrateTrafficGate {

	/** How long a client should wait while an upgrade is under way. */
	static final Duration WHILE_RUNNING = Duration.ofSeconds(5);

	/** How long after a failure, which an operator has to fix. */
	static final Duration AFTER_FAILURE = Duration.ofSeconds(60);

	private final MigrationTracker tracker;

	private final boolean awaitsFirstRun;

	/**
	 * @param tracker this process's runs
	 * @param awaitsFirstRun whether requests wait for a first run (it has not started yet when the
	 * web server starts)
	 */
	public MigrateTrafficGate(MigrationTracker tracker, boolean awaitsFirstRun) {
		this.tracker = Objects.requireNonNull(tracker, "tracker");
		this.awaitsFirstRun = awaitsFirstRun;
	}

	/**
	 * How long a client should wait before it retries, or {@code null} when the application serves.
	 */
	public Duration retryAfter() {
		MigrationTracker.Run last = this.tracker.last();
		if (this.tracker.isRunning() || (last == null && this.awaitsFirstRun)) {
			return WHILE_RUNNING;
		}
		if (last != null && last.outcome() == MigrationTracker.Outcome.FAILED) {
			return AFTER_FAILURE;
		}
		return null;
	}

	/** The sentence of a refused response. */
	public String reason() {
		MigrationTracker.Run last = this.tracker.last();
		if (!this.tracker.isRunning() && last != null && last.outcome() == MigrationTracker.Outcome.FAILED) {
			return "The database upgrade failed; the application does not serve until it succeeds.";
		}
		return "The database is being upgraded; try again shortly.";
	}

}
