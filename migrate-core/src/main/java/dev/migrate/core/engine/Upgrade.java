package dev.migrate.core.engine;

import dev.migrate.core.plan.MigrationPlan;

/** What an upgrade to a target runs: nothing when the database is ahead; refused in a state that stops it. */
final class Upgrade implements Planning {

	private final Engine engine;

	private final String target;

	private final Holding holding;

	Upgrade(Engine engine, String target, Holding holding) {
		this.engine = engine;
		this.target = target;
		this.holding = holding;
	}

	@Override
	public MigrationPlan plan(Session session, Session.Snapshot snapshot) {
		// the same judgement that status() reports: what upgrade refuses, current and health show
		StatusReader.Verdict verdict = this.engine.judge(snapshot, this.target, null);
		if (verdict.refusal() != null) {
			throw verdict.refusal();
		}
		if (verdict.status().state() == State.AHEAD) {
			return null;
		}
		return this.engine.planner().upgrade(snapshot.rows(), this.target, this.holding.held(snapshot.rows()));
	}

}
