package dev.migrate.core.lock;

import java.time.Duration;

/**
 * Hears what a lock does, for metrics; every method does nothing unless overridden. Called on the
 * acquiring thread; an exception thrown here is logged and otherwise ignored.
 */
public interface LockListener {

	/** A listener that ignores everything. */
	LockListener NONE = new LockListener() {
	};

	/** The lock is held by someone else; called on the first refusal, then every log interval. */
	default void waiting(String description, Duration waited) {
	}

	/** The lock is now held, after waiting {@code waited}. */
	default void acquired(String description, Duration waited) {
	}

	/** The lock was released (or its release was attempted) after being held for {@code held}. */
	default void released(String description, Duration held) {
	}

}
