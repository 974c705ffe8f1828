package dev.migrate.core.lock;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.migrate.core.ErrorCode;
import dev.migrate.core.dialect.DatabaseCatalog;
import dev.migrate.core.dialect.Dialect;
import dev.migrate.core.MigrateException;

/** Connection handling the lock implementations share. */
final class LockConnections {

	private static final Logger logger = LoggerFactory.getLogger(DatabaseLock.class);

	private LockConnections() {
	}

	/**
	 * A connection in autocommit, so that it never sits in an open transaction between statements
	 * (an idle transaction blocks {@code CREATE INDEX CONCURRENTLY}).
	 */
	static Connection open(DataSource dataSource, String purpose) {
		Connection connection;
		try {
			connection = dataSource.getConnection();
		}
		catch (SQLException ex) {
			throw new MigrateException(ErrorCode.DATABASE,
					"Could not open a connection for the " + purpose + ": " + ex.getMessage(), ex);
		}
		try {
			if (!connection.getAutoCommit()) {
				connection.setAutoCommit(true);
			}
			return connection;
		}
		catch (SQLException ex) {
			discard(connection, ex);
			throw new MigrateException(ErrorCode.DATABASE,
					"Could not switch the connection for the " + purpose + " to autocommit: " + ex.getMessage(), ex);
		}
	}

	/**
	 * Closes {@code connection}, never throwing. After a {@code failure} its session may still hold
	 * the lock, so it is aborted first: a pool must not hand a session holding the lock to someone else.
	 */
	static void discard(Connection connection, Throwable failure) {
		if (failure != null) {
			try {
				connection.abort(Runnable::run);
			}
			catch (SQLException | RuntimeException ex) {
				logger.debug("Could not abort a lock connection", ex);
			}
		}
		try {
			connection.close();
		}
		catch (SQLException | RuntimeException ex) {
			logger.debug("Could not close a lock connection", ex);
		}
	}

	/** A session lock's own connection and the schema its lock is for. */
	record Dedicated(Connection connection, String schema) {
	}

	/** One statement of a session lock that says whether it did what was asked. */
	@FunctionalInterface
	interface Call {

		boolean run() throws SQLException;

	}

	/**
	 * Opens the dedicated connection of a session lock and resolves the schema the lock is for
	 * (the configured one, else the connection's current schema).
	 */
	static Dedicated openFor(DataSource dataSource, String purpose, LockSettings settings, Dialect dialect) {
		Connection connection = open(dataSource, purpose);
		try {
			return new Dedicated(connection, (settings.schema() != null) ? settings.schema()
					: new DatabaseCatalog(dialect).currentSchema(connection));
		}
		catch (RuntimeException ex) {
			discard(connection, null);
			throw ex;
		}
	}

	/**
	 * Releases a session lock with {@code unlock}, then ends its connection in any case: ending the
	 * session frees the lock even when the unlock itself failed.
	 */
	static void release(Connection connection, String description, Call unlock) throws SQLException {
		Throwable failure = null;
		try {
			if (!unlock.run()) {
				logger.warn("The {} was no longer held by its session when released", description);
			}
		}
		catch (SQLException | RuntimeException ex) {
			failure = ex;
			throw ex;
		}
		finally {
			discard(connection, failure);
		}
	}

	/** SHA-256 of {@code text} in UTF-8. */
	static byte[] sha256(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java platform has SHA-256", ex);
		}
	}

}
