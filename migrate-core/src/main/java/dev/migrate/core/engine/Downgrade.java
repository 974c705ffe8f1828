package dev.migrate.core.engine;

import dev.migrate.core.plan.MigrationPlan;

/** What a downgrade to a target runs; refused while a recorded failure blocks. */
final class Downgrade implements Planning {

	private final Engine engine;

	private final String target;

	Downgrade(Engine engine, String target) {
		this.engine = engine;
		this.target = target;
	}

	@Override
	public MigrationPlan plan(Session session, Session.Snapshot snapshot) {
		if (snapshot.blockingFailure() != null) {
			throw StatusReader.failureRefusal(snapshot);
		}
		return this.engine.planner().downgrade(snapshot.rows(), this.target);
	}

}
