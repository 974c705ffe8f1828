package dev.migrate.core.lock;

import java.net.InetAddress;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.UUID;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.migrate.core.dialect.DatabaseCatalog;
import dev.migrate.core.dialect.Dialect;

/**
 * Any database without a lock of its own (H2): a row per namespace in a lock table, holding an
 * owner and a lease. The holder renews the lease every third of its length ({@link LeaseHeartbeat});
 * a waiter that finds a lease expired presumes its owner dead and takes the row over with a
 * compare-and-set on owner and expiry, so of two waiters only one succeeds. Every statement runs in
 * autocommit on a connection borrowed for that statement alone: nothing is held between them.
 *
 * <p>Times come from the injected {@link Clock}, not the database: they are written as UTC
 * {@code timestamp}s, in milliseconds, and compared with the reader's clock. The clocks of all
 * runners must therefore agree to well within the lease (NTP does); a clock running ahead by more
 * than two thirds of the lease could take a live lease over.
 */
public final class TableLeaseLock implements DatabaseLock {

	private static final Logger logger = LoggerFactory.getLogger(DatabaseLock.class);

	private final Dialect dialect;

	private final DataSource dataSource;

	private final LockSettings settings;

	private final Clock clock;

	private final LockWaiter waiter;

	private final String host = host();

	public TableLeaseLock(Dialect dialect, DataSource dataSource, LockSettings settings, Clock clock,
			LockListener listener) {
		this.dialect = Objects.requireNonNull(dialect, "dialect");
		this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
		this.settings = Objects.requireNonNull(settings, "settings");
		this.clock = Objects.requireNonNull(clock, "clock");
		this.waiter = new LockWaiter(settings, listener);
	}

	/** DDL of the lock table: one row per held namespace. */
	public static String createTableSql(Dialect dialect, String schema, String table) {
		return "CREATE TABLE " + dialect.qualify(schema, table) + " (namespace varchar(128) NOT NULL PRIMARY KEY,"
				+ " owner varchar(255) NOT NULL, acquired_at timestamp NOT NULL, expires_at timestamp NOT NULL)";
	}

	@Override
	public Optional<HeldLock> acquireUnless(BooleanSupplier done) {
		String schema = this.settings.schema();
		if (schema == null) {
			try (Connection connection = LockConnections.open(this.dataSource, "lock table")) {
				schema = new DatabaseCatalog(this.dialect).currentSchema(connection);
			}
			catch (SQLException ex) {
				logger.debug("Could not close a connection", ex);
			}
		}
		String owner = this.host + ":" + ProcessHandle.current().pid() + ":" + UUID.randomUUID();
		return this.waiter.acquire(new LeaseSession(schema, owner), done);
	}

	@Override
	public Optional<String> currentHolder() {
		String schema = this.settings.schema();
		try (Connection connection = LockConnections.open(this.dataSource, "lock table")) {
			if (schema == null) {
				schema = new DatabaseCatalog(this.dialect).currentSchema(connection);
			}
			LeaseSession session = new LeaseSession(schema, "");
			Lease lease = session.read(connection);
			if (lease == null || lease.expiresAt().isBefore(session.now())) {
				return Optional.empty();
			}
			return Optional.of("owner '" + lease.owner() + "' (lease expires at " + lease.expiresAt() + " UTC)");
		}
		catch (SQLException | RuntimeException ex) {
			// no lock table yet, or the database failed: nobody is known to hold it
			logger.debug("Could not read the lock table", ex);
			return Optional.empty();
		}
	}

	private static String host() {
		String host = System.getenv("HOSTNAME");
		if (host == null || host.isBlank()) {
			try {
				host = InetAddress.getLocalHost().getHostName();
			}
			catch (Exception ex) {
				host = "unknown-host";
			}
		}
		return (host.length() > 180) ? host.substring(0, 180) : host;
	}

	/** A lease row as read: its owner, and its expiry exactly as stored, for the compare-and-set. */
	private record Lease(String owner, LocalDateTime expiresAt) {
	}

	private final class LeaseSession implements LockSession {

		private final String schema;

		private final String table;

		private final String owner;

		private final String namespace = TableLeaseLock.this.settings.namespace();

		private final String description;

		private boolean tableReady;

		private volatile Lease seen;

		private LeaseHeartbeat heartbeat;

		LeaseSession(String schema, String owner) {
			this.schema = schema;
			this.table = TableLeaseLock.this.dialect.qualify(schema, TableLeaseLock.this.settings.lockTable());
			this.owner = owner;
			this.description = "lock table lease for namespace '" + this.namespace + "' in " + schema + "."
					+ TableLeaseLock.this.settings.lockTable();
		}

		@Override
		public String description() {
			return this.description;
		}

