package dev.migrate.spring.autoconfigure;

import dev.migrate.core.engine.PlanCheck;
import dev.migrate.core.guard.GuardCheck;
import dev.migrate.core.guard.GuardMode;
import dev.migrate.core.rolling.ContractMode;
import dev.migrate.spring.autoconfigure.MigrateProperties.Guard.Mode;

/**
 * Where {@code migrate.guard.mode} becomes the migrator's {@link PlanCheck}: core's expand/contract
 * guard on the revisions an upgrade is about to apply. {@code warn} logs each finding; {@code fail}
 * also stops the upgrade, with nothing applied, on a blocking finding. A {@link PlanCheck} bean of
 * the application's replaces it.
 */
final class GuardPlanCheck {

	private GuardPlanCheck() {
	}

	static PlanCheck forMode(Mode mode) {
		return forMode(mode, ContractMode.AUTO);
	}

	/** With {@code migrate.contract=startup} contract revisions do not wait: their destructive statements are warnings. */
	static PlanCheck forMode(Mode mode, ContractMode contract) {
		if (mode == Mode.OFF) {
			return PlanCheck.NONE;
		}
		GuardCheck check = new GuardCheck(GuardMode.parse(mode.name()));
		return (contract == ContractMode.STARTUP) ? check.contractAtStartup() : check;
	}

}
