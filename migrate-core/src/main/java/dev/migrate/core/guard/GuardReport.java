package dev.migrate.core.guard;

import java.util.List;

/**
 * What the guard found in a set of revisions, in revision order and, within a revision, in
 * statement order.
 *
 * @param findings every finding, suppressed ones included
 */
public record GuardReport(List<Finding> findings) {

	public GuardReport {
		findings = List.copyOf(findings);
	}

	/** Whether any finding blocks: an unsuppressed {@link Severity#ERROR}. */
	public boolean blocking() {
		return this.findings.stream().anyMatch(Finding::isBlocking);
	}

	/** The findings that block. */
	public List<Finding> blockingFindings() {
		return this.findings.stream().filter(Finding::isBlocking).toList();
	}

	/** Whether there is nothing to report at all. */
	public boolean isEmpty() {
		return this.findings.isEmpty();
	}

	/** The number of findings of {@code severity}, suppressed ones included. */
	public long count(Severity severity) {
		return this.findings.stream().filter(finding -> finding.severity() == severity).count();
	}

	/**
	 * The report as human text, grouped per revision: each finding's {@code file:line}, severity,
	 * rule, statement and message, then a summary line. Used by {@code check} and by an upgrade that
	 * the guard stops.
	 */
	public String describe() {
		return ReportText.describe(this);
	}

}
