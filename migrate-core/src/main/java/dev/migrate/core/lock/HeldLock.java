package dev.migrate.core.lock;

import java.time.Duration;

/**
 * A lock this runner holds, from {@link DatabaseLock#acquire()}; use it in try-with-resources.
 */
public interface HeldLock extends AutoCloseable {

	/** How long {@link DatabaseLock#acquire()} waited for the lock. */
	Duration waited();

	/** What is held, e.g. {@code PostgreSQL advisory lock 123 for namespace 'migrate' in schema 'public'}. */
	String description();

	/**
	 * Releases the lock. Never throws, so it cannot hide an error already in flight: a failed release
	 * is logged at WARN, and the lock is freed anyway when its session ends (PostgreSQL, MariaDB) or its
	 * lease expires (lock table). Calling it again does nothing.
	 */
	@Override
	void close();

}
