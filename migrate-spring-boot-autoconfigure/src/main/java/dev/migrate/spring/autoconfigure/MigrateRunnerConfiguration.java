package dev.migrate.spring.autoconfigure;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.type.AnnotatedTypeMetadata;

import dev.migrate.core.engine.Migrator;
import dev.migrate.core.rolling.RollingDeploy;

/**
 * What upgrades the database in this process, imported by {@link MigrateAutoConfiguration}:
 * {@link MigrateRunner} for {@code migrate.run-at=ready}, {@link MigrateStartupInitializer} for
 * {@code startup}; in both, the readiness guard and the traffic gate. Absent in command mode and
 * with {@code migrate.run-on-ready=false}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "migrate.run-on-ready", matchIfMissing = true)
@Conditional(MigrateAutoConfiguration.NotCommandModeCondition.class)
class MigrateRunnerConfiguration {

	private static final Logger logger = LoggerFactory.getLogger("dev.migrate");

	@Bean
	@ConditionalOnMissingBean
	MigrateReadinessGuard migrateReadinessGuard(ApplicationContext context, MigrationTracker tracker,
			ObjectProvider<ApplicationAvailability> availability) {
		return new MigrateReadinessGuard(context, tracker, availability.getIfAvailable());
	}

	/** {@code migrate.run-at=ready}: the first runner upgrades. */
	@Configuration(proxyBeanMethods = false)
	@Conditional(RunAtReadyCondition.class)
	static class ReadyConfiguration {

		@Bean
		@ConditionalOnMissingBean
		MigrateRunner migrateRunner(ApplicationContext context, Migrator migrator, MigrationTracker tracker,
				ObjectProvider<MigrateStrategy> strategy, MigrateExit exit, MigrateProperties properties,
				ObjectProvider<MigrateStartupCheck> check) {
			return new MigrateRunner(context, migrator, tracker, strategy.getIfAvailable(), exit,
					properties.getTarget(), properties.isFailOnError()).awaiting(check.getIfAvailable());
		}

		/** Registers the instance and checks the database while the web server starts; the runner waits for it. */
		@Bean
		@ConditionalOnMissingBean
		MigrateStartupCheck migrateStartupCheck(Migrator migrator, ObjectProvider<RollingDeploy> deploy,
				ObjectProvider<MigrateStrategy> strategy, MigrateProperties properties) {
			return new MigrateStartupCheck(migrator, deploy.getIfAvailable(), properties.getTarget(),
					strategy.getIfAvailable() == null);
		}

		@Bean
		@ConditionalOnMissingBean
		MigrateTrafficGate migrateTrafficGate(MigrationTracker tracker) {
			return new MigrateTrafficGate(tracker, true);
		}

	}

	/**
	 * {@code migrate.run-at=startup}: a database initializer upgrades, before the beans that
	 * depend on database initialization.
	 */
	@Configuration(proxyBeanMethods = false)
	@Conditional(RunAtStartupCondition.class)
	@ConditionalOnClass(DatabaseInitializationDependencyConfigurer.class)
	@Import(DatabaseInitializationDependencyConfigurer.class)
	static class StartupConfiguration {

		@Bean
		@ConditionalOnMissingBean
		MigrateStartupInitializer migrateStartupInitializer(ApplicationContext context, Migrator migrator,
				MigrationTracker tracker, ObjectProvider<MigrateStrategy> strategy, MigrateProperties properties) {
			String reason = RunAt.decide(context.getEnvironment()).reason();
			if (reason != null) {
				logger.info("Upgrading at startup: {}", reason);
			}
			return new MigrateStartupInitializer(context, migrator, tracker, strategy.getIfAvailable(),
					properties.getTarget(), properties.isFailOnError());
		}

		@Bean
		@ConditionalOnMissingBean
		MigrateTrafficGate migrateTrafficGate(MigrationTracker tracker) {
			return new MigrateTrafficGate(tracker, false);
		}

	}

	/** {@code migrate.run-at} is {@code ready}, explicitly or by default. */
	static final class RunAtReadyCondition extends SpringBootCondition {

		@Override
		public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
			RunAt.Decision decision = RunAt.decide(context.getEnvironment());
			return new ConditionOutcome(decision.mode() == RunAt.READY, "migrate.run-at is " + decision.mode());
		}

	}

	/** {@code migrate.run-at} is {@code startup}, explicitly or because JPA validates the schema. */
	static final class RunAtStartupCondition extends SpringBootCondition {

		@Override
		public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
			RunAt.Decision decision = RunAt.decide(context.getEnvironment());
			return new ConditionOutcome(decision.mode() == RunAt.STARTUP, "migrate.run-at is " + decision.mode()
					+ ((decision.reason() != null) ? ": " + decision.reason() : ""));
		}

	}

}
