package dev.migrate.spring.autoconfigure.health;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.context.annotation.Bean;

import dev.migrate.core.engine.Migrator;
import dev.migrate.spring.autoconfigure.MigrateAutoConfiguration;
import dev.migrate.spring.autoconfigure.MigrateProperties;
import dev.migrate.spring.autoconfigure.MigrationTracker;
import dev.migrate.spring.autoconfigure.fleet.MigrateDatabases;
import dev.migrate.spring.autoconfigure.fleet.MigrateFleet;

/**
 * Auto-configuration of the {@code migrate} health contributor; {@code management.health.migrate.enabled=false}
 * turns it off.
 */
@AutoConfiguration(after = MigrateAutoConfiguration.class)
@ConditionalOnClass(ConditionalOnEnabledHealthIndicator.class)
@ConditionalOnBean({ Migrator.class, MigrationTracker.class })
@ConditionalOnEnabledHealthIndicator("migrate")
public final class MigrateHealthContributorAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(name = { "migrateHealthIndicator", "migrateHealthContributor" })
	MigrateHealthIndicator migrateHealthIndicator(ObjectProvider<Migrator> migrator, MigrationTracker tracker,
			MigrateProperties properties, ObjectProvider<MigrateFleet> fleet, ObjectProvider<MigrateDatabases> databases) {
		return new MigrateHealthIndicator(migrator::getObject, tracker, properties.getTarget(), fleet::getIfAvailable,
				databases::getIfAvailable);
	}

}
