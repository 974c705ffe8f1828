package dev.migrate.core.plan;

import java.util.Locale;

/** What a plan, or one step of it, does. */
public enum Operation {

	UPGRADE, DOWNGRADE, STAMP;

	/** The lower-case name stored in the history table and printed by the command line. */
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

}
