package dev.migrate.core.guard;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.migrate.core.dialect.Dialect;
import dev.migrate.core.engine.PlanCheck;
import dev.migrate.core.plan.MigrationPlan;
import dev.migrate.core.plan.Operation;
import dev.migrate.core.plan.PlanStep;
import dev.migrate.core.revision.Revision;

/**
 * Runs the guard on the revisions an upgrade is about to apply, once the lock is held and before
 * anything runs. {@code warn} logs the findings; {@code fail} also stops the run on a blocking one.
 */
public final class GuardCheck implements PlanCheck {

	private static final Logger logger = LoggerFactory.getLogger(GuardCheck.class);

	private final GuardMode mode;

	private final Consumer<Finding> reporter;

	/** Reports warnings and errors through the log. */
	public GuardCheck(GuardMode mode) {
		this(mode, finding -> logger.warn("Guard: {} [{}] {}: {}", finding.location(), finding.rule(),
				finding.statement(), finding.message()));
	}

	/** Hands each unsuppressed warning or error to {@code reporter}. */
	public GuardCheck(GuardMode mode, Consumer<Finding> reporter) {
		this.mode = Objects.requireNonNull(mode, "mode");
		this.reporter = Objects.requireNonNull(reporter, "reporter");
	}

	public GuardMode mode() {
		return this.mode;
	}

	@Override
	public void check(MigrationPlan plan, Dialect dialect) {
		if (!this.mode.checks() || plan.operation() != Operation.UPGRADE || plan.steps().isEmpty()) {
			return;
		}
		List<Revision> pending = new ArrayList<>(plan.steps().size());
		for (PlanStep step : plan.steps()) {
			pending.add(step.revision());
		}
		GuardReport report = new Guard(dialect).check(pending);
		for (Finding finding : report.findings()) {
			if (!finding.suppressed() && finding.severity() != Severity.INFO) {
				this.reporter.accept(finding);
			}
		}
		this.mode.enforce(report);
	}

}
