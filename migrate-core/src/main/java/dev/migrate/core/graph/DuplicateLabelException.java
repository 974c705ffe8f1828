package dev.migrate.core.graph;

/** A branch label is declared by two revisions, or equals a revision id. */
public class DuplicateLabelException extends GraphException {

	private final String label;

	public DuplicateLabelException(String label, String first, String second) {
		super("Branch label '" + label + "' is declared by both " + first + " and " + second
				+ ". A label names one branch: remove it from one of them or choose another name.");
		this.label = label;
	}

	private DuplicateLabelException(String label, String message) {
		super(message);
		this.label = label;
	}

	static DuplicateLabelException collidesWithRevision(String label, String declaredBy) {
		return new DuplicateLabelException(label, "Branch label '" + label + "' declared by " + declaredBy
				+ " is also a revision id, which would make targets ambiguous. Choose another label.");
	}

	public String label() {
		return this.label;
	}

}
