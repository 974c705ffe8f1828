package dev.migrate.core.fleet;

import java.util.List;
import java.util.Objects;

import dev.migrate.core.engine.MigrationResult;
import dev.migrate.core.engine.MigrationStatus;

/**
 * What one schema of a fleet came to: the fields of {@code --json}'s {@code schemas} entries.
 *
 * @param schema the schema (on MariaDB, the database)
 * @param state the schema's state afterwards ({@code UP_TO_DATE}, {@code PENDING}, {@code FAILED}, ...)
 * @param current its version rows afterwards
 * @param applied the revisions this run applied (or reverted) there, in order
 * @param outcome {@code SUCCESS} or {@code FAILED}
 * @param error why it failed, or {@code null}
 */
public record TenantOutcome(String schema, String state, List<String> current, List<String> applied, String outcome,
		String error) {

	public static final String SUCCESS = "SUCCESS";

	public static final String FAILED = "FAILED";

	public TenantOutcome {
		Objects.requireNonNull(schema, "schema");
		current = List.copyOf(current);
		applied = List.copyOf(applied);
	}

	public static TenantOutcome of(String schema, MigrationResult result) {
		return new TenantOutcome(schema, result.state().name(), result.after(), result.applied(),
				result.succeeded() ? SUCCESS : FAILED, result.error());
	}

	public static TenantOutcome of(String schema, MigrationStatus status) {
		return new TenantOutcome(schema, status.state().name(), status.current(), List.of(), SUCCESS, null);
	}

	/** A schema read without changing it. */
	public static TenantOutcome of(String schema, List<String> current) {
		return new TenantOutcome(schema, "READ", current, List.of(), SUCCESS, null);
	}

	public static TenantOutcome failed(String schema, String message) {
		return new TenantOutcome(schema, "FAILED", List.of(), List.of(), FAILED, message);
	}

	public boolean failed() {
		return FAILED.equals(this.outcome);
	}

	/** Whether the run applied nothing and the schema needed nothing. */
	public boolean upToDate() {
		return !failed() && this.applied.isEmpty();
	}

}
