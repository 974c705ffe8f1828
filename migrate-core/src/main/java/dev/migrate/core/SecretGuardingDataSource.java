package dev.migrate.core;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;

import javax.sql.DataSource;

/** A DataSource whose connection failures are scrubbed of the run's secrets ({@link Secrets#guard}). */
final class SecretGuardingDataSource implements DataSource {

	private final DataSource target;

	private final Secrets secrets;

	SecretGuardingDataSource(DataSource target, Secrets secrets) {
		this.target = target;
		this.secrets = secrets;
	}

	@Override
	public Connection getConnection() throws SQLException {
		try {
			return this.target.getConnection();
		}
		catch (SQLException ex) {
			throw this.secrets.scrub(ex);
		}
		catch (RuntimeException ex) {
			// a pool's own failure (HikariCP's PoolInitializationException) quotes the driver's message
			Throwable scrubbed = this.secrets.scrub(ex);
			throw (scrubbed instanceof RuntimeException runtime) ? runtime : ex;
		}
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		try {
			return this.target.getConnection(username, password);
		}
		catch (SQLException ex) {
			throw this.secrets.scrub(ex);
		}
	}

	@Override
	public PrintWriter getLogWriter() throws SQLException {
		return this.target.getLogWriter();
	}

	@Override
	public void setLogWriter(PrintWriter out) throws SQLException {
		this.target.setLogWriter(out);
	}

	@Override
	public void setLoginTimeout(int seconds) throws SQLException {
		this.target.setLoginTimeout(seconds);
	}

	@Override
	public int getLoginTimeout() throws SQLException {
		return this.target.getLoginTimeout();
	}

	@Override
	public Logger getParentLogger() throws SQLFeatureNotSupportedException {
		return this.target.getParentLogger();
	}

	@Override
	public <T> T unwrap(Class<T> type) throws SQLException {
		return type.isInstance(this) ? type.cast(this) : this.target.unwrap(type);
	}

	@Override
	public boolean isWrapperFor(Class<?> type) throws SQLException {
		return type.isInstance(this) || this.target.isWrapperFor(type);
	}

}
