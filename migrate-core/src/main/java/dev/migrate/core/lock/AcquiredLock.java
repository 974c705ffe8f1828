package dev.migrate.core.lock;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The {@link HeldLock} of every database: releases its session once, logging rather than throwing. */
final class AcquiredLock implements HeldLock {

	private static final Logger logger = LoggerFactory.getLogger(DatabaseLock.class);

	private final LockSession session;

	private final Duration waited;

	private final LockListener listener;

	private final long acquiredAt = System.nanoTime();

	private final AtomicBoolean closed = new AtomicBoolean();

	AcquiredLock(LockSession session, Duration waited, LockListener listener) {
		this.session = session;
		this.waited = waited;
		this.listener = listener;
	}

	@Override
	public Duration waited() {
		return this.waited;
	}

	@Override
	public String description() {
		return this.session.description();
	}

	@Override
	public void close() {
		if (!this.closed.compareAndSet(false, true)) {
			return;
		}
		try {
			this.session.release();
			logger.debug("Released the {}", description());
		}
		catch (Exception ex) {
			// never thrown: close() runs in finally blocks, where it would hide the error in flight
			logger.warn("Could not release the {} cleanly ({}); its session was closed, which frees it, or its"
					+ " lease expires on its own", description(), ex.getMessage(), ex);
		}
		finally {
			Duration held = Durations.since(this.acquiredAt);
			LockWaiter.tellListener(() -> this.listener.released(description(), held));
		}
	}

	@Override
	public String toString() {
		return "HeldLock[" + description() + "]";
	}

}
