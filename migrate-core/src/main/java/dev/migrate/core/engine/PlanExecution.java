package dev.migrate.core.engine;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

import dev.migrate.core.plan.MigrationPlan;
import dev.migrate.core.plan.PlanStep;

/** Runs a plan's steps in order, one {@link StepRunner} call each, and tells the listener. */
final class PlanExecution {

	private final Engine engine;

	PlanExecution(Engine engine) {
		this.engine = engine;
	}

	/** @param applied receives each revision id as its step commits, so a failure reports what did */
	void execute(Session session, MigrationPlan plan, List<String> applied) throws SQLException {
		List<PreparedStep> steps = new StepPreparer(session.dialect).prepare(plan);
		this.engine.planCheck().check(plan, session.dialect);
		MigrateListener listener = this.engine.listener();
		listener.planned(plan);
		if (!steps.isEmpty()) {
			if (this.engine.tenant()) {
				session.useSchema();
			}
			session.dialect.prepareSession(session.connection);
		}
		StepRunner runner = new StepRunner(session.dialect, session.sql(), this.engine.clock(), session.appliedBy(),
				session::connectionId);
		int total = steps.size();
		for (int i = 0; i < total; i++) {
			PlanStep step = steps.get(i).step();
			listener.stepStarting(step, i + 1, total);
			Duration duration = runner.run(session.connection, steps.get(i));
			applied.add(step.revision().id());
			listener.stepFinished(step, i + 1, total, duration);
		}
	}

}
