package dev.migrate.spring.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;

import dev.migrate.core.MigrateException;
import dev.migrate.core.Secrets;

/**
 * Turns a migrate error that stopped the application into what went wrong and what to do,
 * including the {@code migrate.*} property that changes the outcome.
 */
class MigrateFailureAnalyzer extends AbstractFailureAnalyzer<MigrateException> {

	private final Secrets secrets;

	/** Spring Boot passes the failed application's Environment, whose passwords the analysis never shows. */
	MigrateFailureAnalyzer(Environment environment) {
		this.secrets = MigrateSecrets.from(environment);
	}

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, MigrateException cause) {
		return new FailureAnalysis(this.secrets.scrub(cause.getMessage()), this.secrets.scrub(MigrateFailures.action(cause)),
				this.secrets.scrub((Throwable) cause));
	}

}
