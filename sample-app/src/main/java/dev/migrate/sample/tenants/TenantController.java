package dev.migrate.sample.tenants;

import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.migrate.core.fleet.TenantOutcome;
import dev.migrate.spring.autoconfigure.fleet.MigrateFleet;

/**
 * {@code POST /tenants/{name}}: a tenant signs up while the application runs. Its schema is
 * created, then migrated by one call before anything uses it; {@code GET /actuator/migrate}
 * lists it from then on.
 */
@RestController
class TenantController {

	private final Tenants tenants;

	private final MigrateFleet fleet;

	TenantController(Tenants tenants, MigrateFleet fleet) {
		this.tenants = tenants;
		this.fleet = fleet;
	}

	@PostMapping("/tenants/{name}")
	ResponseEntity<Map<String, Object>> create(@PathVariable String name) {
		this.tenants.create(name);
		TenantOutcome outcome = this.fleet.migrate(name);
		return ResponseEntity.status(201)
			.body(Map.of("tenant", name, "state", outcome.state(), "current", outcome.current(), "applied",
					outcome.applied()));
	}

}
