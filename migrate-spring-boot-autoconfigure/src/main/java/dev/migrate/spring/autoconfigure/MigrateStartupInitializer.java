package dev.migrate.spring.autoconfigure;

import org.springframework.beans.factory.InitializingBean;

import dev.migrate.core.MigrateException;
import dev.migrate.core.engine.Migrator;

/**
 * {@code migrate.run-at=startup}: upgrades the database while the context starts, when this bean is
 * initialized. {@link MigrateDatabaseInitializerDetector} declares it to Spring Boot's
 * database-initialization ordering, so every bean that depends on an initialized database (JPA's
 * EntityManagerFactory, JdbcTemplate, jOOQ's DSLContext, {@code @DependsOnDatabaseInitialization}
 * beans, ...) is created after it.
 * <p>
 * A failure with {@code migrate.fail-on-error=true} fails the context, as a Flyway failure does, and
 * the failure analyzer says what to do; with {@code false} the context goes on, the application
 * refuses traffic ({@link MigrateReadinessGuard}) and its pages answer 503.
 */
public final class MigrateStartupInitializer implements InitializingBean {

	private final MigrateUpgrade upgrade;

	MigrateStartupInitializer(MigrateUpgrade upgrade) {
		this.upgrade = upgrade;
	}

	/**
	 * @param context the application's context
	 * @param migrator the migrator
	 * @param tracker records the run
	 * @param strategy what to run instead of an upgrade, or {@code null}
	 * @param target the target of the upgrade
	 * @param failOnError whether a failure fails the context
	 */
	public MigrateStartupInitializer(org.springframework.context.ApplicationContext context, Migrator migrator,
			MigrationTracker tracker, MigrateStrategy strategy, String target, boolean failOnError) {
		this(new MigrateUpgrade(context, migrator, tracker, strategy, target, failOnError));
	}

	@Override
	public void afterPropertiesSet() {
		RuntimeException failure = this.upgrade.run();
		if (failure != null && this.upgrade.failOnError()) {
			MigrateException migrate = MigrateFailures.find(failure);
			throw (migrate != null) ? new MigrateStartupException(migrate) : failure;
		}
	}

}
