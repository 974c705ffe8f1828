package dev.migrate.spring.autoconfigure.fleet;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * The migrations' own small pool, so that a fleet run never takes the application's connections:
 * HikariCP, at most parallelism + 1 connections (one per tenant at work, its lock included, and
 * one for the tenant query or a tenant added at runtime), none kept while idle. Built from the
 * migration DataSource's URL and user when it is a HikariCP pool, else on top of it.
 */
final class FleetPool implements AutoCloseable {

	private final DataSource source;

	private final int size;

	private volatile HikariDataSource pool;

	FleetPool(DataSource source, int parallelism) {
		this.source = source;
		this.size = parallelism + 1;
	}

	DataSource dataSource() {
		HikariDataSource current = this.pool;
		if (current == null) {
			synchronized (this) {
				current = this.pool;
				if (current == null) {
					current = new HikariDataSource(config());
					this.pool = current;
				}
			}
		}
		return current;
	}

	int maximumSize() {
		return this.size;
	}

	private HikariConfig config() {
		HikariConfig config = new HikariConfig();
		HikariDataSource application = unwrap(this.source);
		if (application != null && application.getJdbcUrl() != null) {
			config.setJdbcUrl(application.getJdbcUrl());
			config.setUsername(application.getUsername());
			config.setPassword(application.getPassword());
			if (application.getDriverClassName() != null) {
				config.setDriverClassName(application.getDriverClassName());
			}
		}
		else {
			config.setDataSource(this.source);
		}
		config.setPoolName("migrate-fleet");
		config.setMaximumPoolSize(this.size);
		config.setMinimumIdle(0);
		config.setIdleTimeout(10_000);
		config.setInitializationFailTimeout(-1);
		return config;
	}

	private static HikariDataSource unwrap(DataSource dataSource) {
		try {
			return dataSource.isWrapperFor(HikariDataSource.class) ? dataSource.unwrap(HikariDataSource.class) : null;
		}
		catch (java.sql.SQLException ex) {
			return null;
		}
	}

	@Override
	public void close() {
		HikariDataSource current = this.pool;
		if (current != null) {
			current.close();
		}
	}

}
