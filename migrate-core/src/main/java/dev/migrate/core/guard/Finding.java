package dev.migrate.core.guard;

import java.util.Objects;

/**
 * One thing the guard reports about one statement (or one revision, or the graph).
 *
 * @param rule the stable rule id, e.g. {@code drop-column} (see {@link Rule})
 * @param severity how serious it is; only an unsuppressed {@link Severity#ERROR} blocks
 * @param revision the revision id; empty for a finding about the whole graph
 * @param file the revision's source (file path or class name); empty for a finding about the graph
 * @param line the 1-based file line of the statement; 0 when the finding has no line (a Java
 * revision, the graph)
 * @param statement a one-line excerpt of the statement; empty for a finding about a revision or the graph
 * @param message why it is unsafe and the safe recipe
 * @param suppressed whether a {@code -- migrate:allow <rule> <reason>} comment accepted it
 * @param reason the reason given in that comment; {@code null} unless {@code suppressed}
 * @param column the 1-based column of the statement's first keyword on {@code line}; 0 when unknown
 * (a finding about a revision or the graph)
 */
public record Finding(String rule, Severity severity, String revision, String file, int line, String statement,
		String message, boolean suppressed, String reason, int column) {

	public Finding {
		Objects.requireNonNull(rule, "rule");
		Objects.requireNonNull(severity, "severity");
		revision = Objects.requireNonNullElse(revision, "");
		file = Objects.requireNonNullElse(file, "");
		statement = Objects.requireNonNullElse(statement, "");
		Objects.requireNonNull(message, "message");
		if (line < 0) {
			throw new IllegalArgumentException("Finding line must be 0 or more, got " + line);
		}
		if (column < 0) {
			throw new IllegalArgumentException("Finding column must be 0 or more, got " + column);
		}
		if (suppressed && (reason == null || reason.isBlank())) {
			throw new IllegalArgumentException("A suppressed finding needs the reason it was accepted for: " + rule);
		}
		if (!suppressed && reason != null) {
			throw new IllegalArgumentException("Only a suppressed finding has a reason: " + rule);
		}
	}

	/** A finding whose column is not known. */
	public Finding(String rule, Severity severity, String revision, String file, int line, String statement,
			String message, boolean suppressed, String reason) {
		this(rule, severity, revision, file, line, statement, message, suppressed, reason, 0);
	}

	/** Whether this finding blocks: an error that no {@code migrate:allow} comment accepted. */
	public boolean isBlocking() {
		return this.severity == Severity.ERROR && !this.suppressed;
	}

	/** This finding, accepted by a {@code migrate:allow} comment giving {@code reason}. */
	Finding suppressedBecause(String reason) {
		return new Finding(this.rule, this.severity, this.revision, this.file, this.line, this.statement, this.message,
				true, reason, this.column);
	}

	/** {@code file:line}, or only the file when there is no line. */
	public String location() {
		return (this.line > 0) ? this.file + ":" + this.line : this.file;
	}

}
