package dev.migrate.spring.autoconfigure.fleet;

import java.util.Objects;

import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.web.annotation.EndpointWebExtension;

import dev.migrate.core.engine.StatusView;
import dev.migrate.spring.autoconfigure.endpoint.MigrateEndpoint;

/**
 * {@code GET /actuator/migrate} of an application with tenants: the endpoint's own fields and the
 * {@code "tenants"} map; {@code GET /actuator/migrate/{name}} returns one tenant in full (404 for
 * an unknown name). An extension, so that the endpoint itself stays as it is without tenants.
 */
@EndpointWebExtension(endpoint = MigrateEndpoint.class)
public class MigrateFleetWebExtension {

	private final MigrateEndpoint endpoint;

	private final MigrateFleet fleet;

	public MigrateFleetWebExtension(MigrateEndpoint endpoint, MigrateFleet fleet) {
		this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
		this.fleet = Objects.requireNonNull(fleet, "fleet");
	}

	@ReadOperation
	public TenantViews.WithTenants migrate() {
		return new TenantViews.WithTenants(this.endpoint.migrate(), TenantViews.entries(this.fleet));
	}

	@ReadOperation
	public StatusView migrate(@Selector String name) {
		return TenantViews.full(this.fleet, name);
	}

}
