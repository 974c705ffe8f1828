package dev.migrate.spring.autoconfigure.endpoint;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

import dev.migrate.core.engine.Migrator;
import dev.migrate.core.engine.StatusView;
import dev.migrate.spring.autoconfigure.MigrationTracker;

/**
 * {@code GET /actuator/migrate}: the database's state against this code, the pending revisions and
 * this process's last run. Read-only; reading takes no lock.
 */
@Endpoint(id = "migrate")
public class MigrateEndpoint {

	private final Supplier<Migrator> migrator;

	private final MigrationTracker tracker;

	private final String target;

	/** What a rolling deploy holds, for the view's rows; {@code null}: nothing is held. */
	private final Function<List<String>, StatusView.Contract> contract;

	public MigrateEndpoint(Supplier<Migrator> migrator, MigrationTracker tracker, String target) {
		this(migrator, tracker, target, null);
	}

	public MigrateEndpoint(Supplier<Migrator> migrator, MigrationTracker tracker, String target,
			Function<List<String>, StatusView.Contract> contract) {
		this.migrator = Objects.requireNonNull(migrator, "migrator");
		this.tracker = Objects.requireNonNull(tracker, "tracker");
		this.target = Objects.requireNonNull(target, "target");
		this.contract = contract;
	}

	@ReadOperation
	public StatusView migrate() {
		MigrationTracker.Report report = this.tracker.report(() -> this.migrator.get().status(this.target));
		StatusView view = report.view(this.migrator.get().graph().heads(), this.target);
		return (this.contract != null && view.unknown().isEmpty()) ? view.withContract(this.contract.apply(view.current()))
				: view;
	}

}
