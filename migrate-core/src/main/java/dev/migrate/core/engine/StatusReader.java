package dev.migrate.core.engine;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import dev.migrate.core.MigrateException;
import dev.migrate.core.graph.RevisionGraph;
import dev.migrate.core.history.HistoryRow;
import dev.migrate.core.history.HistoryStore;
import dev.migrate.core.history.Outcome;
import dev.migrate.core.plan.PlanStep;
import dev.migrate.core.plan.Planner;
import dev.migrate.core.revision.Revision;
import dev.migrate.core.target.Target;

/**
 * The one place that decides what state a database is in and whether an upgrade refuses it. The
 * status ({@code current}, the endpoint, health) and the upgrade's refusal come from the same
 * {@link #judge} call, so that a state that upgrade refuses is never reported as fine, and the
 * pending revisions are listed whatever the state.
 */
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
	 * What the tables say, judged.
	 * @param status the state with its reason, the pending revisions and a sentence when needed
	 * @param refusal what an upgrade throws in this state instead of running, {@code null} when it
	 * runs (or, {@link State#AHEAD}, returns having nothing to do)
	 */
	record Verdict(MigrationStatus status, MigrateException refusal) {
	}

	/**
	 * @param snapshot the tables; its history may be empty only when no version row is unknown and
	 * no failure blocks (what {@link Session#readForStatus} reads)
	 * @param runner who holds the lock while a revision is recorded as started, or {@code null}:
	 * such a revision is running, not failed
	 */
	Verdict judge(Session.Snapshot snapshot, String target, String runner) {
		List<String> heads = this.graph.heads();
		List<String> rows = snapshot.rows();
		if (this.graph.size() == 0) {
			NoRevisionsException none = new NoRevisionsException(this.settings.locations());
			return new Verdict(new MigrationStatus(State.FAILED, Reason.NO_REVISIONS, rows, heads, List.of(), rows, null,
					none.getMessage()), none);
		}
		if (snapshot.isLegacy() && this.settings.baselineRevision() == null) {
			// no refusal here: an upgrade refuses a legacy schema before it creates the tables, naming them
			return new Verdict(new MigrationStatus(State.LEGACY, null, rows, heads, pending(List.of(), target), List.of(),
					null, "The schema has tables (" + snapshot.otherTables().size()
							+ ") but no version table; set migrate.baseline.revision to adopt it."), null);
		}
		List<String> unknown = rows.stream().filter(id -> !this.graph.contains(id)).toList();
		HistoryRow failure = snapshot.blockingFailure();
		if (failure != null) {
			List<Revision> pending = unknown.isEmpty() ? pending(rows, target) : missing(snapshot, target);
			if (runner != null) {
				return new Verdict(new MigrationStatus(State.RUNNING, null, rows, heads, pending, unknown, null,
						"Revision " + failure.entry().revision() + " is being applied outside a transaction since "
								+ failure.entry().startedAt() + " by the run holding the lock (" + runner + ")."),
						new RecordedFailureException(failure));
			}
			MigrateException refusal = failureRefusal(snapshot);
			Reason reason = (refusal instanceof StillExecutingException) ? Reason.STILL_EXECUTING : Reason.RECORDED_FAILURE;
			State state = (reason == Reason.STILL_EXECUTING) ? State.RUNNING : State.FAILED;
			return new Verdict(new MigrationStatus(state, reason, rows, heads, pending, unknown, failure,
					refusal.getMessage()), refusal);
		}
		if (!unknown.isEmpty()) {
			String divergence;
			try {
				divergence = new Ancestry(this.graph).divergence(rows, snapshot.history(), needed(target));
			}
			catch (MigrateException ex) {
				divergence = ex.getMessage();
			}
			if (divergence != null) {
				DivergedException diverged = new DivergedException(unknown, divergence);
				return new Verdict(new MigrationStatus(State.FAILED, Reason.DIVERGED, rows, heads,
						missing(snapshot, target), unknown, null, diverged.getMessage()), diverged);
			}
			return new Verdict(new MigrationStatus(State.AHEAD, null, rows, heads, List.of(), unknown, null,
					"The database is ahead of this code: a newer version applied " + String.join(", ", unknown)
							+ ". Nothing will run."), null);
		}
		List<String> start = snapshot.isLegacy() ? List.of(this.settings.baselineRevision()) : rows;
		List<Revision> pending = pending(start, target);
		Revision edited = editedSinceApplied(rows, snapshot.recorded());
		if (edited != null) {
			ChecksumMismatchException mismatch = new ChecksumMismatchException(edited.id(), edited.source(),
					snapshot.recorded().checksums().get(edited.id()), edited.checksum());
			return new Verdict(new MigrationStatus(State.FAILED, Reason.CHECKSUM_MISMATCH, rows, heads, pending,
					List.of(), null, mismatch.getMessage()), mismatch);
		}
		return new Verdict(new MigrationStatus(pending.isEmpty() ? State.UP_TO_DATE : State.PENDING, null, rows, heads,
				pending, List.of(), null, null), null);
	}

	/**
	 * What an upgrade or downgrade throws for the recorded failure that blocks it: the statement of a
	 * dead run still executing on the server, or the failure as recorded.
	 */
	static MigrateException failureRefusal(Session.Snapshot snapshot) {
		HistoryRow failure = snapshot.blockingFailure();
		Session.StillRunning running = snapshot.stillRunning();
		if (running != null && failure.entry().outcome() == Outcome.STARTED) {
			return new StillExecutingException(failure.entry(), running.connectionId(), running.statement());
		}
		return new RecordedFailureException(failure);
	}

	private BitSet needed(String target) {
		return this.graph.ancestorsOf(this.planner.resolver().destination(Target.parse(target), new BitSet()));
	}

	private List<Revision> pending(List<String> rows, String target) {
		List<Revision> pending = new ArrayList<>();
		for (PlanStep step : this.planner.upgrade(rows, target).steps()) {
			pending.add(step.revision());
		}
		return pending;
	}

	/** With unknown version rows: this code's revisions the target needs that the database has not applied. */
	private List<Revision> missing(Session.Snapshot snapshot, String target) {
		try {
			BitSet missing = new Ancestry(this.graph).trace(snapshot.rows(), snapshot.history(), needed(target)).missing();
			List<Revision> revisions = new ArrayList<>();
			for (int i = missing.nextSetBit(0); i >= 0; i = missing.nextSetBit(i + 1)) {
				revisions.add(this.graph.revision(i));
			}
			return revisions;
		}
		catch (MigrateException ex) {
			return List.of();
		}
	}

	/** The first applied revision whose file no longer has the checksum it was applied with, or {@code null}. */
	private Revision editedSinceApplied(List<String> rows, HistoryStore.Recorded recorded) {
		if (!this.settings.validateChecksums() || rows.isEmpty()) {
			return null;
		}
		BitSet applied = this.planner.applied(rows);
		for (int i = applied.nextSetBit(0); i >= 0; i = applied.nextSetBit(i + 1)) {
			Revision revision = this.graph.revision(i);
			String before = recorded.checksums().get(revision.id());
			if (before != null && revision.checksum() != null && !before.equals(revision.checksum())) {
				return revision;
			}
		}
		return null;
	}

}
