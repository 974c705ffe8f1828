package dev.migrate.core.engine;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import dev.migrate.core.ErrorCode;
import dev.migrate.core.MigrateException;
import dev.migrate.core.graph.RevisionGraph;
import dev.migrate.core.history.HistoryEntry;
import dev.migrate.core.history.HistoryRow;
import dev.migrate.core.history.Outcome;
import dev.migrate.core.plan.Operation;
import dev.migrate.core.plan.Planner;
import dev.migrate.core.revision.Revision;
import dev.migrate.core.target.Target;
import dev.migrate.core.target.TargetException;

/**
 * What an operator does by hand to a state that stops upgrades: clears a recorded failure
 * ({@code resolve --applied|--rolled-back}) or accepts an applied revision's edited file
 * ({@code resolve --accept-checksum}). Runs under the lock, in one bookkeeping transaction.
 */
final class Resolution {

	private final RevisionGraph graph;

	private final Planner planner;

	private final Clock clock;

	Resolution(RevisionGraph graph, Planner planner, Clock clock) {
		this.graph = graph;
		this.planner = planner;
		this.clock = clock;
	}

	/**
	 * Clears the failure recorded for the revision {@code text} names.
	 * @return the revision's id
	 */
	String resolve(Session session, Session.Snapshot snapshot, String text, boolean applied) throws SQLException {
		String revisionId = revisionId(text, snapshot);
		HistoryRow failure = null;
		for (HistoryRow row : snapshot.history()) {
			if (row.entry().revision().equals(revisionId) && row.entry().outcome().blocks()) {
				failure = row;
			}
		}
		if (failure == null) {
			throw new MigrateException(ErrorCode.INVALID_OPERATION, "Revision " + revisionId
					+ " has no recorded failure to resolve. 'migrate log' lists the recorded operations, newest first.");
		}
		if (snapshot.stillRunning() != null && failure.entry().outcome() == Outcome.STARTED) {
			throw StatusReader.failureRefusal(snapshot);
		}
		List<String> rows = snapshot.rows();
		List<String> after = rows;
		if (applied) {
			int index = this.graph.indexOf(revisionId);
			if (index < 0) {
				throw new MigrateException(ErrorCode.INVALID_OPERATION, "Revision " + revisionId
						+ " is not in the configured locations, so its version rows cannot be computed.");
			}
			BitSet set = this.planner.applied(rows);
			if (failure.entry().operation() == Operation.UPGRADE) {
				set.set(index);
			}
			else {
				set.clear(index);
			}
			after = this.graph.headsOf(set);
		}
		List<String> batch = new ArrayList<>();
		batch.add(session.sql().resolve(revisionId));
		batch.addAll(session.sql().moveVersions(minus(rows, after), minus(after, rows)));
		if (applied) {
			Instant now = this.clock.instant();
			HistoryEntry entry = failure.entry();
			batch.add(session.sql().insertHistory(new HistoryEntry(revisionId, entry.operation(), entry.downRevisions(),
					entry.checksum(), "resolved by hand: " + entry.message(), now, now, 0L, session.appliedBy(),
					Outcome.SUCCESS, entry.statementsRun(), null, null)));
		}
		session.writeBatch(batch, "record the resolution of revision " + revisionId);
		return revisionId;
	}

	/**
	 * Records the current checksum of an applied revision's file, as a stamp row of the history.
	 * @return the revision's id
	 */
	String acceptChecksum(Session session, Session.Snapshot snapshot, String text) throws SQLException {
		String revisionId = revisionId(text, snapshot);
		Revision revision = this.graph.find(revisionId).orElseThrow(() -> new MigrateException(ErrorCode.INVALID_OPERATION,
				"Revision " + revisionId + " is not in the configured locations: there is no file to accept."));
		String recorded = snapshot.recorded().checksums().get(revisionId);
		if (!this.planner.applied(snapshot.rows()).get(this.graph.indexOf(revisionId)) || recorded == null) {
			throw new MigrateException(ErrorCode.INVALID_OPERATION, "Revision " + revisionId
					+ " is not applied with a recorded checksum, so there is no edit to accept. 'migrate log' lists "
					+ "the recorded operations.");
		}
		if (recorded.equals(revision.checksum()) || revision.checksum() == null) {
			throw new MigrateException(ErrorCode.INVALID_OPERATION, "The file of revision " + revisionId + " ("
					+ revision.source() + ") is unchanged since it was applied: nothing to accept.");
		}
		Instant now = this.clock.instant();
		session.writeBatch(List.of(session.sql().insertHistory(new HistoryEntry(revisionId, Operation.STAMP,
				revision.downRevisions(), revision.checksum(), "accepted the edited file by hand (checksum was "
						+ recorded + ")", now, now, 0L, session.appliedBy(), Outcome.SUCCESS, 0, null, null))),
				"record the accepted checksum of revision " + revisionId);
		return revisionId;
	}

	/**
	 * The revision {@code text} names: an id, a unique prefix, a label, as any target that names one
	 * revision; else the id of a recorded failure (its revision may be gone from the code) it is or
	 * uniquely begins.
	 */
	private String revisionId(String text, Session.Snapshot snapshot) {
		try {
			BitSet destination = this.planner.resolver().destination(Target.parse(text), new BitSet());
			if (destination.cardinality() == 1) {
				return this.graph.revision(destination.nextSetBit(0)).id();
			}
			throw new TargetException("'" + text + "' names " + destination.cardinality()
					+ " revisions; name exactly one (an id, a unique prefix of at least 4 characters, or a label).");
		}
		catch (TargetException ex) {
			List<String> recorded = snapshot.history().stream().map(row -> row.entry().revision())
				.filter(id -> id.startsWith(text) && (id.equals(text) || text.length() >= 4)).distinct().toList();
			if (recorded.size() == 1) {
				return recorded.get(0);
			}
			throw ex;
		}
	}

	private static List<String> minus(List<String> a, List<String> b) {
		List<String> result = new ArrayList<>(a);
		result.removeAll(b);
		return result;
	}

}
