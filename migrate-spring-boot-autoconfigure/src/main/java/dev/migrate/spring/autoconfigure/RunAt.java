package dev.migrate.spring.autoconfigure;

import java.util.Locale;

import org.springframework.core.env.Environment;

import dev.migrate.core.ErrorCode;
import dev.migrate.core.MigrateException;

/** When the application upgrades its own database ({@code migrate.run-at}). */
public enum RunAt {

	/**
	 * Once the application has started: the web server answers and liveness is correct, readiness
	 * refuses traffic, and the application's own runners wait for the upgrade.
	 */
	READY,

	/** While the context starts, before every bean that uses the schema, as Spring Boot's Flyway does. */
	STARTUP;

	/** Set by Spring Boot's test slices, which import only the auto-configurations they list. */
	private static final String AUTO_CONFIGURATION_OVERRIDE = "spring.boot.enableautoconfiguration";

	/**
	 * The mode for an environment, and why when it was not chosen by {@code migrate.run-at}.
	 * @param environment the application's environment
	 * @return the mode and its reason
	 */
	public static Decision decide(Environment environment) {
		String configured = environment.getProperty("migrate.run-at");
		if (configured != null && !configured.isBlank()) {
			return new Decision(parse(configured), null);
		}
		if (!environment.getProperty(AUTO_CONFIGURATION_OVERRIDE, Boolean.class, true)) {
			return new Decision(STARTUP, "a test slice imported migrate (as for @DataJpaTest, @JdbcTest, @DataJdbcTest, "
					+ "@JooqTest), so the database is upgraded at startup, before the beans that use it");
		}
		for (String property : new String[] { "spring.jpa.hibernate.ddl-auto", "spring.jpa.properties.hibernate.hbm2ddl.auto" }) {
			if ("validate".equalsIgnoreCase(environment.getProperty(property, "").strip())) {
				return new Decision(STARTUP, property + "=validate and migrate.run-at is not set, so the database is "
						+ "upgraded at startup, before JPA validates the schema");
			}
		}
		return new Decision(READY, null);
	}

	private static RunAt parse(String value) {
		String name = value.strip().replace('-', '_').toUpperCase(Locale.ROOT);
		for (RunAt mode : values()) {
			if (mode.name().equals(name)) {
				return mode;
			}
		}
		throw new MigrateException(ErrorCode.USAGE,
				"Invalid migrate.run-at '" + value + "': use 'ready' (the default) or 'startup'");
	}

	/**
	 * The mode in effect.
	 * @param mode the mode
	 * @param reason why it was chosen when {@code migrate.run-at} is not set and it is not the default, or {@code null}
	 */
	public record Decision(RunAt mode, String reason) {

	}

}
