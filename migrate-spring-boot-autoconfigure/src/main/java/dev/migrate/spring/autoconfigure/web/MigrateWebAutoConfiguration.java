package dev.migrate.spring.autoconfigure.web;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.endpoint.web.PathMappedEndpoints;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.migrate.spring.autoconfigure.MigrateAutoConfiguration;
import dev.migrate.spring.autoconfigure.MigrateTrafficGate;

/**
 * Auto-configuration of the filters that answer {@code 503} while the application upgrades its
 * database in process: a servlet filter or a reactive {@code WebFilter}, whichever stack the
 * application runs. Absent in command mode and with {@code migrate.run-on-ready=false}, where this
 * process does not upgrade.
 */
@AutoConfiguration(after = MigrateAutoConfiguration.class)
@ConditionalOnBean(MigrateTrafficGate.class)
public final class MigrateWebAutoConfiguration {

	/** Actuator's paths on the application's port, from its own mapping. */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(PathMappedEndpoints.class)
	static class ActuatorPathsConfiguration {

		@Bean
		@ConditionalOnMissingBean
		ManagementPaths migrateManagementPaths(ObjectProvider<PathMappedEndpoints> endpoints) {
			return new ManagementPaths(() -> {
				PathMappedEndpoints mapped = endpoints.getIfAvailable();
				if (mapped == null) {
					return List.of();
				}
				String base = mapped.getBasePath();
				// With a base path, everything under it is Actuator's (its discovery page too);
				// mapped at the root, only the endpoints' own paths are.
				return (base.isEmpty() || base.equals("/")) ? List.copyOf(mapped.getAllPaths()) : List.of(base);
			});
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnMissingClass("org.springframework.boot.actuate.endpoint.web.PathMappedEndpoints")
	static class NoActuatorConfiguration {

		@Bean
		@ConditionalOnMissingBean
		ManagementPaths migrateManagementPaths() {
			return ManagementPaths.none();
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	@ConditionalOnClass(name = { "jakarta.servlet.Filter", "org.springframework.web.filter.OncePerRequestFilter" })
	static class ServletConfiguration {

		@Bean
		@ConditionalOnMissingBean
		MigrateServletFilter migrateServletFilter(MigrateTrafficGate gate, ManagementPaths management) {
			return new MigrateServletFilter(gate, management);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
	@ConditionalOnClass(name = "org.springframework.web.server.WebFilter")
	static class ReactiveConfiguration {

		@Bean
		@ConditionalOnMissingBean
		MigrateWebFilter migrateWebFilter(MigrateTrafficGate gate, ManagementPaths management) {
			return new MigrateWebFilter(gate, management);
		}

	}

}
