package dev.migrate.alembic;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.postgresql.ds.PGSimpleDataSource;

/**
 * Keeps closed connections open for the next caller, as an application's pool does: a new
 * PostgreSQL connection costs tens of milliseconds here, several per command. A connection comes
 * back in auto-commit mode with no transaction open.
 */
final class PooledDataSource implements DataSource, AutoCloseable {

	private final PGSimpleDataSource target;

	private final Deque<Connection> idle = new ArrayDeque<>();

	PooledDataSource(PGSimpleDataSource target) {
		this.target = target;
	}

	@Override
	public synchronized Connection getConnection() throws SQLException {
		Connection physical = this.idle.poll();
		if (physical == null || physical.isClosed()) {
			physical = this.target.getConnection();
		}
		Connection connection = physical;
		return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] { Connection.class },
				(proxy, method, args) -> {
					if (method.getName().equals("close")) {
						giveBack(connection);
						return null;
					}
					if (method.getName().equals("isClosed")) {
						return false;
					}
					try {
						return method.invoke(connection, args);
					}
					catch (InvocationTargetException ex) {
						throw ex.getCause();
					}
				});
	}

	private synchronized void giveBack(Connection connection) throws SQLException {
		if (!connection.getAutoCommit()) {
			connection.rollback();
			connection.setAutoCommit(true);
		}
		this.idle.push(connection);
	}

	@Override
	public synchronized void close() {
		for (Connection connection : this.idle) {
			try {
				connection.close();
			}
			catch (SQLException ex) {
				// The database is dropped next; a connection that will not close goes with it.
			}
		}
		this.idle.clear();
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		throw new SQLFeatureNotSupportedException("Connections of this pool all use the configured user");
	}

	@Override
	public PrintWriter getLogWriter() {
		return null;
	}

	@Override
	public void setLogWriter(PrintWriter out) {
	}

	@Override
	public void setLoginTimeout(int seconds) {
	}

	@Override
	public int getLoginTimeout() {
		return 0;
	}

	@Override
	public Logger getParentLogger() throws SQLFeatureNotSupportedException {
		throw new SQLFeatureNotSupportedException("No java.util.logging here");
	}

	@Override
	public <T> T unwrap(Class<T> type) throws SQLException {
		throw new SQLException("Not a wrapper for " + type.getName());
	}

	@Override
	public boolean isWrapperFor(Class<?> type) {
		return false;
	}

}
