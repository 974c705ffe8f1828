package dev.migrate.spring.autoconfigure.fleet;

import java.util.Objects;

import dev.migrate.core.engine.StatusView;
import dev.migrate.spring.autoconfigure.endpoint.MigrateEndpointSections;

/**
 * What tenants and further databases add to the {@code migrate} endpoint: {@code GET
 * /actuator/migrate} gains the {@code "tenants"} map and the {@code "datasources"} map, and
 * {@code GET /actuator/migrate/{name}} returns one tenant or database in full (404 for an unknown
 * name; a database's name wins over a tenant's). Served by the endpoint's web extension, so that
 * the endpoint itself stays as it is without them.
 */
public class FleetEndpointSections implements MigrateEndpointSections {

	private final MigrateFleet fleet;

	private final MigrateDatabases databases;

	/**
	 * @param fleet the tenants, or {@code null}
	 * @param databases the further databases, or {@code null}
	 */
	public FleetEndpointSections(MigrateFleet fleet, MigrateDatabases databases) {
		this.fleet = fleet;
		this.databases = databases;
	}

	@Override
	public Object view(StatusView main) {
		return new TenantViews.FleetView(Objects.requireNonNull(main, "main"),
				(this.fleet != null) ? TenantViews.entries(this.fleet) : null,
				(this.databases != null) ? this.databases.views() : null);
	}

	@Override
	public StatusView named(String name) {
		StatusView database = (this.databases != null) ? this.databases.view(name) : null;
		if (database != null) {
			return database;
		}
		return (this.fleet != null) ? TenantViews.full(this.fleet, name) : null;
	}

}
