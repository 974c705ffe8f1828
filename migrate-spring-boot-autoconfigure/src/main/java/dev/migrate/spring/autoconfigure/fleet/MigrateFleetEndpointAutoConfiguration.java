package dev.migrate.spring.autoconfigure.fleet;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

import dev.migrate.spring.autoconfigure.endpoint.MigrateEndpoint;

/** The endpoint's {@code "tenants"} and {@code "datasources"} maps, and {@code /actuator/migrate/{name}}. */
@AutoConfiguration(after = { MigrateFleetAutoConfiguration.class, MigrateDatabasesAutoConfiguration.class },
		afterName = "dev.migrate.spring.autoconfigure.endpoint.MigrateEndpointAutoConfiguration")
@ConditionalOnClass(name = "org.springframework.boot.actuate.endpoint.web.annotation.EndpointWebExtension")
@ConditionalOnBean(MigrateEndpoint.class)
@Conditional(MigrateFleetEndpointAutoConfiguration.FleetOrDatabases.class)
public final class MigrateFleetEndpointAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	FleetEndpointSections migrateFleetEndpointSections(ObjectProvider<MigrateFleet> fleet,
			ObjectProvider<MigrateDatabases> databases) {
		return new FleetEndpointSections(fleet.getIfAvailable(), databases.getIfAvailable());
	}

	/** Tenants or further databases exist. */
	static final class FleetOrDatabases extends AnyNestedCondition {

		FleetOrDatabases() {
			super(ConfigurationPhase.REGISTER_BEAN);
		}

		@ConditionalOnBean(MigrateFleet.class)
		static final class Fleet {

		}

		@ConditionalOnBean(MigrateDatabases.class)
		static final class Databases {

		}

	}

}
