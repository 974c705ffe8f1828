package dev.migrate.core.verify;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of one check, for the whole graph or for one revision.
 *
 * @param check which check
 * @param revision the revision it is about, {@code null} for the whole graph
 * @param file that revision's source (file path or class name), {@code null} with it
 * @param outcome passed, failed or skipped
 * @param message one line: what passed, what failed and what to do, or why it was skipped
 * @param findings the details of a failure (catalog differences, guard findings), one per line
 */
public record CheckResult(Check check, String revision, String file, Outcome outcome, String message,
		List<String> findings) {

	public CheckResult {
		Objects.requireNonNull(check, "check");
		Objects.requireNonNull(outcome, "outcome");
		Objects.requireNonNull(message, "message");
		findings = List.copyOf(findings);
	}

	static CheckResult passed(Check check, String revision, String file, String message) {
		return new CheckResult(check, revision, file, Outcome.PASSED, message, List.of());
	}

	static CheckResult failed(Check check, String revision, String file, String message, List<String> findings) {
		return new CheckResult(check, revision, file, Outcome.FAILED, message, findings);
	}

	static CheckResult skipped(Check check, String revision, String file, String reason) {
		return new CheckResult(check, revision, file, Outcome.SKIPPED, reason, List.of());
	}

	public boolean failed() {
		return this.outcome == Outcome.FAILED;
	}

	/** The message and, below it, each finding indented: what a failed test or the CLI prints. */
	public String describe() {
		StringBuilder text = new StringBuilder(this.message);
		for (String finding : this.findings) {
			text.append(System.lineSeparator()).append("  - ").append(finding);
		}
		return text.toString();
	}

}
