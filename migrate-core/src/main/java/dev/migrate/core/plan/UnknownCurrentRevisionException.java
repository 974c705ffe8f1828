package dev.migrate.core.plan;

import java.util.List;

/**
 * The version table names revisions that the configured locations do not contain: the database
 * is ahead of this code (a newer version applied them), or revision files are missing.
 */
public class UnknownCurrentRevisionException extends PlanException {

	private final List<String> unknown;

	public UnknownCurrentRevisionException(List<String> unknown) {
		super("The version table names revision(s) " + String.join(", ", unknown)
				+ " that the configured locations do not contain. The database is ahead of this code (a newer version "
				+ "applied them) or revision files are missing: deploy the code that has them, or, if they were removed on "
				+ "purpose, 'stamp --purge <target>' to rewrite the version table.");
		this.unknown = List.copyOf(unknown);
	}

	public List<String> unknown() {
		return this.unknown;
	}

}
