package dev.migrate.core.revision;

import java.util.Objects;

/** The body of a revision written in Java. */
public record JavaBody(JavaRevision revision) implements RevisionBody {

	public JavaBody {
		Objects.requireNonNull(revision, "revision");
	}

	@Override
	public boolean isReversible() {
		return this.revision.isReversible();
	}

}
