package dev.migrate.core.graph;

import java.util.List;

/** Two revisions share one id. */
public class DuplicateRevisionException extends GraphException {

	private final String revision;

	private final List<String> sources;

	public DuplicateRevisionException(String revision, List<String> sources) {
		super("Revision id '" + revision + "' is used by more than one revision: " + String.join(" and ", sources)
				+ ". Give one of them a fresh id (and update the down_revision of its children).");
		this.revision = revision;
		this.sources = List.copyOf(sources);
	}

	public String revision() {
		return this.revision;
	}

	public List<String> sources() {
		return this.sources;
	}

}
