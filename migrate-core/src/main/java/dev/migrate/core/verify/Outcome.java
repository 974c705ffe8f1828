package dev.migrate.core.verify;

import java.util.Locale;

/** How one check (for one revision) ended. */
public enum Outcome {

	PASSED,

	FAILED,

	/** Not applicable, with the reason (an irreversible revision, no JPA, no seed file). */
	SKIPPED;

	/** {@code passed}, {@code failed} or {@code skipped}, as the JSON output writes it. */
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

}
