package dev.migrate.core.guard;

import java.util.Objects;

import dev.migrate.core.ErrorCode;
import dev.migrate.core.MigrateException;

/**
 * The guard found blocking findings in revisions about to be applied, in {@link GuardMode#FAIL}
 * mode: nothing was applied. Carries the whole report.
 */
public class GuardException extends MigrateException {

	private final GuardReport report;

	public GuardException(GuardReport report) {
		super(ErrorCode.GUARD, message(report));
		this.report = report;
	}

	/** The report that stopped the upgrade. */
	public GuardReport report() {
		return this.report;
	}

	private static String message(GuardReport report) {
		Objects.requireNonNull(report, "report");
		int blocking = report.blockingFindings().size();
		return "The expand/contract guard stopped the upgrade before applying anything: " + blocking + " blocking "
				+ ((blocking == 1) ? "finding" : "findings") + ". Fix the revisions, accept a finding with "
				+ "'-- migrate:allow <rule> <reason>' on its statement, or set the guard mode to warn.\n"
				+ report.describe();
	}

}
