package dev.migrate.spring.autoconfigure.health;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * With {@code migrate.enabled=false}, a {@code migrate} health contributor that is always {@code UP}
 * with {@code "enabled": false}: an application configured as the README says (the readiness group
 * including {@code migrate}) still starts, since Spring Boot refuses a group that names a missing
 * contributor, and still becomes ready, since nothing of migrate holds it back.
 */
@AutoConfiguration
@ConditionalOnClass(ConditionalOnEnabledHealthIndicator.class)
@ConditionalOnBooleanProperty(name = "migrate.enabled", havingValue = false)
@ConditionalOnEnabledHealthIndicator("migrate")
public final class MigrateDisabledHealthContributorAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(name = { "migrateHealthIndicator", "migrateHealthContributor" })
	HealthIndicator migrateHealthIndicator() {
		return () -> Health.up().withDetail("enabled", false).build();
	}

}
