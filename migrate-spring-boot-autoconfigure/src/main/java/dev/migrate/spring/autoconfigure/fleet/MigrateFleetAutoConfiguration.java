package dev.migrate.spring.autoconfigure.fleet;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

import com.zaxxer.hikari.HikariDataSource;

import dev.migrate.core.engine.MigrateSettings;
import dev.migrate.core.engine.PlanCheck;
import dev.migrate.core.graph.RevisionGraph;
import dev.migrate.core.fleet.Fleet;
import dev.migrate.spring.autoconfigure.DatabaseVendor;
import dev.migrate.spring.autoconfigure.MigrateAutoConfiguration;
import dev.migrate.spring.autoconfigure.MigrateProperties;
import dev.migrate.spring.autoconfigure.MigrateSecrets;
import dev.migrate.spring.autoconfigure.MigrationDataSource;

/**
 * Schema-per-tenant: a {@link MigrateFleet} when {@code migrate.tenants.schemas},
 * {@code migrate.tenants.query} or a {@link MigrateTenants} bean names tenants. The runner of
 * {@code migrate.run-at} migrates them after the main schema.
 */
@AutoConfiguration(after = MigrateAutoConfiguration.class)
@ConditionalOnClass(HikariDataSource.class)
@ConditionalOnBean(MigrationDataSource.class)
@Conditional(MigrateFleetAutoConfiguration.TenantsConfigured.class)
@EnableConfigurationProperties(MigrateTenantsProperties.class)
public final class MigrateFleetAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	MigrateFleet migrateFleet(MigrationDataSource dataSource, RevisionGraph graph, MigrateSettings settings,
			PlanCheck planCheck, ObjectProvider<MigrateTenants> tenants,
			ObjectProvider<Clock> clock, MigrateTenantsProperties properties, MigrateProperties migrate, DatabaseVendor vendor,
			Environment environment) {
		MigrateTenants source = tenants.getIfAvailable();
		if (source == null && !properties.getSchemas().isEmpty()) {
			java.util.List<String> schemas = java.util.List.copyOf(properties.getSchemas());
			source = () -> schemas;
		}
		int parallelism = Fleet.parallelismOn(vendor.get(), properties.getParallelism());
		return new MigrateFleet(source, properties.getQuery(), parallelism,
				new FleetPool(dataSource.dataSource(), parallelism), graph, settings, planCheck,
				null, migrate.getTarget(), clock.getIfAvailable(Clock::systemUTC), MigrateSecrets.from(environment));
	}

	/** The fleet's meters, with Micrometer. */
	@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = "io.micrometer.core.instrument.MeterRegistry")
	static class MetricsConfiguration {

		@Bean
		@ConditionalOnMissingBean
		MigrateFleetMetrics migrateFleetMetrics(MigrateFleet fleet) {
			return new MigrateFleetMetrics(fleet);
		}

	}

	/** Tenants are configured: a list, a query or a {@link MigrateTenants} bean. */
	static final class TenantsConfigured extends AnyNestedCondition {

		TenantsConfigured() {
			super(ConfigurationPhase.REGISTER_BEAN);
		}

		@ConditionalOnBean(MigrateTenants.class)
		static final class TenantsBean {

		}

		@Conditional(TenantsProperties.class)
		static final class Properties {

		}

	}

	/** {@code migrate.tenants.schemas} or {@code migrate.tenants.query} is set. */
	static final class TenantsProperties extends SpringBootCondition {

		@Override
		public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
			Binder binder = Binder.get(context.getEnvironment());
			boolean schemas = !binder.bind("migrate.tenants.schemas", Bindable.listOf(String.class))
				.orElse(java.util.List.of())
				.isEmpty();
			boolean query = binder.bind("migrate.tenants.query", String.class).map(q -> !q.isBlank()).orElse(false);
			return new ConditionOutcome(schemas || query, "migrate.tenants.schemas or migrate.tenants.query "
					+ ((schemas || query) ? "set" : "not set"));
		}

	}

}
