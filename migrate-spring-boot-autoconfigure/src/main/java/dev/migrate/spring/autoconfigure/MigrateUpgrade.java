package dev.migrate.spring.autoconfigure;

import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationContext;

import dev.migrate.core.MigrateException;
import dev.migrate.core.Secrets;
import dev.migrate.core.engine.MigrationResult;
import dev.migrate.core.engine.Migrator;
import dev.migrate.core.engine.UpToDate;

/**
 * The application's upgrade of its own database, shared by both {@code migrate.run-at} modes: runs
 * the {@link MigrateStrategy} (by default an upgrade to the target) as a tracked run and logs a
 * failure with the action to take. What a failure does next depends on the mode, so it is returned.
 */
final class MigrateUpgrade {

	private static final Logger logger = LoggerFactory.getLogger("dev.migrate");

	private final ApplicationContext context;

	private final Migrator migrator;

	private final MigrationTracker tracker;

	/** The application's strategy, or {@code null} for an upgrade to the target. */
	private final MigrateStrategy strategy;

	private final String target;

	private final boolean failOnError;

	MigrateUpgrade(ApplicationContext context, Migrator migrator, MigrationTracker tracker, MigrateStrategy strategy,
			String target, boolean failOnError) {
		this.context = Objects.requireNonNull(context, "context");
		this.migrator = Objects.requireNonNull(migrator, "migrator");
		this.tracker = Objects.requireNonNull(tracker, "tracker");
		this.strategy = strategy;
		this.target = Objects.requireNonNull(target, "target");
		this.failOnError = failOnError;
	}

	ApplicationContext context() {
		return this.context;
	}

	boolean failOnError() {
		return this.failOnError;
	}

	/**
	 * Runs the upgrade.
	 * @return {@code null} on success, else the failure, already logged
	 */
	RuntimeException run() {
		return run(null);
	}

	/**
	 * Runs the upgrade, taking {@code known} (asked while the application started) instead of asking
	 * again whether there is anything to do; the application's {@link MigrateStrategy} ignores it.
	 * @return {@code null} on success, else the failure, already logged
	 */
	RuntimeException run(UpToDate known) {
		try {
			this.tracker.run(this.target, () -> {
				MigrationResult result = (this.strategy != null) ? this.strategy.migrate(this.migrator, this.target)
						: this.migrator.upgrade(this.target, known);
				// the tenants and further databases, after the main schema and inside the same tracked run: readiness waits for the fleet
				this.context.getBeanProvider(MigrateAfterUpgrade.class).orderedStream().forEach(MigrateAfterUpgrade::afterUpgrade);
				return result;
			});
			return null;
		}
		catch (RuntimeException ex) {
			log(ex);
			return ex;
		}
	}

	private void log(RuntimeException ex) {
		String action = (ex instanceof MigrateException migrate) ? MigrateFailures.action(migrate) : "See the cause below.";
		Secrets secrets = MigrateSecrets.from(this.context.getEnvironment());
		String description = secrets.scrub(ex.getMessage());
		Throwable logged = secrets.scrub((Throwable) ex);
		if (this.failOnError) {
			logger.error("Upgrading the database to '{}' failed; the application stops (migrate.fail-on-error=true).\n\n"
					+ "Description:\n\n{}\n\nAction:\n\n{}\n", this.target, description, action, logged);
		}
		else {
			logger.error("Upgrading the database to '{}' failed; the application keeps running and refuses traffic "
					+ "(migrate.fail-on-error=false).\n\nDescription:\n\n{}\n\nAction:\n\n{}\n", this.target,
					description, action, logged);
		}
	}

}
