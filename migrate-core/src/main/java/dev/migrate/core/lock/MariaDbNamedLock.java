package dev.migrate.core.lock;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.migrate.core.dialect.MariaDbDialect;

/**
 * MariaDB and MySQL: a named lock ({@code GET_LOCK}) on a dedicated connection, held until
 * released or until the connection ends (so a crashed run frees it). Waiters poll
 * {@code GET_LOCK(name, 0)}. Named locks are server-wide, hence the schema in {@link #lockName}.
 */
public final class MariaDbNamedLock implements DatabaseLock {

	/** The longest lock name MySQL accepts. */
	static final int MAX_NAME_LENGTH = 64;

	private static final Logger logger = LoggerFactory.getLogger(DatabaseLock.class);

	private static final String HOLDER_SQL = "SELECT h.id, p.USER, p.HOST FROM (SELECT IS_USED_LOCK(?) AS id) h"
			+ " LEFT JOIN information_schema.PROCESSLIST p ON p.ID = h.id";

	private final DataSource dataSource;

	private final LockSettings settings;

	private final LockWaiter waiter;

	public MariaDbNamedLock(DataSource dataSource, LockSettings settings, LockListener listener) {
		this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
		this.settings = Objects.requireNonNull(settings, "settings");
		this.waiter = new LockWaiter(settings, listener);
	}

	/**
	 * The lock name of {@code namespace} in {@code schema}: {@code migrate:<namespace>:<schema>}; when
	 * that is longer than 64 characters (MySQL's limit), its first 47 characters, {@code ~} and 16 hex
	 * digits of its SHA-256, so that long names stay distinct.
	 */
	public static String lockName(String namespace, String schema) {
		String name = "migrate:" + namespace + ":" + schema;
		if (name.length() <= MAX_NAME_LENGTH) {
			return name;
		}
		String hash = HexFormat.of().formatHex(LockConnections.sha256(name), 0, 8);
		return name.substring(0, MAX_NAME_LENGTH - hash.length() - 1) + "~" + hash;
	}

	@Override
	public Optional<HeldLock> acquireUnless(BooleanSupplier done) {
		LockConnections.Dedicated dedicated = LockConnections.openFor(this.dataSource, "MariaDB named lock",
				this.settings, new MariaDbDialect());
		return this.waiter.acquire(new Session(dedicated.connection(), dedicated.schema()), done);
	}

	@Override
	public Optional<String> currentHolder() {
		try {
			LockConnections.Dedicated dedicated = LockConnections.openFor(this.dataSource, "MariaDB named lock",
					this.settings, new MariaDbDialect());
			Session session = new Session(dedicated.connection(), dedicated.schema());
			try {
				return Optional.ofNullable(session.holder());
			}
			finally {
				session.abandon(null);
			}
		}
		catch (RuntimeException ex) {
			logger.debug("Could not read who holds the named lock", ex);
			return Optional.empty();
		}
	}

	private final class Session implements LockSession {

		private final Connection connection;

		private final String name;

		private final String description;

		Session(Connection connection, String schema) {
			this.connection = connection;
			this.name = lockName(MariaDbNamedLock.this.settings.namespace(), schema);
			this.description = "MariaDB named lock '" + this.name + "' for namespace '"
					+ MariaDbNamedLock.this.settings.namespace() + "' in schema '" + schema + "'";
		}

		@Override
		public String description() {
			return this.description;
		}

		@Override
		public boolean tryLock() throws SQLException {
			Integer got = queryInteger("SELECT GET_LOCK(?, 0)");
			if (got == null) {
				throw new SQLException("GET_LOCK('" + this.name + "', 0) returned NULL");
			}
			return got == 1;
		}

		@Override
		public String holder() {
			try (PreparedStatement statement = this.connection.prepareStatement(HOLDER_SQL)) {
				statement.setString(1, this.name);
				try (ResultSet rows = statement.executeQuery()) {
					if (!rows.next() || rows.getObject(1) == null) {
						return null;
					}
					String user = rows.getString(2);
					return "connection " + rows.getLong(1)
							+ ((user != null) ? " (user '" + user + "' from " + rows.getString(3) + ")" : "");
				}
			}
			catch (SQLException ex) {
				logger.debug("Could not read the holder of the {}", this.description, ex);
				return null;
			}
		}

		@Override
		public String advice() {
			String literal = "'" + this.name.replace("\\", "\\\\").replace("'", "''") + "'";
			return "To see the holding connection: SELECT IS_USED_LOCK(" + literal + ") gives its id, SHOW PROCESSLIST"
					+ " where it comes from; if its run is gone and the connection lingers, end it with KILL <id>.";
		}

		@Override
		public void release() throws SQLException {
			LockConnections.release(this.connection, this.description, () -> {
				Integer released = queryInteger("SELECT RELEASE_LOCK(?)");
				return released != null && released == 1;
			});
		}

		@Override
		public void abandon(Throwable failure) {
			LockConnections.discard(this.connection, failure);
		}

		private Integer queryInteger(String sql) throws SQLException {
			try (PreparedStatement statement = this.connection.prepareStatement(sql)) {
				statement.setString(1, this.name);
				try (ResultSet rows = statement.executeQuery()) {
					rows.next();
					int value = rows.getInt(1);
					return rows.wasNull() ? null : value;
				}
			}
		}

	}

}
