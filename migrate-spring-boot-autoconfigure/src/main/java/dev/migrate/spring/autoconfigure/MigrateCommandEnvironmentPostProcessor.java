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
 * application runs that command and exits instead of serving. Ahead of every other source, this
 * sets {@code spring.main.web-application-type=none}, so no web server starts and no port is
 * taken, and {@code spring.main.lazy-initialization=true}, so only what the command needs is
 * created: the migrator is built when the command runs, and a bad property or revision is
 * reported by the command with exit status 2 rather than failing the context. Runs after the
 * configuration files are read.
 */
class MigrateCommandEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

	static final String PROPERTY_SOURCE_NAME = "migrateCommand";

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
			.addFirst(new MapPropertySource(PROPERTY_SOURCE_NAME,
					Map.of("spring.main.web-application-type", "none", "spring.main.lazy-initialization", "true")));
	}

}
