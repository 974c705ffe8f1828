package dev.migrate.core.guard;

import java.util.Locale;

import dev.migrate.core.ErrorCode;
import dev.migrate.core.MigrateException;

/**
 * What an upgrade does with the guard's report on the revisions it is about to apply
 * ({@code migrate.guard.mode}, {@code upgrade --guard}).
 */
public enum GuardMode {

	/** A blocking finding stops the upgrade before anything is applied. */
	FAIL,

	/** Findings are reported, the upgrade goes on. */
	WARN,

	/** The guard does not run. */
	OFF;

	/** The lower-case name used in configuration: {@code fail}, {@code warn}, {@code off}. */
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * Parses {@code fail}, {@code warn} or {@code off}, ignoring case and surrounding blanks.
	 * @throws MigrateException ({@link ErrorCode#USAGE}) for anything else, listing the values
	 */
	public static GuardMode parse(String text) {
		if (text != null) {
			for (GuardMode mode : values()) {
				if (mode.key().equalsIgnoreCase(text.strip())) {
					return mode;
				}
			}
		}
		throw new MigrateException(ErrorCode.USAGE,
				"Unknown guard mode '" + text + "': use fail, warn or off (migrate.guard.mode, upgrade --guard)");
	}

	/** Whether the guard runs at all in this mode. */
	public boolean checks() {
		return this != OFF;
	}

	/**
	 * Applies this mode to a report: in {@link #FAIL} mode a blocking report throws; otherwise
	 * nothing happens (reporting the findings is the caller's job).
	 * @throws GuardException in {@link #FAIL} mode when {@code report} {@linkplain GuardReport#blocking() blocks}
	 */
	public void enforce(GuardReport report) {
		if (this == FAIL && report.blocking()) {
			throw new GuardException(report);
		}
	}

}
