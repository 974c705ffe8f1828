package dev.migrate.core.engine;

/** An applied revision's upgrade SQL changed since it ran. */
public class ChecksumMismatchException extends StateException {

	private final String revision;

	public ChecksumMismatchException(String revision, String source, String recorded, String actual) {
		super(State.FAILED, "Revision " + revision + " (" + source + ") was changed after it was applied: its checksum was "
				+ recorded + " and is now " + actual + ". The database ran the old SQL. Restore the file, and put the "
				+ "change in a new revision ('migrate revision -m ...'). If the edit does not change what the revision "
				+ "did (e.g. a comment), accept the file as it is now, once: migrate resolve " + revision
				+ " --accept-checksum (in the application: --migrate.command=\"resolve " + revision
				+ " --accept-checksum\").");
		this.revision = revision;
	}

	public String revision() {
		return this.revision;
	}

}
