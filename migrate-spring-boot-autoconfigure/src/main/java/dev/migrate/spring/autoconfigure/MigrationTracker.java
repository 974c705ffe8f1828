package dev.migrate.spring.autoconfigure;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import dev.migrate.core.engine.MigrateListener;
import dev.migrate.core.engine.MigrationResult;
import dev.migrate.core.engine.MigrationStatus;
import dev.migrate.core.engine.State;
import dev.migrate.core.engine.StatusView;
import dev.migrate.core.lock.LockTimeoutException;
import dev.migrate.core.plan.PlanStep;

/**
 * What this process did to its database: whether a run is under way and how the last one ended.
 * The database says where it is; only the process knows that it is running an upgrade now or
 * that its last one failed, so the endpoint, health and command line combine both through
 * {@link #report(MigrationStatus)}.
 */
public final class MigrationTracker implements MigrateListener {

	private final Clock clock;

	private final AtomicInteger active = new AtomicInteger();

	private volatile Run current;

	private volatile Run last;

	/** The result the engine reported for the run under way, when it got that far. */
	private volatile MigrationResult reported;

	public MigrationTracker(Clock clock) {
		this.clock = Objects.requireNonNull(clock, "clock");
	}

	/**
	 * Runs {@code work} as a tracked run: {@link State#RUNNING} while it runs, then the last run.
	 * @param target the target, for the report
	 * @return what {@code work} returned
	 * @throws RuntimeException what {@code work} threw, after recording it
	 */
	public MigrationResult run(String target, Supplier<MigrationResult> work) {
		Instant startedAt = this.clock.instant();
		this.active.incrementAndGet();
		this.reported = null;
		this.current = new Run(target, startedAt, null, 0, Outcome.RUNNING, null, null);
		try {
			MigrationResult result = work.get();
			this.last = finished(target, startedAt, result, null);
			return result;
		}
		catch (RuntimeException ex) {
			this.last = finished(target, startedAt, this.reported, ex);
			throw ex;
		}
		finally {
			this.current = null;
			this.active.decrementAndGet();
		}
	}

	private Run finished(String target, Instant startedAt, MigrationResult result, RuntimeException failure) {
		int applied = (result != null) ? result.applied().size() : 0;
		if (failure != null) {
			return new Run(target, startedAt, this.clock.instant(), applied, Outcome.FAILED, failure.getMessage(), failure);
		}
		if (result != null && !result.succeeded()) {
			return new Run(target, startedAt, this.clock.instant(), applied, Outcome.FAILED, result.error(), null);
		}
		return new Run(target, startedAt, this.clock.instant(), applied, Outcome.SUCCESS, null, null);
	}

	@Override
	public void stepFinished(PlanStep step, int number, int total, Duration duration) {
		Run run = this.current;
		if (run != null) {
			this.current = new Run(run.target(), run.startedAt(), null, number, Outcome.RUNNING, null, null);
		}
	}

	@Override
	public void finished(MigrationResult result) {
		this.reported = result;
	}

	/** Whether a run is under way. */
	public boolean isRunning() {
		return this.active.get() > 0;
	}

	/** The run under way, {@code null} when there is none. */
	public Run current() {
		return this.current;
	}

	/** The last run that ended, {@code null} before the first. */
	public Run last() {
		return this.last;
	}

	/**
	 * Reads the database's status and combines it with this process's runs. When the status cannot
	 * be read during or after a failed run, the report says so instead of failing.
	 * @throws RuntimeException what {@code status} threw when there is nothing else to report
	 */
	public Report report(Supplier<MigrationStatus> status) {
		MigrationStatus read;
		try {
			read = status.get();
		}
		catch (RuntimeException ex) {
			Run lastRun = this.last;
			if (!isRunning() && (lastRun == null || lastRun.outcome() != Outcome.FAILED)) {
				throw ex;
			}
			Report report = report((MigrationStatus) null);
			String unread = "The database's state could not be read: " + ex.getMessage();
			return new Report(report.state(), null, report.lastRun(),
					(report.detail() != null) ? report.detail() + ". " + unread : unread);
		}
		return report(read);
	}

	/**
	 * The state to report: {@link State#RUNNING} while a run is under way, {@link State#FAILED}
	 * after a failed run until one succeeds, otherwise what the database says.
	 * @param status the database's status, or {@code null} when it could not be read
	 */
	public Report report(MigrationStatus status) {
		Run running = this.current;
		Run lastRun = this.last;
		if (isRunning()) {
			String detail = (running != null)
					? "Upgrade to '" + running.target() + "' running since " + running.startedAt() + ", "
							+ running.applied() + " revision(s) applied so far"
					: "An upgrade is running";
			return new Report(State.RUNNING, status, lastRun, detail);
		}
		if (lastRun != null && lastRun.outcome() == Outcome.FAILED) {
			return new Report(State.FAILED, status, lastRun, lastRun.error());
		}
		Objects.requireNonNull(status, "status");
		return new Report(status.state(), status, lastRun, status.detail());
	}

	/** How a run ended. */
	public enum Outcome {

		/** Still running. */
		RUNNING,

		/** Ended without error (including "nothing to do" and "database ahead"). */
		SUCCESS,

		/** Ended with an error; nothing after the failing revision ran. */
		FAILED

	}

	/**
	 * One run of this process.
	 * @param target the target
	 * @param startedAt when it started
	 * @param finishedAt when it ended, {@code null} while running
	 * @param applied how many revisions it applied
	 * @param outcome how it ended
	 * @param error the failure's message, or {@code null}
	 * @param failure the failure, or {@code null}
	 */
	public record Run(String target, Instant startedAt, Instant finishedAt, int applied, Outcome outcome, String error,
			RuntimeException failure) {

		/** Whether the run failed because another run held the lock too long. */
		public boolean lockTimedOut() {
			return this.failure instanceof LockTimeoutException;
		}

	}

	/**
	 * The combined view.
	 * @param state the state to report
	 * @param status what the database says, {@code null} when it could not be read
	 * @param lastRun the last run that ended, or {@code null}
	 * @param detail a sentence explaining the state, or {@code null}
	 */
	public record Report(State state, MigrationStatus status, Run lastRun, String detail) {

		/** The version rows, empty when the status is unknown. */
		public List<String> current() {
			return (this.status != null) ? this.status.current() : List.of();
		}

		/** How many revisions are pending, 0 when the status is unknown. */
		public int pendingCount() {
			return (this.status != null) ? this.status.pending().size() : 0;
		}

		/**
		 * The view {@code GET /actuator/migrate} returns, the same record as {@code migrate current --json}.
		 * @param heads the heads of the code's graph
		 * @param target the target the state is measured against
		 */
		public StatusView view(List<String> heads, String target) {
			Run run = this.lastRun;
			StatusView.LastRun last = (run != null) ? StatusView.LastRun.of(run.startedAt(), run.finishedAt(),
					run.applied(), run.outcome().name(), run.error()) : null;
			return StatusView.of(this.state, this.status, heads, target, this.detail, last);
		}

	}

}
