package dev.migrate.core.engine;

import java.util.Locale;

/**
 * Why a database is {@link State#FAILED} or {@link State#RUNNING} when the state alone does not say:
 * each is a reason for which {@code upgrade} refuses to run. Reported as {@code reason} next to
 * {@code state}, in lower case with dashes ({@code checksum-mismatch}).
 */
public enum Reason {

	/** A revision that ran outside a transaction failed or was cut off; an operator must resolve it. */
	RECORDED_FAILURE,

	/** A run whose process died left a statement that the server still executes. */
	STILL_EXECUTING,

	/** An applied revision's file changed since it was applied. */
	CHECKSUM_MISMATCH,

	/** The version table names revisions this code does not know, and this code's own are not all applied. */
	DIVERGED,

	/** The configured locations hold no revision at all: a configuration error, not an older version. */
	NO_REVISIONS;

	/** The name in JSON output and on the endpoint. */
	public String key() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
