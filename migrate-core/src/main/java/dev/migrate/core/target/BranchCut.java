package dev.migrate.core.target;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import dev.migrate.core.graph.RevisionGraph;

/**
 * What {@code downgrade <label>@<rev>} cuts, with Alembic 1.8.1's rules: the {@code <rev>} is
 * looked up over the whole graph (a prefix matching revisions of other branches is ambiguous,
 * unlike in an upgrade); when {@code <rev>} has several children the label keeps only those on the
 * way to the labelled revision, and none of them is an error; a downgrade that then drops nothing
 * is an error unless {@code <rev>} is a version row already.
 */
final class BranchCut {

	private final RevisionGraph graph;

	private final TargetResolver resolver;

	BranchCut(RevisionGraph graph, TargetResolver resolver) {
		this.graph = graph;
		this.resolver = resolver;
	}

	BitSet cut(Target.BranchRevision scoped, BitSet applied) {
		String text = TargetResolver.text(scoped);
		int labelled = this.resolver.branchStart(scoped.branch());
		int keep = this.resolver.revision(scoped.reference());
		if (!this.resolver.lineage(labelled).get(keep)) {
			// Deliberate difference: Alembic ignores the label here and may downgrade another branch.
			throw new TargetException("Revision " + id(keep) + " is not on branch '" + scoped.branch()
					+ "' (neither an ancestor nor a descendant of " + id(labelled)
					+ "). Check the label, or name the revision without it.");
		}
		int[] children = this.graph.children(keep);
		if (children.length <= 1) {
			return this.resolver.cutBelow(keep, applied, text);
		}
		BitSet seed = new BitSet();
		seed.set(labelled);
		BitSet towardsLabel = this.graph.lineAncestorsOf(seed);
		BitSet roots = new BitSet(this.graph.size());
		List<String> childIds = new ArrayList<>();
		for (int child : children) {
			childIds.add(id(child));
			if (towardsLabel.get(child)) {
				roots.set(child);
			}
		}
		if (roots.isEmpty()) {
			throw new TargetException("'" + text + "' is no downgrade target: " + id(keep) + " branches into "
					+ String.join(", ", childIds) + " and none of them leads to " + id(labelled) + " (labelled '"
					+ scoped.branch() + "'). Name the revision without the label to downgrade every branch after it.");
		}
		roots.and(applied);
		if (roots.isEmpty() && !this.graph.headsOf(applied).contains(id(keep))) {
			throw new TargetException("Nothing to downgrade to '" + text + "': nothing applied on the way to "
					+ id(labelled) + " follows " + id(keep) + ". Check 'migrate current'.");
		}
		return roots;
	}

	private String id(int index) {
		return this.graph.revision(index).id();
	}

}
