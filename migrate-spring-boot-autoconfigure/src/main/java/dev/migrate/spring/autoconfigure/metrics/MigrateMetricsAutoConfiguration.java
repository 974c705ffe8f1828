package dev.migrate.spring.autoconfigure.metrics;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

import dev.migrate.core.engine.Migrator;
import dev.migrate.core.rolling.RollingDeploy;
import dev.migrate.spring.autoconfigure.MigrateAutoConfiguration;
import dev.migrate.spring.autoconfigure.MigrateProperties;
import dev.migrate.spring.autoconfigure.MigrationTracker;

/**
 * Auto-configuration of migrate's Micrometer meters. Ordered after Micrometer's auto-configuration
 * by class name, so that Micrometer stays optional.
 */
@AutoConfiguration(after = MigrateAutoConfiguration.class,
		afterName = "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration")
@ConditionalOnClass(MeterRegistry.class)
@ConditionalOnBean({ Migrator.class, MigrationTracker.class, MeterRegistry.class })
public final class MigrateMetricsAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	MigrateMetrics migrateMetrics(ObjectProvider<Migrator> migrator, MigrateProperties properties) {
		String target = properties.getTarget();
		// The migrator takes this bean as a listener, so it is looked up when sampled, not injected.
		return new MigrateMetrics(() -> migrator.getObject().status(target));
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBean(RollingDeploy.class)
	RollingDeployMetrics migrateRollingDeployMetrics(RollingDeploy deploy) {
		return new RollingDeployMetrics(deploy);
	}

}
