package dev.migrate.core.lock;

import java.sql.SQLException;

/**
 * One acquisition on one database: what {@link LockWaiter} polls until it gets the lock, then what
 * releases it. The few lines that differ per database live behind this.
 */
interface LockSession {

	/** What this session tries to take, for logs, listeners and messages. */
	String description();

	/** One attempt that does not block; {@code true} when the lock is now held by this session. */
	boolean tryLock() throws SQLException;

	/** Who holds the lock now, e.g. a backend pid, or {@code null} when unknown; best effort, never throws. */
	String holder();

	/** How an operator finds (and, if it is gone, ends) the holder on this database; {@code null} if nothing to add. */
	String advice();

	/** Releases the held lock and frees every resource, even when the release itself fails. */
	void release() throws SQLException;

	/**
	 * Frees every resource of a session that gave up without the lock (timeout or error); never throws.
	 * @param failure the error that made it give up, or {@code null} on a timeout
	 */
	void abandon(Throwable failure);

}
