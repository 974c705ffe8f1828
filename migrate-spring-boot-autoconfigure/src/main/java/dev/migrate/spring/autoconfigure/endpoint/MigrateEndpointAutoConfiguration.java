package dev.migrate.spring.autoconfigure.endpoint;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;

import dev.migrate.core.engine.Migrator;
import dev.migrate.core.rolling.RollingDeploy;
import dev.migrate.spring.autoconfigure.MigrateAutoConfiguration;
import dev.migrate.spring.autoconfigure.MigrateProperties;
import dev.migrate.spring.autoconfigure.MigrationTracker;

/** Auto-configuration of the {@code migrate} endpoint and the opt-in {@code migrateupgrade} endpoint. */
@AutoConfiguration(after = MigrateAutoConfiguration.class)
@ConditionalOnClass(ConditionalOnAvailableEndpoint.class)
@ConditionalOnBean({ Migrator.class, MigrationTracker.class })
public final class MigrateEndpointAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnAvailableEndpoint(MigrateEndpoint.class)
	MigrateEndpoint migrateEndpoint(ObjectProvider<Migrator> migrator, MigrationTracker tracker,
			MigrateProperties properties, ObjectProvider<RollingDeploy> rolling) {
		RollingDeploy deploy = rolling.getIfAvailable();
		return new MigrateEndpoint(migrator::getObject, tracker, properties.getTarget(),
				(deploy != null) ? deploy::contract : null);
	}

	/**
	 * The endpoint over HTTP, with what the fleet and the graph add when they are present
	 * (Actuator allows one web extension per endpoint).
	 */
	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnClass(name = "org.springframework.boot.actuate.endpoint.web.annotation.EndpointWebExtension")
	@ConditionalOnBean(MigrateEndpoint.class)
	MigrateWebExtension migrateWebExtension(MigrateEndpoint endpoint, ObjectProvider<MigrateEndpointSections> sections,
			ObjectProvider<MigrateGraphPages> graph) {
		return new MigrateWebExtension(endpoint, sections, graph);
	}

	/**
	 * Only with migrate's own opt-in: Actuator's settings alone can reach it, as
	 * {@code management.endpoints.access.default=unrestricted} with exposure {@code *} grants every
	 * endpoint, and an operation that changes the database must never come with a blanket grant.
	 */
	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBooleanProperty(name = "migrate.upgrade-endpoint.enabled")
	@ConditionalOnAvailableEndpoint(MigrateUpgradeEndpoint.class)
	MigrateUpgradeEndpoint migrateUpgradeEndpoint(ObjectProvider<Migrator> migrator, MigrationTracker tracker,
			MigrateProperties properties, ApplicationEventPublisher publisher) {
		return new MigrateUpgradeEndpoint(migrator::getObject, tracker, properties.getTarget(), publisher);
	}

}
