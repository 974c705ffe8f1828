package dev.migrate.spring.autoconfigure;

import java.util.ArrayList;
import java.util.List;

import org.springframework.core.env.Environment;

import dev.migrate.core.Secrets;

/**
 * The secrets of the application's configuration that migrate's messages must never show: the
 * passwords of {@code spring.datasource.*} and {@code migrate.datasource.*}, and those their URLs
 * carry. Read from the Environment, so that the failure analyzer, which runs after the context
 * failed, knows the same ones as the beans.
 */
public final class MigrateSecrets {

	private static final String[] PREFIXES = { "spring.datasource", "migrate.datasource" };

	private MigrateSecrets() {
	}

	/** The secrets of {@code environment}'s DataSource properties. */
	public static Secrets from(Environment environment) {
		if (environment == null) {
			return Secrets.none();
		}
		List<String> passwords = new ArrayList<>();
		List<String> urls = new ArrayList<>();
		for (String prefix : PREFIXES) {
			passwords.add(environment.getProperty(prefix + ".password"));
			urls.add(environment.getProperty(prefix + ".url"));
		}
		return Secrets.of(passwords, urls);
	}

}
