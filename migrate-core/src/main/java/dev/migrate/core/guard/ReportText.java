package dev.migrate.core.guard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The human text of a {@link GuardReport}: findings grouped per revision, then a summary line. */
final class ReportText {

	private ReportText() {
	}

	static String describe(GuardReport report) {
		if (report.isEmpty()) {
			return "No findings.";
		}
		Map<String, List<Finding>> byRevision = new LinkedHashMap<>();
		for (Finding finding : report.findings()) {
			byRevision.computeIfAbsent(finding.revision(), revision -> new ArrayList<>()).add(finding);
		}
		StringBuilder text = new StringBuilder();
		for (Map.Entry<String, List<Finding>> group : byRevision.entrySet()) {
			List<Finding> findings = group.getValue();
			if (group.getKey().isEmpty()) {
				text.append("Revision graph\n");
			}
			else {
				text.append("Revision ").append(group.getKey()).append(" (").append(findings.get(0).file()).append(")\n");
			}
			for (Finding finding : findings) {
				append(text, finding);
			}
		}
		text.append(summary(report));
		return text.toString();
	}

	private static void append(StringBuilder text, Finding finding) {
		text.append("  ");
		if (!finding.location().isEmpty()) {
			text.append(finding.location()).append(": ");
		}
		text.append(finding.severity().key()).append(" [").append(finding.rule()).append("]");
		if (finding.suppressed()) {
			text.append(" (accepted: ").append(finding.reason()).append(")");
		}
		if (!finding.statement().isEmpty()) {
			text.append(" ").append(finding.statement());
		}
		text.append("\n      ").append(finding.message()).append("\n");
	}

	/** E.g. {@code 3 findings: 1 error, 1 warning, 1 info (1 accepted by migrate:allow); 1 blocking.} */
	static String summary(GuardReport report) {
		long errors = report.count(Severity.ERROR);
		long warnings = report.count(Severity.WARNING);
		long infos = report.count(Severity.INFO);
		long suppressed = report.findings().stream().filter(Finding::suppressed).count();
		int blocking = report.blockingFindings().size();
		return report.findings().size() + ((report.findings().size() == 1) ? " finding: " : " findings: ")
				+ plural(errors, "error") + ", " + plural(warnings, "warning") + ", " + infos + " info"
				+ ((suppressed > 0) ? " (" + suppressed + " accepted by migrate:allow)" : "") + "; " + blocking
				+ " blocking.";
	}

	private static String plural(long count, String word) {
		return count + " " + word + ((count == 1) ? "" : "s");
	}

}
