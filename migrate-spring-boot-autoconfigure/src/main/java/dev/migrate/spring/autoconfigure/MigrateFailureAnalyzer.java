package dev.migrate.spring.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

import dev.migrate.core.MigrateException;

/**
 * Turns a migrate error that stopped the application into what went wrong and what to do,
 * including the {@code migrate.*} property that changes the outcome.
 */
class MigrateFailureAnalyzer extends AbstractFailureAnalyzer<MigrateException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, MigrateException cause) {
		return new FailureAnalysis(cause.getMessage(), MigrateFailures.action(cause), cause);
	}

}
