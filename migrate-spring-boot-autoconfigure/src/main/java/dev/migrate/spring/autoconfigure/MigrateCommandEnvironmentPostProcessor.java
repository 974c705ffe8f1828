package dev.migrate.spring.autoconfigure;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * When {@code migrate.command} is set (argument, environment variable or configuration file), the
 * application runs that command and exits instead of serving. Ahead of every other source this
 * sets:
 * <ul>
 * <li>{@code spring.main.web-application-type=none}: no web server, no port;</li>
 * <li>{@code spring.main.lazy-initialization=true}: only what the command needs is created, and a
 * bad property or revision is reported by the command (exit status 2), not by a failed context;</li>
 * <li>Hibernate's schema management off ({@code spring.jpa.hibernate.ddl-auto=none} and the two
 * native properties that would override it) and {@code spring.sql.init.mode=never}: the command
 * may be what brings the schema to the entities, so nothing validates, creates or fills the schema
 * before it runs. JPA stays configured: Spring builds the EntityManagerFactory early whatever the
 * lazy setting (it is load-time-weaver aware), an eager bean that uses a repository still works,
 * and the entity model is there for the commands that need it (autogenerate, a later issue: that
 * is where it hooks in). Excluding JPA instead would break those beans.</li>
 * </ul>
 * Behind every other source it turns the banner off and the root log level to WARN, so that what
 * the command prints is what a script reads ({@code current --json}); an application's own
 * {@code logging.level.root} still wins. Runs after the configuration files are read.
 */
class MigrateCommandEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

	static final String PROPERTY_SOURCE_NAME = "migrateCommand";

	static final String DEFAULTS_SOURCE_NAME = "migrateCommandDefaults";

	@Override
	public int getOrder() {
		return ConfigDataEnvironmentPostProcessor.ORDER + 1;
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!environment.getProperty("migrate.enabled", Boolean.class, true)
				|| !StringUtils.hasText(environment.getProperty("migrate.command"))) {
			return;
		}
		environment.getPropertySources()
			.addFirst(new MapPropertySource(PROPERTY_SOURCE_NAME, Map.of("spring.main.web-application-type", "none",
					"spring.main.lazy-initialization", "true", "spring.jpa.hibernate.ddl-auto", "none",
					"spring.jpa.properties.hibernate.hbm2ddl.auto", "none",
					"spring.jpa.properties.jakarta.persistence.schema-generation.database.action", "none",
					"spring.sql.init.mode", "never")));
		environment.getPropertySources()
			.addLast(new MapPropertySource(DEFAULTS_SOURCE_NAME,
					Map.of("spring.main.banner-mode", "off", "logging.level.root", "warn")));
	}

}
