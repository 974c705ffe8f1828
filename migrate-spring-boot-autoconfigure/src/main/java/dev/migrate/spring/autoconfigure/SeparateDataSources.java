package dev.migrate.spring.autoconfigure;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;

import dev.migrate.core.JdbcUrls;

/**
 * Builds the DataSource of {@code migrate.datasource.*}. With HikariCP present it is a small pool
 * that holds no connection while idle: a run needs one connection for its work and one for the
 * lock, and the endpoint, health and metrics read the state now and then.
 */
final class SeparateDataSources {

	static final String POOL_NAME = "migrate";

	static final int MAXIMUM_POOL_SIZE = 4;

	private SeparateDataSources() {
	}

	/** A DataSource for {@code migrate.datasource.url}, with its username and password. */
	static MigrationDataSource fromUrl(MigrateDatasourceProperties properties, ClassLoader classLoader) {
		DataSource dataSource = DataSourceBuilder.create(classLoader)
			.url(properties.getUrl())
			.username(properties.getUsername())
			.password(properties.getPassword())
			.build();
		return MigrationDataSource.owned(tune(dataSource), describe(properties.getUrl(), properties.getUsername()));
	}

	/** The application's DataSource with {@code migrate.datasource.username} and password instead of its own. */
	static MigrationDataSource derived(DataSource application, MigrateDatasourceProperties properties) {
		DataSource dataSource = DataSourceBuilder.derivedFrom(application)
			.username(properties.getUsername())
			.password(properties.getPassword())
			.build();
		return MigrationDataSource.owned(tune(dataSource),
				"the application's database as migrate.datasource.username '" + properties.getUsername() + "'");
	}

	private static String describe(String url, String username) {
		return "migrate.datasource.url " + JdbcUrls.redact(url)
				+ (StringUtils.hasText(username) ? " as '" + username + "'" : "");
	}

	private static DataSource tune(DataSource dataSource) {
		if (ClassUtils.isPresent("com.zaxxer.hikari.HikariDataSource", SeparateDataSources.class.getClassLoader())) {
			Hikari.tune(dataSource);
		}
		return dataSource;
	}

	/** Kept apart so that nothing loads HikariCP's classes when it is absent. */
	private static final class Hikari {

		static void tune(DataSource dataSource) {
			if (dataSource instanceof HikariDataSource hikari) {
				hikari.setPoolName(POOL_NAME);
				hikari.setMinimumIdle(0);
				hikari.setMaximumPoolSize(MAXIMUM_POOL_SIZE);
			}
		}

	}

}
