package dev.migrate.core.graph;

/** A revision names a down_revision or depends_on entry that no revision or branch label matches. */
public class UnknownReferenceException extends GraphException {

	private final String revision;

	private final String reference;

	private final String kind;

	public UnknownReferenceException(String revision, String source, String kind, String reference) {
		super("Revision " + revision + " (" + source + ") names " + kind + " '" + reference
				+ "', but no revision" + (kind.equals("depends_on") ? " or branch label" : "") + " has that id. "
				+ "Check the id for typos, or add the missing revision file to a configured location.");
		this.revision = revision;
		this.reference = reference;
		this.kind = kind;
	}

	public String revision() {
		return this.revision;
	}

	public String reference() {
		return this.reference;
	}

	/** {@code down_revision} or {@code depends_on}. */
	public String kind() {
		return this.kind;
	}

}
