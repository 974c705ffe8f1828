package dev.migrate.core.lock;

import java.sql.SQLException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.migrate.core.ErrorCode;
import dev.migrate.core.MigrateException;

/**
 * The waiting algorithm every lock shares: poll {@link LockSession#tryLock()} with a backoff from
 * {@value #FIRST_BACKOFF_MILLIS}ms growing to {@value #MAX_BACKOFF_MILLIS}ms (with jitter, so waiters
 * do not poll in step), log who holds the lock when the wait starts and every log interval, and
 * give up with a {@link LockTimeoutException} at the timeout, after a last attempt. Before every
 * attempt but the first it asks the caller whether waiting is still worth it: a replica that
 * started while another applied the same revisions stops as soon as their commit makes its own run
 * pointless, instead of taking the lock only to find nothing to do.
 *
 * <p>It polls rather than block in the database because a session blocked on a lock is an open
 * transaction, and {@code CREATE INDEX CONCURRENTLY} run by the holder waits for every open
 * transaction: a deadlock (flyway#1654, golang-migrate#960). Waits are measured with
 * {@link System#nanoTime()}, so a wall clock step (NTP) neither cuts a wait short nor stretches it.
 */
final class LockWaiter {

	static final long FIRST_BACKOFF_MILLIS = 50;

	static final long MAX_BACKOFF_MILLIS = 250;

	private static final Logger logger = LoggerFactory.getLogger(DatabaseLock.class);

	private final LockSettings settings;

	private final LockListener listener;

	LockWaiter(LockSettings settings, LockListener listener) {
		this.settings = Objects.requireNonNull(settings, "settings");
		this.listener = Objects.requireNonNull(listener, "listener");
	}

	/**
	 * Polls {@code session} until it holds the lock, or until {@code done}, asked between attempts,
	 * says the wait is pointless; abandons the session then, on a timeout and on an error.
	 */
	Optional<HeldLock> acquire(LockSession session, BooleanSupplier done) {
		long start = System.nanoTime();
		try {
			HeldLock held = poll(session, start, done);
			if (held == null) {
				session.abandon(null);
			}
			return Optional.ofNullable(held);
		}
		catch (LockTimeoutException ex) {
			session.abandon(null);
			throw ex;
		}
		catch (SQLException ex) {
			session.abandon(ex);
			throw new MigrateException(ErrorCode.DATABASE,
					"Could not acquire the " + session.description() + ": " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			session.abandon(ex);
			Thread.currentThread().interrupt();
			throw new MigrateException(ErrorCode.LOCK_TIMEOUT, "Interrupted after " + Durations.format(Durations.since(start))
					+ " waiting for the " + session.description(), ex);
		}
		catch (RuntimeException | Error ex) {
			session.abandon(ex);
			throw ex;
		}
	}

	private HeldLock poll(LockSession session, long start, BooleanSupplier done)
			throws SQLException, InterruptedException {
		long timeout = Durations.nanos(this.settings.timeout());
		long logInterval = Durations.nanos(this.settings.logInterval());
		long backoff = FIRST_BACKOFF_MILLIS;
		long nextLog = start;
		boolean first = true;
		while (true) {
			// after the first attempt the question comes first: when the holder has just committed what this
			// run came to do, stopping costs one read, where taking the lock would cost the run's whole setup
			if (!first && done.getAsBoolean()) {
				logger.info("Stopped waiting for the {} after {}: another run has done what this one came to do",
						session.description(), Durations.format(Durations.since(start)));
				return null;
			}
			first = false;
			if (session.tryLock()) {
				Duration waited = Durations.since(start);
				if (nextLog == start) {
					logger.debug("Acquired the {}", session.description());
				}
				else {
					logger.info("Acquired the {} after waiting {}", session.description(), Durations.format(waited));
				}
				tellListener(() -> this.listener.acquired(session.description(), waited));
				return new AcquiredLock(session, waited, this.listener);
			}
			long now = System.nanoTime();
			long elapsed = now - start;
			if (elapsed >= timeout) {
				throw new LockTimeoutException(session.description(), Duration.ofNanos(elapsed),
						this.settings.timeout(), session.holder(), session.advice());
			}
			if (now - nextLog >= 0) {
				Duration waited = Duration.ofNanos(elapsed);
				String holder = session.holder();
				logger.info("Waiting for the {}, held by {}; waited {} of migrate.lock.timeout {}",
						session.description(), (holder != null) ? holder : "another run",
						Durations.format(waited), Durations.format(this.settings.timeout()));
				tellListener(() -> this.listener.waiting(session.description(), waited));
				nextLog = now + logInterval;
			}
			long jittered = backoff - ThreadLocalRandom.current().nextLong(backoff / 4 + 1);
			long remaining = (timeout - elapsed) / 1_000_000 + 1;
			Thread.sleep(Math.min(jittered, remaining));
			backoff = Math.min(backoff * 2, MAX_BACKOFF_MILLIS);
		}
	}

	static void tellListener(Runnable call) {
		try {
			call.run();
		}
		catch (RuntimeException ex) {
			logger.warn("A lock listener failed; the lock is not affected", ex);
		}
	}

}
