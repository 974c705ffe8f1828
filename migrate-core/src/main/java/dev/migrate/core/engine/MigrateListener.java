package dev.migrate.core.engine;

import java.time.Duration;

import dev.migrate.core.plan.MigrationPlan;
import dev.migrate.core.plan.PlanStep;

/** Hooks for progress logging and metrics. Every method defaults to doing nothing. */
public interface MigrateListener {

	/** The lock is held and the plan is known; nothing has run yet. */
	default void planned(MigrationPlan plan) {
	}

	/** Step {@code number} of {@code total} is about to run. */
	default void stepStarting(PlanStep step, int number, int total) {
	}

	/** Step {@code number} of {@code total} ran and is recorded. */
	default void stepFinished(PlanStep step, int number, int total, Duration duration) {
	}

	/** The lock was acquired after waiting {@code waited}. */
	default void lockAcquired(Duration waited) {
	}

	/**
	 * The run stopped waiting for the lock after {@code waited}, without taking it, because another
	 * run's commit left it nothing to do.
	 */
	default void lockNoLongerNeeded(Duration waited) {
	}

	/**
	 * A legacy schema (tables but no version table) was adopted: the version and history tables were
	 * created in {@code schema} and stamped at {@code revision}, before any revision runs.
	 * @param existingTables how many tables the schema had
	 */
	default void baselineStamped(String revision, String schema, String versionTable, int existingTables) {
	}

	/** The run ended, successfully or not. */
	default void finished(MigrationResult result) {
	}

}
