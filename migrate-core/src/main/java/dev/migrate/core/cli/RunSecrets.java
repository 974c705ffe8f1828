package dev.migrate.core.cli;

import java.util.Arrays;

import dev.migrate.core.Secrets;

/**
 * The secrets of a command line run (its password and URL), made once and asked for at every
 * printed line: made again only when the options they come from have changed (picocli sets them
 * while it parses, after the first line may already have been printed).
 */
final class RunSecrets {

	private Secrets secrets;

	private String password;

	private String url;

	Secrets of(String password, String url) {
		if (this.secrets == null || password != this.password || url != this.url) {
			this.secrets = Secrets.of(Arrays.asList(password), Arrays.asList(url));
			this.password = password;
			this.url = url;
		}
		return this.secrets;
	}

}
