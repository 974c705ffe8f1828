package dev.migrate.core.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * What a command will do: the revisions to run in order and the version rows before and after.
 *
 * @param operation upgrade, downgrade or stamp
 * @param target the target as the user gave it
 * @param currentBefore the version rows now
 * @param currentAfter the version rows once the plan has run
 * @param steps the revisions to run, in order; empty for a stamp
 */
public record MigrationPlan(Operation operation, String target, List<String> currentBefore, List<String> currentAfter,
		List<PlanStep> steps) {

	public MigrationPlan {
		currentBefore = List.copyOf(currentBefore);
		currentAfter = List.copyOf(currentAfter);
		steps = List.copyOf(steps);
	}

	/** Whether the plan changes nothing. */
	public boolean isEmpty() {
		return this.steps.isEmpty() && this.currentBefore.equals(this.currentAfter);
	}

	/** The ids of the revisions to run, in order. */
	public List<String> revisionIds() {
		List<String> ids = new ArrayList<>(this.steps.size());
		for (PlanStep step : this.steps) {
			ids.add(step.revision().id());
		}
		return ids;
	}

	/** Version rows a stamp deletes. */
	public List<String> stampDeletes() {
		List<String> deletes = new ArrayList<>(this.currentBefore);
		deletes.removeAll(this.currentAfter);
		return deletes;
	}

	/** Version rows a stamp inserts. */
	public List<String> stampInserts() {
		List<String> inserts = new ArrayList<>(this.currentAfter);
		inserts.removeAll(this.currentBefore);
		return inserts;
	}

}
