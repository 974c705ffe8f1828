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

	private static final String MYSQL_SCHEME = "jdbc:mysql:";

	private final String url;

	/** {@link #url}, or what the bundled driver needs to accept it. */
	private final String driverUrl;

	private final Properties properties = new Properties();

	SimpleDataSource(String url, String user, String password) {
		this.url = url;
		this.driverUrl = driverUrl(url);
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
			return DriverManager.getConnection(this.driverUrl, this.properties);
		}
		catch (SQLException ex) {
			throw new SQLException("Cannot connect to " + JdbcUrls.redact(this.url) + ": " + ex.getMessage(),
					ex.getSQLState(), ex);
		}
	}

	/**
	 * The jar bundles the MariaDB driver, which serves MySQL too but takes {@code jdbc:mysql:} URLs
	 * only with its {@code permitMysqlScheme} option (so that it does not shadow MySQL's own driver).
	 * When no driver on the class path accepts such a URL as written, the option is added; a MySQL
	 * driver the user put on the class path still gets the URL unchanged.
	 */
	static String driverUrl(String url) {
		if (url == null || !url.regionMatches(true, 0, MYSQL_SCHEME, 0, MYSQL_SCHEME.length())) {
			return url;
		}
		try {
			DriverManager.getDriver(url);
			return url;
		}
		catch (SQLException noDriverAcceptsIt) {
			return url + ((url.indexOf('?') >= 0) ? "&" : "?") + "permitMysqlScheme=true";
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
