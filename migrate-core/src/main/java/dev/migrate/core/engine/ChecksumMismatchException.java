package dev.migrate.core.engine;

/** An applied revision's upgrade SQL changed since it ran. */
public class ChecksumMismatchException extends StateException {

	private final String revision;

	public ChecksumMismatchException(String revision, String source, String recorded, String actual) {
		super(State.FAILED, "Revision " + revision + " (" + source + ") was changed after it was applied: its checksum was "
				+ recorded + " and is now " + actual + ". The database ran the old SQL. Restore the file, and put the "
				+ "change in a new revision ('migrate revision -m ...'); if the edit does not matter (e.g. a comment), "
				+ "set migrate.validate-checksums=false (--no-validate-checksums) for this run.");
		this.revision = revision;
	}

	public String revision() {
		return this.revision;
	}

}
