package dev.migrate.spring.autoconfigure.fleet;

import java.util.Objects;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * Micrometer meters of a fleet. {@value #TENANTS}: gauges of the tenants whose last run succeeded
 * or failed ({@code outcome} tag). {@value #TENANT_UPGRADE}: a timer per tenant run, tagged
 * {@code outcome} and, while the fleet has at most {@value #TENANT_TAG_LIMIT} tenants, {@code tenant}.
 * Above that the tenant tag is left off: every tag value is a time series of its own in the
 * monitoring system (several with histograms), and a thousand tenants would be thousands of series
 * for one meter. Which tenant failed is in the health details, the endpoint and the log.
 */
public final class MigrateFleetMetrics implements MeterBinder {

	public static final String TENANTS = "migrate.tenants";

	public static final String TENANT_UPGRADE = "migrate.tenant.upgrade";

	/** The most tenants whose names become tag values. */
	public static final int TENANT_TAG_LIMIT = 20;

	private final MigrateFleet fleet;

	public MigrateFleetMetrics(MigrateFleet fleet) {
		this.fleet = Objects.requireNonNull(fleet, "fleet");
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder(TENANTS, this.fleet, fleet -> fleet.failed().size())
			.description("Tenants whose last run failed or succeeded")
			.tag("outcome", "failure")
			.register(registry);
		Gauge.builder(TENANTS, this.fleet, fleet -> fleet.outcomes().size() - fleet.failed().size())
			.description("Tenants whose last run failed or succeeded")
			.tag("outcome", "success")
			.register(registry);
		this.fleet.observe((outcome, took) -> {
			Timer.Builder timer = Timer.builder(TENANT_UPGRADE)
				.description("Upgrade of one tenant")
				.tag("outcome", outcome.failed() ? "failure" : "success");
			if (this.fleet.size() <= TENANT_TAG_LIMIT) {
				timer.tag("tenant", outcome.schema());
			}
			timer.register(registry).record(took);
		});
	}

}
