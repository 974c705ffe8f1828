package dev.migrate.core.cli;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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

	/** The bundled driver the URL's prefix names, or {@code null}: then DriverManager picks one. */
	private final Driver driver;

	/**
	 * The first connection, being opened on another thread ({@link #connectAhead()}); {@code null}
	 * when none was asked for or it has been taken.
	 */
	private CompletableFuture<Connection> ahead;

	SimpleDataSource(String url, String user, String password) {
		this.url = url;
		this.driverUrl = driverUrl(url);
		this.driver = bundledDriver(this.driverUrl);
		if (user != null) {
			this.properties.setProperty("user", user);
		}
		if (password != null) {
			this.properties.setProperty("password", password);
		}
	}

	/**
	 * Starts opening the first connection on a daemon thread, so that the command reads and parses
	 * its revision files while the driver's classes load and the server answers: in a cold run the
	 * two took about the same time, one after the other. The first {@link #getConnection()} takes
	 * that connection, or throws what opening it threw; {@link #discardAhead()} closes it when no
	 * one took it.
	 */
	SimpleDataSource connectAhead() {
		CompletableFuture<Connection> opening = new CompletableFuture<>();
		Thread thread = new Thread(() -> {
			try {
				opening.complete(connect());
			}
			catch (Throwable ex) {
				opening.completeExceptionally(ex);
			}
		}, "migrate-connect");
		thread.setDaemon(true);
		synchronized (this) {
			this.ahead = opening;
		}
		thread.start();
		return this;
	}

	/** {@link #discardAhead()} of {@code dataSource}, when there is one. */
	static void discardAhead(SimpleDataSource dataSource) {
		if (dataSource != null) {
			dataSource.discardAhead();
		}
	}

	/** Closes the connection {@link #connectAhead()} opens if no one took it, now or once it is open. */
	void discardAhead() {
		CompletableFuture<Connection> opening = takeAhead();
		if (opening != null) {
			opening.thenAccept(SimpleDataSource::closeQuietly);
		}
	}

	@Override
	public Connection getConnection() throws SQLException {
		CompletableFuture<Connection> opening = takeAhead();
		return (opening != null) ? await(opening) : connect();
	}

	private synchronized CompletableFuture<Connection> takeAhead() {
		CompletableFuture<Connection> opening = this.ahead;
		this.ahead = null;
		return opening;
	}

	/** The connection opened ahead, or what opening it threw, as {@link #connect()} would have thrown it. */
	private static Connection await(CompletableFuture<Connection> opening) throws SQLException {
		try {
			return opening.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof SQLException sql) {
				throw sql;
			}
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw ex;
		}
	}

	private static void closeQuietly(Connection connection) {
		try {
			connection.close();
		}
		catch (SQLException ignored) {
			// an unused connection; the server ends it too when this process exits
		}
	}

	private Connection connect() throws SQLException {
		try {
			Connection connection = (this.driver != null) ? this.driver.connect(this.driverUrl, this.properties) : null;
			return (connection != null) ? connection : DriverManager.getConnection(this.driverUrl, this.properties);
		}
		catch (SQLException ex) {
			throw new SQLException("Cannot connect to " + JdbcUrls.redact(this.url) + ": " + ex.getMessage(),
					ex.getSQLState(), ex);
		}
	}

	/**
	 * The bundled driver for a {@code jdbc:postgresql:}, {@code jdbc:mariadb:} or {@code jdbc:h2:}
	 * URL, created directly: {@code DriverManager} would first load and initialise every driver on
	 * the class path through {@code ServiceLoader}, which a cold command line pays for on every run.
	 * {@code null} for any other URL (a {@code jdbc:mysql:} one included, see {@link #driverUrl}) or
	 * when that driver is not on the class path; then {@code DriverManager} chooses, and reports a
	 * URL no driver accepts as it always did.
	 */
	static Driver bundledDriver(String url) {
		String driverClass = null;
		if (url != null && url.startsWith("jdbc:postgresql:")) {
			driverClass = "org.postgresql.Driver";
		}
		else if (url != null && url.startsWith("jdbc:mariadb:")) {
			driverClass = "org.mariadb.jdbc.Driver";
		}
		else if (url != null && url.startsWith("jdbc:h2:")) {
			driverClass = "org.h2.Driver";
		}
		if (driverClass == null) {
			return null;
		}
		try {
			return (Driver) Class.forName(driverClass, true, SimpleDataSource.class.getClassLoader())
				.getDeclaredConstructor()
				.newInstance();
		}
		catch (ReflectiveOperationException | LinkageError | ClassCastException notBundled) {
			return null;
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
