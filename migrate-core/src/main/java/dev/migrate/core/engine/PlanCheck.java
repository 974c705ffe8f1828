package dev.migrate.core.engine;

import dev.migrate.core.dialect.Dialect;
import dev.migrate.core.plan.MigrationPlan;

/**
 * A check of the revisions a plan is about to run, once the lock is held and before anything
 * runs; it stops the run by throwing. The expand/contract guard plugs in here.
 */
@FunctionalInterface
public interface PlanCheck {

	/** Checks nothing. */
	PlanCheck NONE = (plan, dialect) -> {
	};

	void check(MigrationPlan plan, Dialect dialect);

}
