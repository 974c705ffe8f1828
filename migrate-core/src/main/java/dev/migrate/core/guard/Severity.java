package dev.migrate.core.guard;

import java.util.Locale;

/** How serious a {@link Finding} is. Only an unsuppressed {@link #ERROR} blocks. */
public enum Severity {

	/** Unsafe for a rolling deploy: {@code check} exits with 1 and {@code fail} mode stops the upgrade. */
	ERROR,

	/** Risky; worth a look, does not block. */
	WARNING,

	/** Expected in this place (e.g. a drop in a contract revision); reported so that reviewers see it. */
	INFO;

	/** The lower-case name used in JSON and text: {@code error}, {@code warning}, {@code info}. */
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

}
