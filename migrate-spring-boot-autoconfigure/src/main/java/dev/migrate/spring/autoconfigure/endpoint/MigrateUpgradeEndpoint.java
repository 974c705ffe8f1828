package dev.migrate.spring.autoconfigure.endpoint;

import java.util.Objects;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.actuate.endpoint.Access;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationEventPublisher;

import dev.migrate.core.engine.Migrator;
import dev.migrate.core.engine.StatusView;
import dev.migrate.spring.autoconfigure.MigrationTracker;

/**
 * {@code POST /actuator/migrateupgrade}: upgrades the database to {@code migrate.target} now and
 * returns what {@code GET /actuator/migrate} would. It changes the database, so it takes three
 * explicit settings: {@code migrate.upgrade-endpoint.enabled=true} (without it the endpoint does not
 * exist, whatever Actuator's settings), unrestricted access (its default access is
 * {@link Access#NONE}: {@code management.endpoint.migrateupgrade.access=unrestricted}, or a
 * {@code management.endpoints.access.default=unrestricted} that grants every endpoint), and web
 * exposure ({@code management.endpoints.web.exposure.include} naming it, or {@code *}).
 * <p>
 * The run holds the request until it ends. When it repairs a failed startup upgrade, readiness
 * accepts traffic again.
 */
@Endpoint(id = "migrateupgrade", defaultAccess = Access.NONE)
public class MigrateUpgradeEndpoint {

	private static final Logger logger = LoggerFactory.getLogger("dev.migrate");

	private final Supplier<Migrator> migrator;

	private final MigrationTracker tracker;

	private final String target;

	private final ApplicationEventPublisher publisher;

	public MigrateUpgradeEndpoint(Supplier<Migrator> migrator, MigrationTracker tracker, String target,
			ApplicationEventPublisher publisher) {
		this.migrator = Objects.requireNonNull(migrator, "migrator");
		this.tracker = Objects.requireNonNull(tracker, "tracker");
		this.target = Objects.requireNonNull(target, "target");
		this.publisher = Objects.requireNonNull(publisher, "publisher");
	}

	@WriteOperation
	public StatusView upgrade() {
		MigrationTracker.Run before = this.tracker.last();
		boolean recovering = before != null && before.outcome() == MigrationTracker.Outcome.FAILED;
		logger.info("Upgrade to '{}' requested through the migrateupgrade endpoint", this.target);
		try {
			// an operator's explicit upgrade: contract revisions too, whatever migrate.contract holds
			this.tracker.run(this.target,
					() -> this.migrator.get().withHolding(dev.migrate.core.engine.Holding.NONE).upgrade(this.target));
			if (recovering) {
				AvailabilityChangeEvent.publish(this.publisher, this, ReadinessState.ACCEPTING_TRAFFIC);
			}
		}
		catch (RuntimeException ex) {
			logger.error("Upgrade to '{}' requested through the migrateupgrade endpoint failed: {}", this.target,
					ex.getMessage(), ex);
		}
		MigrationTracker.Report report = this.tracker.report(() -> this.migrator.get().status(this.target));
		return report.view(this.migrator.get().graph().heads(), this.target);
	}

}
