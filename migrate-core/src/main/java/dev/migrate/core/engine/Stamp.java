package dev.migrate.core.engine;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.migrate.core.history.HistoryEntry;
import dev.migrate.core.history.Outcome;
import dev.migrate.core.plan.MigrationPlan;
import dev.migrate.core.plan.Operation;
import dev.migrate.core.revision.Revision;

/**
 * Moves the version rows to a target without running revisions, and records a history row per
 * revision stamped. Also what adopting a legacy database at the baseline revision writes.
 */
final class Stamp implements Planning {

	private final Engine engine;

	private final String target;

	private final boolean purge;

	Stamp(Engine engine, String target, boolean purge) {
		this.engine = engine;
		this.target = target;
		this.purge = purge;
	}

	@Override
	public MigrationPlan plan(Session session, Session.Snapshot snapshot) throws SQLException {
		MigrationPlan plan = this.engine.planner().stamp(snapshot.rows(), this.target, this.purge);
		write(this.engine, session, plan);
		return plan;
	}

	/** The stamp's version moves and history rows, in one bookkeeping batch. */
	static void write(Engine engine, Session session, MigrationPlan plan) throws SQLException {
		Instant now = engine.clock().instant();
		String appliedBy = session.appliedBy();
		List<String> batch = new ArrayList<>(session.sql().moveVersions(plan.stampDeletes(), plan.stampInserts()));
		for (String id : plan.stampInserts()) {
			Revision revision = engine.graph().find(id).orElseThrow();
			batch.add(session.sql().insertHistory(new HistoryEntry(id, Operation.STAMP, revision.downRevisions(), null,
					revision.message(), now, now, 0L, appliedBy, Outcome.SUCCESS, 0, null, null)));
		}
		session.writeBatch(batch, "record the stamp at " + String.join(", ", plan.currentAfter()));
	}

}
