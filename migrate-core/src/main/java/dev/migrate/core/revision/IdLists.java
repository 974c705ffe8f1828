package dev.migrate.core.revision;

import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Rules for the id lists a revision declares ({@code down_revision}, {@code depends_on},
 * {@code branch_labels}), shared by revision files and Java revisions so both report the same
 * problems in the same words.
 */
public final class IdLists {

	private IdLists() {
	}

	/**
	 * The first problem with the ids listed under {@code field}: a missing, malformed or reserved
	 * id, or an id listed twice.
	 *
	 * @return what is wrong and what to do, or empty when the list is valid
	 */
	public static Optional<String> problem(String field, Collection<String> ids) {
		Set<String> seen = new HashSet<>();
		for (String id : ids) {
			if (id == null) {
				return Optional.of(field + " contains null; list revision ids only");
			}
			if (!RevisionIds.isValid(id)) {
				return Optional.of("invalid id '" + id + "' in " + field + "; use letters, digits and '_' (at most "
						+ RevisionIds.MAX_LENGTH + " characters)");
			}
			if (RevisionIds.isReserved(id)) {
				return Optional.of(RevisionIds.reservedProblem(id, field));
			}
			if (!seen.add(id)) {
				return Optional.of(field + " lists '" + id + "' twice; list each id once");
			}
		}
		return Optional.empty();
	}

	/**
	 * The problem when revision {@code id} names itself among the {@code edges} it declares under
	 * {@code field}: a one-revision cycle. Callers add what to do, in their own terms.
	 *
	 * @return what is wrong, or empty when it does not
	 */
	static Optional<String> selfReference(String id, String field, Collection<String> edges) {
		return edges.contains(id) ? Optional.of("revision '" + id + "' lists itself in " + field) : Optional.empty();
	}

}
