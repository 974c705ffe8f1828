package dev.migrate.core.catalog.scratch;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;

import javax.sql.DataSource;

/**
 * Connections of a server's DataSource switched to the scratch schema (PostgreSQL: its
 * {@code search_path}; MariaDB: its current database), and switched back when closed, so that a
 * pooled connection returns to the pool as it was borrowed.
 */
final class SwitchedDataSource implements DataSource {

	private final DataSource server;

	private final String schema;

	private final boolean catalog;

	SwitchedDataSource(DataSource server, String schema, boolean catalog) {
		this.server = server;
		this.schema = schema;
		this.catalog = catalog;
	}

	@Override
	public Connection getConnection() throws SQLException {
		return switched(this.server.getConnection());
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		return switched(this.server.getConnection(username, password));
	}

	private Connection switched(Connection connection) throws SQLException {
		String original;
		try {
			original = this.catalog ? connection.getCatalog() : connection.getSchema();
			set(connection, this.schema);
		}
		catch (SQLException | RuntimeException ex) {
			connection.close();
			throw ex;
		}
		return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] { Connection.class },
				(proxy, method, args) -> {
					if (method.getName().equals("close") && !connection.isClosed()) {
						try {
							if (original != null) {
								set(connection, original);
							}
						}
						catch (SQLException ex) {
							// a broken connection: closing it is all that is left to do
						}
					}
					try {
						return method.invoke(connection, args);
					}
					catch (InvocationTargetException ex) {
						throw ex.getCause();
					}
				});
	}

	private void set(Connection connection, String name) throws SQLException {
		if (this.catalog) {
			connection.setCatalog(name);
		}
		else {
			connection.setSchema(name);
		}
	}

	@Override
	public PrintWriter getLogWriter() throws SQLException {
		return this.server.getLogWriter();
	}

	@Override
	public void setLogWriter(PrintWriter out) throws SQLException {
		this.server.setLogWriter(out);
	}

	@Override
	public void setLoginTimeout(int seconds) throws SQLException {
		this.server.setLoginTimeout(seconds);
	}

	@Override
	public int getLoginTimeout() throws SQLException {
		return this.server.getLoginTimeout();
	}

	@Override
	public Logger getParentLogger() throws SQLFeatureNotSupportedException {
		return this.server.getParentLogger();
	}

	@Override
	public <T> T unwrap(Class<T> type) throws SQLException {
		if (type.isInstance(this)) {
			return type.cast(this);
		}
		throw new SQLException("Not a wrapper of " + type.getName());
	}

	@Override
	public boolean isWrapperFor(Class<?> type) {
		return type.isInstance(this);
	}

}
