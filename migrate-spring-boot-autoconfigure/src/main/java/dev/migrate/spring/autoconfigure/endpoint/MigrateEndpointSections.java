package dev.migrate.spring.autoconfigure.endpoint;

import dev.migrate.core.engine.StatusView;

/**
 * What a part of the starter adds to {@code GET /actuator/migrate} and answers at
 * {@code GET /actuator/migrate/{name}}: the fleet's {@code "tenants"} and {@code "datasources"}.
 * A bean of this type is picked up by {@link MigrateWebExtension}.
 */
public interface MigrateEndpointSections {

	/** The body of {@code GET /actuator/migrate}: {@code main} with the added sections. */
	Object view(StatusView main);

	/** The entry named {@code name} in full, or {@code null} when there is none. */
	StatusView named(String name);

}
