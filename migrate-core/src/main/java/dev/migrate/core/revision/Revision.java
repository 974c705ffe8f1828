package dev.migrate.core.revision;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One revision of the graph, from a SQL file or a Java class: its identity, its edges and what
 * it runs. Immutable.
 *
 * @param id the revision id
 * @param downRevisions the parents; empty for a base, several for a merge
 * @param dependsOn order-only edges: revision ids or branch labels that must be applied first
 * @param branchLabels labels naming the branch that starts at this revision
 * @param message a short human description, may be empty
 * @param phase the declared expand/contract phase, {@code null} when the revision declares none
 * @param transactional whether the revision runs inside one transaction
 * @param source where the revision comes from (a file path or class name), for messages
 * @param checksum checksum of the normalized content that runs, {@code null} when not known
 * @param body what the revision runs
 */
public record Revision(String id, List<String> downRevisions, List<String> dependsOn, Set<String> branchLabels,
		String message, Phase phase, boolean transactional, String source, String checksum, RevisionBody body) {

	public Revision {
		if (!RevisionIds.isValid(id)) {
			throw new IllegalArgumentException("Invalid revision id '" + id + "' in " + source
					+ ": use letters, digits and '_' (at most " + RevisionIds.MAX_LENGTH + " characters)");
		}
		if (RevisionIds.isReserved(id)) {
			throw new IllegalArgumentException(source + ": " + RevisionIds.reservedProblem(id, "revision"));
		}
		downRevisions = List.copyOf(downRevisions);
		dependsOn = List.copyOf(dependsOn);
		branchLabels = Set.copyOf(branchLabels);
		message = (message != null) ? message : "";
		source = Objects.requireNonNull(source, "source");
		body = Objects.requireNonNull(body, "body");
	}

	/** Whether this revision has no parent. */
	public boolean isBase() {
		return this.downRevisions.isEmpty();
	}

	/** Whether this revision joins several parents. */
	public boolean isMerge() {
		return this.downRevisions.size() > 1;
	}

	/** Whether this revision can be downgraded. */
	public boolean isReversible() {
		return this.body.isReversible();
	}

}
