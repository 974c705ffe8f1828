package dev.migrate.spring.autoconfigure.health;

import java.util.Objects;
import java.util.function.Supplier;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import dev.migrate.core.engine.Migrator;
import dev.migrate.core.engine.State;
import dev.migrate.spring.autoconfigure.MigrationTracker;
import dev.migrate.spring.autoconfigure.fleet.MigrateDatabases;
import dev.migrate.spring.autoconfigure.fleet.MigrateFleet;

/**
 * The {@code migrate} health contributor, made for the readiness group: an instance whose schema
 * is not where its code expects it should not get traffic, but must not be restarted for it.
 * <ul>
 * <li>{@code UP}: up to date, or ahead (a newer version migrated during a rolling deploy; the
 * expand/contract discipline keeps this version working).
 * <li>{@code OUT_OF_SERVICE}: revisions pending or an upgrade running; this clears on its own.
 * <li>{@code DOWN}: the last run failed (a lock timeout too), the database is in a state an upgrade
 * refuses (a recorded failure, an applied revision's file changed, diverged), the locations hold no
 * revision, a legacy schema awaits adoption, or the state cannot be read; an operator must act.
 * </ul>
 */
public class MigrateHealthIndicator extends AbstractHealthIndicator {

	private final Supplier<Migrator> migrator;

	private final MigrationTracker tracker;

	private final String target;

	private final Supplier<MigrateFleet> fleet;

	private final Supplier<MigrateDatabases> databases;

	/**
	 * @param migrator supplies the migrator; looked up on each check, so that creating this
	 * indicator never builds it
	 * @param tracker this process's runs
	 * @param target the target the state is measured against
	 */
	public MigrateHealthIndicator(Supplier<Migrator> migrator, MigrationTracker tracker, String target) {
		this(migrator, tracker, target, () -> null);
	}

	/**
	 * @param fleet supplies the application's tenants, or {@code null} when it has none: {@code DOWN}
	 * when a tenant's last run in this process failed, with the failed names in the details
	 */
	public MigrateHealthIndicator(Supplier<Migrator> migrator, MigrationTracker tracker, String target,
			Supplier<MigrateFleet> fleet) {
		this(migrator, tracker, target, fleet, () -> null);
	}

	/**
	 * @param databases supplies the further databases, or {@code null} when there are none: {@code DOWN}
	 * when one's last run in this process failed, with the failed names in the details
	 */
	public MigrateHealthIndicator(Supplier<Migrator> migrator, MigrationTracker tracker, String target,
			Supplier<MigrateFleet> fleet, Supplier<MigrateDatabases> databases) {
		super("Could not read the migration state");
		this.migrator = Objects.requireNonNull(migrator, "migrator");
		this.tracker = Objects.requireNonNull(tracker, "tracker");
		this.target = Objects.requireNonNull(target, "target");
		this.fleet = Objects.requireNonNull(fleet, "fleet");
		this.databases = Objects.requireNonNull(databases, "databases");
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		MigrationTracker.Report report = this.tracker.report(() -> this.migrator.get().status(this.target));
		builder.status(status(report.state()))
			.withDetail("state", report.state().name())
			.withDetail("current", report.current())
			.withDetail("pendingCount", report.pendingCount());
		if (report.status() != null && report.status().reason() != null && report.status().state() == report.state()) {
			builder.withDetail("reason", report.status().reason().key());
		}
		if (report.detail() != null) {
			builder.withDetail("detail", report.detail());
		}
		MigrationTracker.Run last = report.lastRun();
		if (report.state() == State.FAILED && last != null && last.lockTimedOut()) {
			builder.withDetail("lockTimeout", true);
		}
		MigrateFleet tenants = this.fleet.get();
		if (tenants != null) {
			java.util.List<String> failed = tenants.failed();
			builder.withDetail("tenants", tenants.outcomes().size()).withDetail("failedTenants", failed);
			if (!failed.isEmpty()) {
				builder.down();
			}
		}
		MigrateDatabases databases = this.databases.get();
		if (databases != null) {
			java.util.List<String> failed = databases.failed();
			builder.withDetail("datasources", databases.names()).withDetail("failedDatasources", failed);
			if (!failed.isEmpty()) {
				builder.down();
			}
		}
	}

	/** The health status of a state. */
	public static Status status(State state) {
		switch (state) {
			case UP_TO_DATE:
			case AHEAD:
				return Status.UP;
			case PENDING:
			case RUNNING:
				return Status.OUT_OF_SERVICE;
			default:
				return Status.DOWN;
		}
	}

}
