package dev.migrate.spring.autoconfigure;

import java.sql.Connection;
import java.util.Properties;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfigMXBean;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.util.Credentials;
import com.zaxxer.hikari.util.DriverDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.jdbc.DataSourceUnwrapper;
import org.springframework.util.ClassUtils;

/**
 * Loads and initialises the JDBC driver on a thread of its own while the context still creates its
 * beans, by opening and closing one connection exactly as the application's HikariCP pool would open
 * its first (the pool's own {@link DriverDataSource}, with the pool's URL, driver, properties and
 * credentials). The driver's classes are most of what the pool's first connection costs in a fresh
 * JVM, and migrate needs that connection before the application is ready (to register the instance
 * and to check the database), where the application without migrate opens it only at its first
 * request. The pool itself is not touched: it starts when migrate first asks it, after Spring Boot
 * has bound its meters, and finds the driver ready.
 * <p>
 * Only for a HikariCP pool configured by URL with plain credentials, whose pool has not started; for
 * any other DataSource nothing happens. A failure changes nothing: the pool's first connection
 * reports it as it would without this.
 */
final class DriverWarmup {

	private static final Logger logger = LoggerFactory.getLogger(DriverWarmup.class);

	private static final boolean HIKARI = ClassUtils.isPresent("com.zaxxer.hikari.HikariDataSource",
			DriverWarmup.class.getClassLoader());

	private DriverWarmup() {
	}

	/**
	 * Starts the warm-up for {@code dataSource} on a daemon thread.
	 * @return the thread, or {@code null} when there is nothing to warm up
	 */
	static Thread start(DataSource dataSource) {
		DataSource direct = direct(dataSource);
		if (direct == null) {
			return null;
		}
		Thread thread = new Thread(() -> open(direct), "migrate-driver-warmup");
		thread.setDaemon(true);
		thread.start();
		return thread;
	}

	private static DataSource direct(DataSource dataSource) {
		try {
			return HIKARI ? Hikari.direct(dataSource) : null;
		}
		catch (RuntimeException | LinkageError ex) {
			// e.g. an older HikariCP without one of the methods asked
			logger.debug("No driver warm-up: {}", ex.getClass().getName());
			return null;
		}
	}

	private static void open(DataSource direct) {
		try (Connection connection = direct.getConnection()) {
			logger.trace("Driver warmed up");
		}
		catch (Exception ex) {
			// the message may quote the URL; the pool's first connection reports the failure scrubbed
			logger.debug("Warming up the JDBC driver failed ({}); the pool's first connection will tell",
					ex.getClass().getName());
		}
	}

	/** Kept apart so that nothing loads HikariCP's classes when it is absent. */
	static final class Hikari {

		private Hikari() {
		}

		/**
		 * What the pool's first connection would connect through, or {@code null} when that cannot be
		 * told without starting the pool (a DataSource, class name or JNDI name instead of a URL, a
		 * credentials provider) or the pool has already started.
		 */
		static DataSource direct(DataSource dataSource) {
			HikariDataSource hikari = DataSourceUnwrapper.unwrap(dataSource, HikariConfigMXBean.class,
					HikariDataSource.class);
			if (hikari == null || hikari.isRunning() || hikari.isClosed() || hikari.getJdbcUrl() == null
					|| hikari.getDataSource() != null || hikari.getDataSourceClassName() != null
					|| hikari.getDataSourceJNDI() != null || hikari.getCredentialsProvider() != null
					|| hikari.getCredentialsProviderClassName() != null) {
				return null;
			}
			Credentials credentials = hikari.getCredentials();
			Properties properties = new Properties();
			properties.putAll(hikari.getDataSourceProperties());
			try {
				return new DriverDataSource(hikari.getJdbcUrl(), hikari.getDriverClassName(), properties,
						credentials.getUsername(), credentials.getPassword());
			}
			catch (RuntimeException ex) {
				logger.debug("No driver warm-up: {}", ex.getClass().getName());
				return null;
			}
		}

	}

}
