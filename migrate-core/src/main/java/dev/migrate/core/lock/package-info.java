/**
 * One run at a time per database, namespace and schema. {@link dev.migrate.core.lock.DatabaseLock}
 * is the whole interface; {@link dev.migrate.core.lock.DatabaseLocks#forDialect} picks the
 * implementation from the dialect (this package uses the dialect package, never the reverse):
 * <ul>
 * <li>PostgreSQL: {@link dev.migrate.core.lock.PostgresAdvisoryLock}, a session-level advisory lock
 * keyed by the first 8 bytes of SHA-256 over {@code namespace:schema}, on a dedicated connection in
 * autocommit;</li>
 * <li>MariaDB/MySQL: {@link dev.migrate.core.lock.MariaDbNamedLock}, {@code GET_LOCK} on a dedicated
 * connection;</li>
 * <li>any other database (H2): {@link dev.migrate.core.lock.TableLeaseLock}, a row with an owner and
 * a lease in a lock table, renewed by a heartbeat and taken over once expired.</li>
 * </ul>
 *
 * <p>Every waiter polls with a backoff (50ms growing to 500ms) and never blocks inside the
 * database, and no lock connection ever sits in an open transaction: either would deadlock a
 * revision running {@code CREATE INDEX CONCURRENTLY}, which waits for all open transactions.
 * A waiter logs at INFO what it waits for and who holds it when it starts waiting and then every
 * {@link dev.migrate.core.lock.LockSettings#logInterval()}, and gives up after
 * {@link dev.migrate.core.lock.LockSettings#timeout()} with a
 * {@link dev.migrate.core.lock.LockTimeoutException}. Releasing never throws; a failed release is
 * logged and the lock is freed anyway by closing its session or by its lease running out.
 *
 * <p>The PostgreSQL and MariaDB locks belong to a database session: they need a direct connection
 * or session pooling. A PgBouncer (or ProxySQL) in transaction pooling mode moves the session to
 * other clients between statements, which strands the lock or frees it under its holder; point
 * migrate at the database directly or at a session-mode pool.
 *
 * <p>Nothing here is static: each runner has its own settings, lock and listener.
 */
package dev.migrate.core.lock;
