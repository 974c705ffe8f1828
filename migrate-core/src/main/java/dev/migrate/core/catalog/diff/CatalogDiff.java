package dev.migrate.core.catalog.diff;

import java.util.List;

import dev.migrate.core.catalog.SchemaCatalog;
import dev.migrate.core.revision.Phase;

/**
 * The differences between an expected and an actual catalog, in a stable order (by table, then by
 * kind, then by object). Tables and columns are matched by name ignoring case; primary keys, unique
 * constraints, indexes, foreign keys and checks by their content (columns, expression, referenced
 * table and actions), never by name, since databases generate the names of unnamed constraints.
 *
 * @param differences each difference
 */
public record CatalogDiff(List<Difference> differences) {

	public CatalogDiff {
		differences = List.copyOf(differences);
	}

	/** What turns {@code actual} into {@code expected}. */
	public static CatalogDiff between(SchemaCatalog expected, SchemaCatalog actual) {
		return new CatalogDiff(Comparison.compare(expected, actual));
	}

	public boolean isEmpty() {
		return this.differences.isEmpty();
	}

	/** The differences whose closing is an {@code phase} step. */
	public List<Difference> inPhase(Phase phase) {
		return this.differences.stream().filter(difference -> difference.phase() == phase).toList();
	}

	/** The diff with expected and actual swapped: what the downgrade closes. */
	public CatalogDiff inverse() {
		return new CatalogDiff(this.differences.stream().map(Difference::inverse).toList());
	}

}
