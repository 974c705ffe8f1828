package dev.migrate.core.engine;

import java.util.List;

import dev.migrate.core.plan.PlanStep;
import dev.migrate.core.sql.SqlStatement;

/**
 * A step with its SQL already split, so that a revision that cannot be parsed stops the run
 * before anything runs rather than in the middle.
 *
 * @param step the step
 * @param statements its statements; empty for a Java revision or an empty merge
 */
record PreparedStep(PlanStep step, List<SqlStatement> statements) {

	PreparedStep {
		statements = List.copyOf(statements);
	}

}
