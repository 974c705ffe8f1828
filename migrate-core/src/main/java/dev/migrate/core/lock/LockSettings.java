package dev.migrate.core.lock;

import java.time.Duration;

import dev.migrate.core.ErrorCode;
import dev.migrate.core.MigrateException;
import dev.migrate.core.dialect.Identifiers;

/**
 * Settings of one runner's lock; each runner has its own, never static. Validated on
 * construction, so a lock never starts with a setting it cannot honour.
 *
 * @param namespace what the lock is for: runners with the same namespace and schema exclude each
 * other (callers default it to {@value #DEFAULT_NAMESPACE}); at most {@value #MAX_NAMESPACE_LENGTH}
 * characters
 * @param schema the schema migrated, or {@code null} for the connection's current schema (resolved
 * when the lock is acquired)
 * @param lockTable the table holding leases, where the database has no lock of its own (H2)
 * @param timeout how long {@link DatabaseLock#acquire()} waits; zero tries once
 * @param lease how long a lease row stays valid without being renewed (lock table only): the
 * longest a dead owner can block the others
 * @param logInterval how often a waiting runner logs what it waits for
 */
public record LockSettings(String namespace, String schema, String lockTable, Duration timeout, Duration lease,
		Duration logInterval) {

	public static final String DEFAULT_NAMESPACE = "migrate";

	public static final String DEFAULT_LOCK_TABLE = "migrate_lock";

	public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

	public static final Duration DEFAULT_LEASE = Duration.ofSeconds(60);

	public static final Duration DEFAULT_LOG_INTERVAL = Duration.ofSeconds(5);

	/** The longest namespace: the width of the lock table's key column. */
	public static final int MAX_NAMESPACE_LENGTH = 128;

	public LockSettings {
		if (namespace == null || namespace.isBlank()) {
			throw invalid("Invalid migrate.lock.namespace " + shown(namespace) + ": give a non-blank name");
		}
		if (namespace.length() > MAX_NAMESPACE_LENGTH) {
			throw invalid("Invalid migrate.lock.namespace '" + namespace + "': it has " + namespace.length()
					+ " characters, at most " + MAX_NAMESPACE_LENGTH + " are allowed");
		}
		if (schema != null) {
			Identifiers.requireValid("migrate.schema", schema);
		}
		Identifiers.requireValid("lock table", lockTable);
		if (timeout == null || timeout.isNegative()) {
			throw invalid("Invalid migrate.lock.timeout " + timeout + " for lock namespace '" + namespace
					+ "': use zero (try once) or a positive duration");
		}
		if (lease == null || lease.isNegative() || lease.isZero()) {
			throw invalid("Invalid lock lease " + lease + " for lock namespace '" + namespace
					+ "': use a positive duration");
		}
		if (logInterval == null || logInterval.isNegative() || logInterval.isZero()) {
			throw invalid("Invalid lock log interval " + logInterval + " for lock namespace '" + namespace
					+ "': use a positive duration");
		}
	}

	/**
	 * Namespace {@value #DEFAULT_NAMESPACE}, lock table {@value #DEFAULT_LOCK_TABLE}, timeout 60s, lease
	 * 60s, a log line every 5s.
	 * @param schema the schema migrated, or {@code null} for the connection's current schema
	 */
	public static LockSettings defaults(String schema) {
		return new LockSettings(DEFAULT_NAMESPACE, schema, DEFAULT_LOCK_TABLE, DEFAULT_TIMEOUT, DEFAULT_LEASE,
				DEFAULT_LOG_INTERVAL);
	}

	public LockSettings withNamespace(String namespace) {
		return new LockSettings(namespace, this.schema, this.lockTable, this.timeout, this.lease, this.logInterval);
	}

	public LockSettings withSchema(String schema) {
		return new LockSettings(this.namespace, schema, this.lockTable, this.timeout, this.lease, this.logInterval);
	}

	public LockSettings withTimeout(Duration timeout) {
		return new LockSettings(this.namespace, this.schema, this.lockTable, timeout, this.lease, this.logInterval);
	}

	public LockSettings withLease(Duration lease) {
		return new LockSettings(this.namespace, this.schema, this.lockTable, this.timeout, lease, this.logInterval);
	}

	public LockSettings withLogInterval(Duration logInterval) {
		return new LockSettings(this.namespace, this.schema, this.lockTable, this.timeout, this.lease, logInterval);
	}

	private static String shown(String value) {
		return (value != null) ? "'" + value + "'" : "null";
	}

	private static MigrateException invalid(String message) {
		return new MigrateException(ErrorCode.USAGE, message);
	}

}
