package dev.migrate.spring.autoconfigure.endpoint;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;

import dev.migrate.core.engine.Migrator;
import dev.migrate.spring.autoconfigure.MigrateProperties;
import dev.migrate.spring.autoconfigure.MigrationTracker;

/**
 * The graph pages of the {@code migrate} endpoint ({@code /actuator/migrate/graph} and
 * {@code graph.html}), when the application has the Eclipse Layout Kernel on its class path
 * ({@code org.eclipse.elk:org.eclipse.elk.alg.layered}): the starter does not bring it, as it
 * brings EMF and Guava along, which most applications would carry for a page they never open.
 */
@AutoConfiguration(after = MigrateEndpointAutoConfiguration.class)
@ConditionalOnClass(name = { "org.springframework.boot.actuate.endpoint.web.annotation.EndpointWebExtension",
		"org.eclipse.elk.alg.layered.options.LayeredOptions" })
@ConditionalOnWebApplication
@ConditionalOnBean({ MigrateEndpoint.class, Migrator.class, MigrationTracker.class })
public final class MigrateGraphAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnAvailableEndpoint(endpoint = MigrateEndpoint.class)
	MigrateGraphPages migrateGraphPages(ObjectProvider<Migrator> migrator, MigrationTracker tracker,
			MigrateProperties properties) {
		return new MigrateGraphPages(migrator::getObject, tracker, properties.getTarget());
	}

}
