package dev.migrate.spring.autoconfigure.fleet;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

import dev.migrate.core.engine.MigrationStatus;
import dev.migrate.core.engine.State;
import dev.migrate.core.engine.StatusView;
import dev.migrate.core.fleet.Fleet;
import dev.migrate.core.fleet.TenantOutcome;

/**
 * What the endpoint shows of a fleet: the short entry of each tenant in the top-level
 * {@code "tenants"} map, and a tenant in full for {@code GET /actuator/migrate/{name}}. A tenant
 * whose last run in this process failed is {@code FAILED} whatever its tables say, as the main
 * schema is.
 */
public final class TenantViews {

	private TenantViews() {
	}

	/** {@code {"state", "current", "pendingCount"}} of one tenant. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Entry(String state, List<String> current, int pendingCount, String error) {
	}

	/** The main view with the tenants' and the further databases' maps beside its fields (each absent when none). */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record FleetView(@JsonUnwrapped StatusView main, Map<String, Entry> tenants,
			Map<String, StatusView> datasources) {
	}

	/** Every tenant's entry, read at most the fleet's parallelism at a time. */
	public static Map<String, Entry> entries(MigrateFleet fleet) {
		Map<String, TenantOutcome> outcomes = fleet.outcomes();
		Map<String, Entry> entries = new LinkedHashMap<>();
		Map<String, MigrationStatus> statuses = new java.util.concurrent.ConcurrentHashMap<>();
		Map<String, String> unreadable = new java.util.concurrent.ConcurrentHashMap<>();
		new Fleet(fleet.parallelism(), null, null).run(fleet.schemas(), schema -> {
			try {
				statuses.put(schema, fleet.status(schema));
			}
			catch (RuntimeException ex) {
				unreadable.put(schema, String.valueOf(ex.getMessage()));
			}
			return TenantOutcome.failed(schema, "read");
		});
		for (String schema : fleet.schemas()) {
			TenantOutcome last = outcomes.get(schema);
			MigrationStatus status = statuses.get(schema);
			if (last != null && last.failed()) {
				entries.put(schema, new Entry(State.FAILED.name(), (status != null) ? status.current() : last.current(),
						(status != null) ? status.pending().size() : 0, last.error()));
			}
			else if (status != null) {
				entries.put(schema, new Entry(status.state().name(), status.current(), status.pending().size(), null));
			}
			else {
				entries.put(schema, new Entry(State.FAILED.name(), List.of(), 0, unreadable.get(schema)));
			}
		}
		return entries;
	}

	/** One tenant in full, the same fields as the top level; {@code null} when the fleet has no such tenant. */
	public static StatusView full(MigrateFleet fleet, String schema) {
		if (!fleet.schemas().contains(schema)) {
			return null;
		}
		MigrationStatus status = fleet.status(schema);
		TenantOutcome last = fleet.outcomes().get(schema);
		if (last != null && last.failed()) {
			return StatusView.of(State.FAILED, status, fleet.graph().heads(), fleet.target(), last.error(),
					StatusView.LastRun.of(null, null, last.applied().size(), TenantOutcome.FAILED, last.error()));
		}
		return StatusView.of(status.state(), status, fleet.graph().heads(), fleet.target(), status.detail(), null);
	}

}
