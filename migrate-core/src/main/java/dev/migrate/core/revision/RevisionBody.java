package dev.migrate.core.revision;

/** What a revision runs: SQL sections from a file, or code of a {@link JavaRevision}. */
public sealed interface RevisionBody permits SqlBody, JavaBody {

	/** Whether the revision can be downgraded. */
	boolean isReversible();

}
