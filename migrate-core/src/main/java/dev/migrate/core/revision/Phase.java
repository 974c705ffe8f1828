package dev.migrate.core.revision;

import java.util.Locale;
import java.util.Optional;

/** The expand/contract phase a revision declares, checked by the guard. */
public enum Phase {

	/** Adds what the new application version needs; the old version keeps working. */
	EXPAND,

	/** Moves or backfills data while both versions run. */
	MIGRATE,

	/** Removes what only the old application version used. */
	CONTRACT;

	/** The lower-case name used in revision files and JSON. */
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** Parses {@code expand}, {@code migrate} or {@code contract}, ignoring case. */
	public static Optional<Phase> fromKey(String key) {
		for (Phase phase : values()) {
			if (phase.key().equalsIgnoreCase(key.trim())) {
				return Optional.of(phase);
			}
		}
		return Optional.empty();
	}

}
