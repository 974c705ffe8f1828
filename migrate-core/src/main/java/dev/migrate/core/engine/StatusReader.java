package dev.migrate.core.engine;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import dev.migrate.core.MigrateException;
import dev.migrate.core.graph.RevisionGraph;
import dev.migrate.core.history.HistoryRow;
import dev.migrate.core.plan.PlanStep;
import dev.migrate.core.plan.Planner;
import dev.migrate.core.revision.Revision;
import dev.migrate.core.target.Target;

/** Turns what the tables say into a {@link MigrationStatus}. */
final class StatusReader {

	private final RevisionGraph graph;

	private final Planner planner;

	private final MigrateSettings settings;

	StatusReader(RevisionGraph graph, Planner planner, MigrateSettings settings) {
		this.graph = graph;
		this.planner = planner;
		this.settings = settings;
	}

	/**
	 * @param runner who holds the lock while a revision is recorded as started, or {@code null}:
	 * such a revision is running, not failed
	 */
	MigrationStatus status(Session.Snapshot snapshot, String target, String runner) {
		List<String> heads = this.graph.heads();
		List<String> rows = snapshot.rows();
		if (snapshot.isLegacy() && this.settings.baselineRevision() == null) {
			return new MigrationStatus(State.LEGACY, rows, heads, List.of(), List.of(), null,
					"The schema has tables (" + snapshot.otherTables().size()
							+ ") but no version table; set migrate.baseline.revision to adopt it.");
		}
		HistoryRow failure = snapshot.blockingFailure();
		if (failure != null && runner != null) {
			return new MigrationStatus(State.RUNNING, rows, heads, List.of(), List.of(), null, "Revision "
					+ failure.entry().revision() + " is being applied outside a transaction since "
					+ failure.entry().startedAt() + " by the run holding the lock (" + runner + ").");
		}
		if (failure != null) {
			return new MigrationStatus(State.FAILED, rows, heads, List.of(), List.of(), failure,
					RecordedFailureException.describe(failure.entry()));
		}
		List<String> unknown = rows.stream().filter(id -> !this.graph.contains(id)).toList();
		if (!unknown.isEmpty()) {
			String divergence;
			try {
				BitSet needed = this.graph.ancestorsOf(this.planner.resolver().destination(Target.parse(target), new BitSet()));
				divergence = new Ancestry(this.graph).divergence(rows, snapshot.history(), needed);
			}
			catch (MigrateException ex) {
				divergence = ex.getMessage();
			}
			if (divergence != null) {
				// The next run refuses: an instance of this version cannot work with this database.
				return new MigrationStatus(State.FAILED, rows, heads, List.of(), unknown, null, "Diverged: the version "
						+ "table names " + String.join(", ", unknown) + ", and " + divergence + ".");
			}
			return new MigrationStatus(State.AHEAD, rows, heads, List.of(), unknown, null,
					"The database is ahead of this code: a newer version applied " + String.join(", ", unknown)
							+ ". Nothing will run.");
		}
		List<String> start = snapshot.isLegacy() ? List.of(this.settings.baselineRevision()) : rows;
		List<Revision> pending = new ArrayList<>();
		for (PlanStep step : this.planner.upgrade(start, target).steps()) {
			pending.add(step.revision());
		}
		return new MigrationStatus(pending.isEmpty() ? State.UP_TO_DATE : State.PENDING, rows, heads, pending, List.of(),
				null, null);
	}

}
