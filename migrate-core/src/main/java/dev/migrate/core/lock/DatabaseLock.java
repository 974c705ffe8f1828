package dev.migrate.core.lock;

import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * The lock that lets one run at a time migrate a database: one per database, namespace and
 * schema. Get one from {@link DatabaseLocks#forDialect}; it holds no connection until acquired and can be
 * acquired again after each release.
 */
public interface DatabaseLock {

	/**
	 * Takes the lock, waiting up to {@link LockSettings#timeout()} and logging every
	 * {@link LockSettings#logInterval()} what it waits for and who holds it.
	 * @return the held lock, to close when the run is over
	 * @throws LockTimeoutException when another run still holds it after the timeout
	 * @throws dev.migrate.core.MigrateException ({@link dev.migrate.core.ErrorCode#DATABASE}) when
	 * the database fails
	 */
	default HeldLock acquire() {
		return acquireUnless(() -> false).orElseThrow();
	}

	/**
	 * Takes the lock like {@link #acquire()}, unless {@code done} says, between two attempts, that
	 * waiting has become pointless: typically because the holder's run has already done what this
	 * run came to do. {@code done} is never asked before the first attempt, so a free lock is
	 * always taken. When it answers {@code true} the wait ends, the lock's connection is given back
	 * and the result is empty. An exception from {@code done} ends the wait and propagates.
	 * @param done asked on the calling thread between attempts; must not block for long
	 * @return the held lock, to close when the run is over, or empty when {@code done} said so
	 * @throws LockTimeoutException when another run still holds it after the timeout
	 * @throws dev.migrate.core.MigrateException ({@link dev.migrate.core.ErrorCode#DATABASE}) when
	 * the database fails
	 */
	Optional<HeldLock> acquireUnless(BooleanSupplier done);

	/**
	 * Who holds the lock now, read once without taking it: a run that is applying revisions at
	 * this moment. Empty when the lock is free or the holder cannot be read. Best effort; never
	 * throws for a database error.
	 */
	Optional<String> currentHolder();

}
