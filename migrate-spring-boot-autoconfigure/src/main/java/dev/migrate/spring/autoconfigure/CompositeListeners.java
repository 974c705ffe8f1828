package dev.migrate.spring.autoconfigure;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.migrate.core.engine.MigrateListener;
import dev.migrate.core.engine.MigrationResult;
import dev.migrate.core.lock.LockListener;
import dev.migrate.core.plan.MigrationPlan;
import dev.migrate.core.plan.PlanStep;

/**
 * Hands the engine's events to every listener bean in order. A listener that throws is logged
 * and skipped: logging or metrics must never stop a migration half way.
 */
final class CompositeListeners {

	private static final Logger logger = LoggerFactory.getLogger(CompositeListeners.class);

	private CompositeListeners() {
	}

	static MigrateListener migrate(List<MigrateListener> listeners) {
		List<MigrateListener> all = List.copyOf(listeners);
		return new MigrateListener() {

			@Override
			public void planned(MigrationPlan plan) {
				each(all, (listener) -> listener.planned(plan));
			}

			@Override
			public void stepStarting(PlanStep step, int number, int total) {
				each(all, (listener) -> listener.stepStarting(step, number, total));
			}

			@Override
			public void stepFinished(PlanStep step, int number, int total, Duration duration) {
				each(all, (listener) -> listener.stepFinished(step, number, total, duration));
			}

			@Override
			public void lockAcquired(Duration waited) {
				each(all, (listener) -> listener.lockAcquired(waited));
			}

			@Override
			public void lockNoLongerNeeded(Duration waited) {
				each(all, (listener) -> listener.lockNoLongerNeeded(waited));
			}

			@Override
			public void baselineStamped(String revision, String schema, String versionTable, int existingTables) {
				each(all, (listener) -> listener.baselineStamped(revision, schema, versionTable, existingTables));
			}

			@Override
			public void finished(MigrationResult result) {
				each(all, (listener) -> listener.finished(result));
			}

		};
	}

	static LockListener lock(List<LockListener> listeners) {
		List<LockListener> all = List.copyOf(listeners);
		return new LockListener() {

			@Override
			public void waiting(String description, Duration waited) {
				each(all, (listener) -> listener.waiting(description, waited));
			}

			@Override
			public void acquired(String description, Duration waited) {
				each(all, (listener) -> listener.acquired(description, waited));
			}

			@Override
			public void released(String description, Duration held) {
				each(all, (listener) -> listener.released(description, held));
			}

		};
	}

	private static <L> void each(List<L> listeners, Consumer<L> event) {
		for (L listener : listeners) {
			try {
				event.accept(listener);
			}
			catch (RuntimeException ex) {
				logger.warn("Migrate listener {} failed; the migration goes on", listener.getClass().getName(), ex);
			}
		}
	}

}
