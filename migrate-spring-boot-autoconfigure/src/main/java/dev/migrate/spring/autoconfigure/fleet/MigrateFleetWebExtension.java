package dev.migrate.spring.autoconfigure.fleet;

import java.util.Objects;

import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.web.annotation.EndpointWebExtension;

import dev.migrate.core.engine.StatusView;
import dev.migrate.spring.autoconfigure.endpoint.MigrateEndpoint;

/**
 * {@code GET /actuator/migrate} of an application with tenants or further databases: the
 * endpoint's own fields, the {@code "tenants"} map and the {@code "datasources"} map;
 * {@code GET /actuator/migrate/{name}} returns one tenant or database in full (404 for an unknown
 * name; a database's name wins over a tenant's). An extension, so that the endpoint itself stays as
 * it is without them.
 */
@EndpointWebExtension(endpoint = MigrateEndpoint.class)
public class MigrateFleetWebExtension {

	private final MigrateEndpoint endpoint;

	private final MigrateFleet fleet;

	private final MigrateDatabases databases;

	/**
	 * @param fleet the tenants, or {@code null}
	 * @param databases the further databases, or {@code null}
	 */
	public MigrateFleetWebExtension(MigrateEndpoint endpoint, MigrateFleet fleet, MigrateDatabases databases) {
		this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
		this.fleet = fleet;
		this.databases = databases;
	}

	@ReadOperation
	public TenantViews.FleetView migrate() {
		return new TenantViews.FleetView(this.endpoint.migrate(),
				(this.fleet != null) ? TenantViews.entries(this.fleet) : null,
				(this.databases != null) ? this.databases.views() : null);
	}

	@ReadOperation
	public StatusView migrate(@Selector String name) {
		StatusView database = (this.databases != null) ? this.databases.view(name) : null;
		if (database != null) {
			return database;
		}
		return (this.fleet != null) ? TenantViews.full(this.fleet, name) : null;
	}

}
