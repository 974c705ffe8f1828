package dev.migrate.core.engine;

import java.util.List;

/**
 * The version table names revisions this code does not know, and they do not descend from what
 * this code has: the database and the code are on different lines.
 */
public class DivergedException extends StateException {

	private final List<String> unknown;

	public DivergedException(List<String> unknown, String reason) {
		super(State.FAILED, "The version table names revision(s) " + String.join(", ", unknown)
				+ " that this code does not know, and " + reason + ". The database and this code have diverged; "
				+ "nothing was run. Deploy code that contains those revisions, or merge the branches in the code.");
		this.unknown = List.copyOf(unknown);
	}

	public List<String> unknown() {
		return this.unknown;
	}

}
