package dev.migrate.core.guard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

	private final Consumer<String> notes;

	/**
	 * At most this many findings of one rule are reported one by one in a run; the rest are
	 * counted in one line, so a first upgrade of a thousand revisions does not print a thousand
	 * copies of the same advice. {@code migrate check} lists them all.
	 */
	static final int SHOWN_PER_RULE = 10;

	/** Reports warnings and errors through the log. */
	public GuardCheck(GuardMode mode) {
		this(mode, finding -> logger.warn("Guard: {} [{}] {}: {}", finding.location(), finding.rule(),
				finding.statement(), finding.message()), note -> logger.warn("Guard: {}", note));
	}

	/**
	 * Hands each unsuppressed warning or error to {@code reporter}, up to {@value #SHOWN_PER_RULE}
	 * per rule, and a count of the others to {@code notes}.
	 */
	public GuardCheck(GuardMode mode, Consumer<Finding> reporter, Consumer<String> notes) {
		this.mode = Objects.requireNonNull(mode, "mode");
		this.reporter = Objects.requireNonNull(reporter, "reporter");
		this.notes = Objects.requireNonNull(notes, "notes");
	}

	private boolean contractWaits = true;

	/**
	 * This check for {@code migrate.contract=startup}, where contract revisions run at startup while
	 * older instances may be live: their destructive statements are reported as warnings.
	 */
	public GuardCheck contractAtStartup() {
		this.contractWaits = false;
		return this;
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
		GuardReport report = new Guard(dialect, this.contractWaits).check(pending);
		Map<String, Integer> perRule = new LinkedHashMap<>();
		for (Finding finding : report.findings()) {
			if (!finding.suppressed() && finding.severity() != Severity.INFO) {
				int count = perRule.merge(finding.rule(), 1, Integer::sum);
				if (count <= SHOWN_PER_RULE) {
					this.reporter.accept(finding);
				}
			}
		}
		perRule.forEach((rule, count) -> {
			if (count > SHOWN_PER_RULE) {
				this.notes.accept((count - SHOWN_PER_RULE) + " more finding(s) of rule [" + rule + "] in the "
						+ pending.size() + " revision(s) to apply are not shown; 'migrate check' lists every finding");
			}
		});
		this.mode.enforce(report);
	}

}
