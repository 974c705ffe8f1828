package dev.migrate.core.cli;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;

import javax.sql.DataSource;

import dev.migrate.core.JdbcUrls;

/** Connections straight from the JDBC driver: the command line opens only a handful. */
final class SimpleDataSource implements DataSource {

	private final String url;

	private final Properties properties = new Properties();

	SimpleDataSource(String url, String user, String password) {
		this.url = url;
		if (user != null) {
			this.properties.setProperty("user", user);
		}
		if (password != null) {
			this.properties.setProperty("password", password);
		}
	}

	@Override
	public Connection getConnection() throws SQLException {
		try {
			return DriverManager.getConnection(this.url, this.properties);
		}
		catch (SQLException ex) {
			throw new SQLException("Cannot connect to " + JdbcUrls.redact(this.url) + ": " + ex.getMessage(),
					ex.getSQLState(), ex);
		}
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		return new SimpleDataSource(this.url, username, password).getConnection();
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
		DriverManager.setLoginTimeout(seconds);
	}

	@Override
	public int getLoginTimeout() {
		return DriverManager.getLoginTimeout();
	}

	@Override
	public Logger getParentLogger() throws SQLFeatureNotSupportedException {
		throw new SQLFeatureNotSupportedException();
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
