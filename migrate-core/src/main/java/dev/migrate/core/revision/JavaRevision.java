package dev.migrate.core.revision;

import java.sql.Connection;
import java.util.List;
import java.util.Set;

/**
 * A revision written in Java, for data migrations that need code. It carries the same fields
 * as a revision file and joins the same graph. The starter discovers implementations as Spring
 * beans, the command line through {@link java.util.ServiceLoader}.
 */
public interface JavaRevision {

	/** The revision id: letters, digits and {@code _}. */
	String revision();

	/** The parents; empty for a base, several for a merge. */
	List<String> downRevisions();

	/** Revision ids or branch labels that must be applied first. */
	default List<String> dependsOn() {
		return List.of();
	}

	/** Labels naming the branch that starts here. */
	default Set<String> branchLabels() {
		return Set.of();
	}

	/** A short human description. */
	default String message() {
		return "";
	}

	/** The declared phase, or {@code null} when none is declared. */
	default Phase phase() {
		return null;
	}

	/** Whether the revision runs inside one transaction. */
	default boolean transactional() {
		return true;
	}

	/**
	 * A checksum of this revision's logic, compared with the one recorded when it was applied;
	 * {@code null} (the default) disables the comparison for this revision.
	 */
	default String checksum() {
		return null;
	}

	/** Applies the revision on the given connection. Do not commit or close it. */
	void upgrade(Connection connection) throws Exception;

	/** Reverts the revision. Revisions that cannot be reverted leave {@link #isReversible()} false. */
	default void downgrade(Connection connection) throws Exception {
		throw new UnsupportedOperationException("Revision " + revision() + " is irreversible");
	}

	/** Whether {@link #downgrade(Connection)} is implemented. */
	default boolean isReversible() {
		return false;
	}

}
