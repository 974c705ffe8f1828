package dev.migrate.spring.autoconfigure;

import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.migrate.core.engine.MigrateListener;
import dev.migrate.core.engine.MigrationResult;
import dev.migrate.core.engine.State;
import dev.migrate.core.plan.MigrationPlan;
import dev.migrate.core.plan.PlanStep;
import dev.migrate.core.revision.Revision;

/**
 * Logs a run as it goes: the plan, each revision before and after it runs (id, message, n of m,
 * duration), a long wait for the lock and the end. Failures are logged by whoever started the
 * run, with the action to take.
 */
final class MigrateProgressLogger implements MigrateListener {

	private static final Logger logger = LoggerFactory.getLogger("dev.migrate");

	private static final Duration NOTABLE_WAIT = Duration.ofSeconds(1);

	@Override
	public void lockAcquired(Duration waited) {
		if (waited.compareTo(NOTABLE_WAIT) >= 0) {
			logger.info("Acquired the migration lock after waiting {} ms", waited.toMillis());
		}
	}

	@Override
	public void planned(MigrationPlan plan) {
		if (!plan.steps().isEmpty()) {
			logger.info("{} from {} to {}: {} revision(s) to run", capitalized(plan.operation().key()),
					rows(plan.currentBefore()), rows(plan.currentAfter()), plan.steps().size());
		}
	}

	@Override
	public void baselineStamped(String revision, String schema, String versionTable, int existingTables) {
		logger.info("Adopted the legacy schema '{}' ({} existing table(s), data kept): stamped it at {} in {}.{} "
				+ "(migrate.baseline.revision) without running revisions", schema, existingTables, revision, schema,
				versionTable);
	}

	@Override
	public void stepStarting(PlanStep step, int number, int total) {
		logger.info("[{}/{}] {} {}{}...", number, total, verb(step, false), step.revision().id(), message(step));
	}

	@Override
	public void stepFinished(PlanStep step, int number, int total, Duration duration) {
		logger.info("[{}/{}] {} {}{} in {} ms", number, total, verb(step, true), step.revision().id(), message(step),
				duration.toMillis());
	}

	@Override
	public void finished(MigrationResult result) {
		if (result == null || !result.succeeded()) {
			return;
		}
		long millis = Duration.between(result.startedAt(), result.finishedAt()).toMillis();
		if (result.state() == State.AHEAD) {
			logger.warn("The database is ahead of this code ({}): a newer version applied revisions this one does "
					+ "not know, so nothing was run", rows(result.before()));
		}
		else if (result.applied().isEmpty() && result.before().equals(result.after())) {
			logger.info("Database is up to date at {}", rows(result.after()));
		}
		else {
			logger.info("{} done: {} -> {}, {} revision(s) in {} ms", capitalized(result.operation().key()),
					rows(result.before()), rows(result.after()), result.applied().size(), millis);
		}
	}

	private static String verb(PlanStep step, boolean done) {
		boolean upgrade = step.operation().key().equals("upgrade");
		if (done) {
			return upgrade ? "Applied" : "Reverted";
		}
		return upgrade ? "Applying" : "Reverting";
	}

	private static String message(PlanStep step) {
		Revision revision = step.revision();
		return revision.message().isEmpty() ? "" : " (" + revision.message() + ")";
	}

	private static String rows(List<String> rows) {
		return rows.isEmpty() ? "<base>" : String.join(", ", rows);
	}

	private static String capitalized(String word) {
		return Character.toUpperCase(word.charAt(0)) + word.substring(1);
	}

}
