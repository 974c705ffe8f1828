package dev.migrate.core.lock;

import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.migrate.core.dialect.PostgresDialect;

/**
 * PostgreSQL: a session-level advisory lock on a dedicated connection, held until released or
 * until the session ends (so a crashed run frees it). Waiters poll {@code pg_try_advisory_lock};
 * the connection stays in autocommit, so neither holder nor waiter ever sits in an open transaction
 * that {@code CREATE INDEX CONCURRENTLY} would wait for.
 *
 * <p>The key is {@link #advisoryKey}: the first 8 bytes of SHA-256 over {@code namespace:schema}.
 * Advisory locks belong to one database, so other databases of the server never conflict.
 *
 * <p>Session locks need a session: connect directly or through session pooling. A PgBouncer in
 * transaction pooling mode hands the session to other clients between statements, stranding the
 * lock or releasing it under the holder.
 */
public final class PostgresAdvisoryLock implements DatabaseLock {

	private static final Logger logger = LoggerFactory.getLogger(DatabaseLock.class);

	private static final String HOLDER_SQL = """
			SELECT a.pid, a.usename, a.application_name, a.client_addr, a.backend_start \
			FROM pg_catalog.pg_locks l JOIN pg_catalog.pg_stat_activity a ON a.pid = l.pid \
			WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1 \
			AND l.database = (SELECT oid FROM pg_catalog.pg_database WHERE datname = current_database()) \
			AND ((l.classid::bigint << 32) | l.objid::bigint) = ?""";

	private final DataSource dataSource;

	private final LockSettings settings;

	private final LockWaiter waiter;

	public PostgresAdvisoryLock(DataSource dataSource, LockSettings settings, LockListener listener) {
		this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
		this.settings = Objects.requireNonNull(settings, "settings");
		this.waiter = new LockWaiter(settings, listener);
	}

	/**
	 * The advisory lock key of {@code namespace} in {@code schema}: the first 8 bytes, big-endian, of
	 * SHA-256 over the UTF-8 bytes of {@code namespace + ":" + schema}. Stable across versions and
	 * reproducible in SQL:
	 * {@code SELECT ('x' || left(encode(sha256(convert_to('migrate:public', 'UTF8')), 'hex'), 16))::bit(64)::bigint}.
	 */
	public static long advisoryKey(String namespace, String schema) {
		return ByteBuffer.wrap(LockConnections.sha256(namespace + ":" + schema)).getLong();
	}

	@Override
	public Optional<HeldLock> acquireUnless(BooleanSupplier done) {
		LockConnections.Dedicated dedicated = LockConnections.openFor(this.dataSource, "PostgreSQL advisory lock",
				this.settings, new PostgresDialect());
		return this.waiter.acquire(new Session(dedicated.connection(),
				advisoryKey(this.settings.namespace(), dedicated.schema()), dedicated.schema()), done);
	}

	@Override
	public Optional<String> currentHolder() {
		try {
			LockConnections.Dedicated dedicated = LockConnections.openFor(this.dataSource, "PostgreSQL advisory lock",
					this.settings, new PostgresDialect());
			Session session = new Session(dedicated.connection(), advisoryKey(this.settings.namespace(),
					dedicated.schema()), dedicated.schema());
			try {
				return Optional.ofNullable(session.holder());
			}
			finally {
				session.abandon(null);
			}
		}
		catch (RuntimeException ex) {
			logger.debug("Could not read who holds the advisory lock", ex);
			return Optional.empty();
		}
	}

	private final class Session implements LockSession {

		private final Connection connection;

		private final long key;

		private final String description;

		Session(Connection connection, long key, String schema) {
			this.connection = connection;
			this.key = key;
			this.description = "PostgreSQL advisory lock " + key + " for namespace '"
					+ PostgresAdvisoryLock.this.settings.namespace() + "' in schema '" + schema + "'";
		}

		@Override
		public String description() {
			return this.description;
		}

		@Override
		public boolean tryLock() throws SQLException {
			return queryBoolean("SELECT pg_try_advisory_lock(?)");
		}

		@Override
		public String holder() {
			try (PreparedStatement statement = this.connection.prepareStatement(HOLDER_SQL)) {
				statement.setLong(1, this.key);
				try (ResultSet rows = statement.executeQuery()) {
					if (!rows.next()) {
						return null;
					}
					return "pid " + rows.getInt(1) + " (user '" + rows.getString(2) + "', application '"
							+ rows.getString(3) + "', client " + rows.getString(4) + ", connected since "
							+ rows.getString(5) + ")";
				}
			}
			catch (SQLException ex) {
				logger.debug("Could not read the holder of the {}", this.description, ex);
				return null;
			}
		}

		@Override
		public String advice() {
			return "To see the holding session: " + HOLDER_SQL.replace("?", Long.toString(this.key))
					+ "; if its run is gone and the session lingers, end it with SELECT pg_terminate_backend(<pid>).";
		}

		@Override
		public void release() throws SQLException {
			LockConnections.release(this.connection, this.description, () -> queryBoolean("SELECT pg_advisory_unlock(?)"));
		}

		@Override
		public void abandon(Throwable failure) {
			LockConnections.discard(this.connection, failure);
		}

		private boolean queryBoolean(String sql) throws SQLException {
			try (PreparedStatement statement = this.connection.prepareStatement(sql)) {
				statement.setLong(1, this.key);
				try (ResultSet rows = statement.executeQuery()) {
					rows.next();
					return rows.getBoolean(1);
				}
			}
		}

	}

}
