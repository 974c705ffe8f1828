package dev.migrate.core.plan;

import java.util.List;
import java.util.Objects;

import dev.migrate.core.revision.Revision;

/**
 * One revision to run, with the version-table change that records it. Running the revision
 * and applying the change together (in one transaction where the database allows) keeps the
 * version table true after every step.
 *
 * @param revision the revision
 * @param operation {@link Operation#UPGRADE} or {@link Operation#DOWNGRADE}
 * @param deleteVersions version rows to delete
 * @param insertVersions version rows to insert
 */
public record PlanStep(Revision revision, Operation operation, List<String> deleteVersions,
		List<String> insertVersions) {

	public PlanStep {
		Objects.requireNonNull(revision, "revision");
		if (operation == Operation.STAMP) {
			throw new IllegalArgumentException("A step runs a revision; stamps have no steps");
		}
		deleteVersions = List.copyOf(deleteVersions);
		insertVersions = List.copyOf(insertVersions);
	}

}