		@Override
		public boolean tryLock() throws SQLException {
			try (Connection connection = LockConnections.open(TableLeaseLock.this.dataSource, this.description)) {
				if (!this.tableReady) {
					createTable(connection);
					this.tableReady = true;
				}
				LocalDateTime now = now();
				if (insert(connection, now)) {
					return held();
				}
				Lease current = read(connection);
				if (current == null) {
					// released between the insert and the read
					return insert(connection, now) && held();
				}
				this.seen = current;
				if (!current.expiresAt().isBefore(now) || !takeOver(connection, current, now)) {
					return false;
				}
				logger.warn("Took over the {} from owner '{}', whose lease expired at {} UTC: that run is presumed dead",
						this.description, current.owner(), current.expiresAt());
				return held();
			}
		}

		@Override
		public String holder() {
			Lease lease = this.seen;
			return (lease != null) ? "owner '" + lease.owner() + "' (lease expires at " + lease.expiresAt() + " UTC)"
					: null;
		}

		@Override
		public String advice() {
			return "To see the holder: SELECT * FROM " + this.table + " WHERE namespace = '"
					+ this.namespace.replace("'", "''") + "'; a lease whose owner is gone is taken over once it"
					+ " expires, and deleting its row frees it at once.";
		}

		@Override
		public void release() throws SQLException {
			if (this.heartbeat != null) {
				this.heartbeat.stop();
			}
			try (Connection connection = LockConnections.open(TableLeaseLock.this.dataSource, this.description);
					PreparedStatement delete = connection
						.prepareStatement("DELETE FROM " + this.table + " WHERE namespace = ? AND owner = ?")) {
				delete.setString(1, this.namespace);
				delete.setString(2, this.owner);
				if (delete.executeUpdate() == 0) {
					logger.warn("The {} was no longer owned by '{}' when released", this.description, this.owner);
				}
			}
		}

		@Override
		public void abandon(Throwable failure) {
			if (this.heartbeat != null) {
				this.heartbeat.stop();
			}
		}

		private boolean held() {
			this.heartbeat = new LeaseHeartbeat(this.description, TableLeaseLock.this.settings.lease(), this::renew);
			return true;
		}

		private boolean renew() throws SQLException {
			try (Connection connection = LockConnections.open(TableLeaseLock.this.dataSource, this.description);
					PreparedStatement update = connection.prepareStatement(
							"UPDATE " + this.table + " SET expires_at = ? WHERE namespace = ? AND owner = ?")) {
				update.setObject(1, now().plus(TableLeaseLock.this.settings.lease()));
				update.setString(2, this.namespace);
				update.setString(3, this.owner);
				return update.executeUpdate() == 1;
			}
		}

		private void createTable(Connection connection) throws SQLException {
			DatabaseCatalog catalog = new DatabaseCatalog(TableLeaseLock.this.dialect);
			String lockTable = TableLeaseLock.this.settings.lockTable();
			if (catalog.tableExists(connection, this.schema, lockTable)) {
				return;
			}
			try (Statement statement = connection.createStatement()) {
				statement.execute(createTableSql(TableLeaseLock.this.dialect, this.schema, lockTable));
				logger.info("Created the lock table {}.{}", this.schema, lockTable);
			}
			catch (SQLException ex) {
				// another runner created it at once (H2 may say: duplicate key); a missing table fails the insert
				boolean raced = ex.getSQLState() != null && ex.getSQLState().startsWith("23");
				if (!raced && !catalog.tableExists(connection, this.schema, lockTable)) {
					throw ex;
				}
			}
		}

		private boolean insert(Connection connection, LocalDateTime now) throws SQLException {
			try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + this.table
					+ " (namespace, owner, acquired_at, expires_at) VALUES (?, ?, ?, ?)")) {
				insert.setString(1, this.namespace);
				insert.setString(2, this.owner);
				insert.setObject(3, now);
				insert.setObject(4, now.plus(TableLeaseLock.this.settings.lease()));
				insert.executeUpdate();
				return true;
			}
			catch (SQLException ex) {
				if (ex.getSQLState() != null && ex.getSQLState().startsWith("23")) {
					return false;
				}
				throw ex;
			}
		}

		private Lease read(Connection connection) throws SQLException {
			try (PreparedStatement select = connection
				.prepareStatement("SELECT owner, expires_at FROM " + this.table + " WHERE namespace = ?")) {
				select.setString(1, this.namespace);
				try (ResultSet rows = select.executeQuery()) {
					return rows.next() ? new Lease(rows.getString(1), rows.getObject(2, LocalDateTime.class)) : null;
				}
			}
		}

		private boolean takeOver(Connection connection, Lease expired, LocalDateTime now) throws SQLException {
			try (PreparedStatement update = connection.prepareStatement("UPDATE " + this.table
					+ " SET owner = ?, acquired_at = ?, expires_at = ? WHERE namespace = ? AND owner = ? AND expires_at = ?")) {
				update.setString(1, this.owner);
				update.setObject(2, now);
				update.setObject(3, now.plus(TableLeaseLock.this.settings.lease()));
				update.setString(4, this.namespace);
				update.setString(5, expired.owner());
				update.setObject(6, expired.expiresAt());
				return update.executeUpdate() == 1;
			}
		}

		private LocalDateTime now() {
			Instant now = TableLeaseLock.this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
			return LocalDateTime.ofInstant(now, ZoneOffset.UTC);
		}

	}

}
