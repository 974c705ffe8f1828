package dev.migrate.spring.autoconfigure;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.migrate.core.engine.PlanCheck;
import dev.migrate.spring.autoconfigure.MigrateProperties.Guard.Mode;

/**
 * The one place where {@code migrate.guard.mode} becomes the migrator's {@link PlanCheck}; the
 * {@code migratePlanCheck} bean is built here and a {@link PlanCheck} bean of the application's
 * replaces it.
 * <p>
 * The expand/contract guard ({@code dev.migrate.core.guard}) is not part of this build yet, so
 * every mode checks nothing for now; no finding is ever invented. Once it is merged, core's
 * {@code GuardCheck} is the plan check for {@code WARN} and {@code FAIL}: keep the {@code OFF}
 * branch and replace the warning and the last return with
 * {@code return new GuardCheck(GuardMode.parse(mode.name()));} (tried on a merge of main: the
 * auto-configuration, runner and web tests pass).
 */
final class GuardPlanCheck {

	private static final Logger logger = LoggerFactory.getLogger(GuardPlanCheck.class);

	private GuardPlanCheck() {
	}

	static PlanCheck forMode(Mode mode) {
		if (mode == Mode.OFF) {
			return PlanCheck.NONE;
		}
		if (mode == Mode.FAIL) {
			logger.warn("migrate.guard.mode is 'fail', but the expand/contract guard is not part of this build: "
					+ "revisions are not checked before they run");
		}
		return PlanCheck.NONE;
	}

}
