package dev.migrate.core.engine;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;

import javax.sql.DataSource;

import dev.migrate.core.dialect.Dialect;
import dev.migrate.core.dialect.MariaDbDialect;
import dev.migrate.core.dialect.PostgresDialect;

/**
 * The command's own connection, handed to a session lock as if it were the lock's: closing it
 * leaves it open (the command closes it when it is done), aborting it aborts it (after a failed
 * release its session may hold the lock, and it must not go back to a pool). PostgreSQL's advisory
 * locks and MariaDB's named locks belong to the session and outlive its transactions, so the lock
 * and the revisions share one connection.
 */
final class SessionLockSource implements DataSource {

	private final Connection connection;

	SessionLockSource(Connection connection) {
		this.connection = connection;
	}

	static boolean supports(Dialect dialect) {
		return dialect instanceof PostgresDialect || dialect instanceof MariaDbDialect;
	}

	@Override
	public Connection getConnection() {
		return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] { Connection.class },
				(proxy, method, args) -> {
					if (method.getName().equals("close") && method.getParameterCount() == 0) {
						return null;
					}
					try {
						return method.invoke(this.connection, args);
					}
					catch (InvocationTargetException ex) {
						throw ex.getCause();
					}
				});
	}

	@Override
	public Connection getConnection(String username, String password) {
		return getConnection();
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
		throw new SQLFeatureNotSupportedException();
	}

	@Override
	public <T> T unwrap(Class<T> type) throws java.sql.SQLException {
		throw new java.sql.SQLException("Not a wrapper of " + type.getName());
	}

	@Override
	public boolean isWrapperFor(Class<?> type) {
		return false;
	}

}
