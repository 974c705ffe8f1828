package dev.migrate.core.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.migrate.core.graph.RevisionGraph;
import dev.migrate.core.revision.Revision;
import dev.migrate.core.target.Target;
import dev.migrate.core.target.TargetException;
import dev.migrate.core.target.TargetResolver;

/**
 * Plans upgrades, downgrades and stamps with Alembic's semantics, from the version rows stored
 * in the database (possibly none, possibly several heads).
 * <p>
 * The applied set is every version row plus everything it needs (down_revision and depends_on,
 * transitively). An upgrade applies everything its destination needs that is not applied yet,
 * in the graph's topological order. A downgrade removes the revisions its target cuts together
 * with every applied revision that needs them, newest first, and nothing else: revisions that
 * other remaining heads need stay. The version rows after each step are the applied revisions
 * that no other applied revision names as down_revision or depends_on, as Alembic keeps them:
 * merges collapse heads, and upgrading a revision that depends on a row replaces that row.
 * Every plan costs time linear in revisions plus edges.
 */
public final class Planner {

	private final RevisionGraph graph;

	private final TargetResolver resolver;

	public Planner(RevisionGraph graph) {
		this.graph = graph;
		this.resolver = new TargetResolver(graph);
	}

	public RevisionGraph graph() {
		return this.graph;
	}

	public TargetResolver resolver() {
		return this.resolver;
	}

	/**
	 * The revisions applied when the version table holds {@code current}.
	 * @throws UnknownCurrentRevisionException when a row names a revision the graph lacks
	 */
	public BitSet applied(Collection<String> current) {
		List<String> unknown = new ArrayList<>();
		BitSet rows = new BitSet(this.graph.size());
		for (String id : current) {
			int index = this.graph.indexOf(id);
			if (index < 0) {
				unknown.add(id);
			}
			else {
				rows.set(index);
			}
		}
		if (!unknown.isEmpty()) {
			throw new UnknownCurrentRevisionException(unknown);
		}
		return this.graph.ancestorsOf(rows);
	}

	public MigrationPlan upgrade(Collection<String> current, String target) {
		return upgrade(current, target, new BitSet());
	}

	/**
	 * An upgrade that leaves out {@code held}; the held set must contain every descendant of its
	 * members (a rolling deploy's contract revisions and what descends from them), so what remains
	 * of the plan still needs nothing it leaves out.
	 */
	public MigrationPlan upgrade(Collection<String> current, String target, BitSet held) {
		List<String> before = List.copyOf(new LinkedHashSet<>(current));
		BitSet applied = applied(before);
		BitSet destination = this.resolver.destination(Target.parse(target), applied);
		// Already applied destinations need nothing: as in Alembic, such an upgrade succeeds and does nothing.
		BitSet rows = this.graph.indexes(before);
		BitSet needed = this.graph.ancestorsOf(destination);
		needed.andNot(applied);
		needed.andNot(held);
		// Rows as revision numbers: a step deletes the parents that are rows and inserts itself.
		BitSet after = (BitSet) rows.clone();
		List<PlanStep> steps = new ArrayList<>(needed.cardinality());
		for (int i = needed.nextSetBit(0); i >= 0; i = needed.nextSetBit(i + 1)) {
			Revision revision = this.graph.revision(i);
			List<String> deletes = List.of();
			for (int parent : needs(i)) {
				if (after.get(parent)) {
					after.clear(parent);
					deletes = (deletes.isEmpty()) ? List.of(this.graph.revision(parent).id())
							: append(deletes, this.graph.revision(parent).id());
				}
			}
			after.set(i);
			steps.add(new PlanStep(revision, Operation.UPGRADE, deletes, List.of(revision.id())));
		}
		return new MigrationPlan(Operation.UPGRADE, target, before, this.graph.ids(after), steps);
	}

	/** What a revision needs directly: its down_revisions, then its depends_on (both are edges of the rows). */
	private int[] needs(int revision) {
		int[] parents = this.graph.parents(revision);
		int[] dependencies = this.graph.dependencies(revision);
		if (dependencies.length == 0) {
			return parents;
		}
		int[] all = Arrays.copyOf(parents, parents.length + dependencies.length);
		System.arraycopy(dependencies, 0, all, parents.length, dependencies.length);
		return all;
	}

	private static List<String> append(List<String> list, String id) {
		List<String> result = new ArrayList<>(list);
		result.add(id);
		return result;
	}

	public MigrationPlan downgrade(Collection<String> current, String target) {
		List<String> before = List.copyOf(new LinkedHashSet<>(current));
		BitSet applied = applied(before);
		BitSet removed = this.graph.descendantsOf(this.resolver.cut(Target.parse(target), applied));
		removed.and(applied);
		// How many applied revisions name each revision as down_revision or depends_on: at zero it is a row again.
		int[] appliedChildren = new int[this.graph.size()];
		for (int i = applied.nextSetBit(0); i >= 0; i = applied.nextSetBit(i + 1)) {
			for (int parent : needs(i)) {
				appliedChildren[parent]++;
			}
		}
		Set<String> rows = new LinkedHashSet<>(before);
		List<PlanStep> steps = new ArrayList<>(removed.cardinality());
		for (int i = removed.previousSetBit(this.graph.size() - 1); i >= 0; i = removed.previousSetBit(i - 1)) {
			Revision revision = this.graph.revision(i);
			if (!revision.isReversible()) {
				throw new IrreversibleRevisionException(revision, target);
			}
			List<String> inserts = new ArrayList<>(1);
			for (int parent : needs(i)) {
				if (--appliedChildren[parent] == 0) {
					String id = this.graph.revision(parent).id();
					if (rows.add(id)) {
						inserts.add(id);
					}
				}
			}
			List<String> deletes = rows.remove(revision.id()) ? List.of(revision.id()) : List.of();
			steps.add(new PlanStep(revision, Operation.DOWNGRADE, deletes, inserts));
		}
		return new MigrationPlan(Operation.DOWNGRADE, target, before, List.copyOf(rows), steps);
	}

	/**
	 * Moves the version rows to {@code target} without running anything. Current heads on the
	 * target's line are replaced; heads on unrelated branches stay.
	 * @param purge whether to replace every row, including ones naming unknown revisions
	 */
	public MigrationPlan stamp(Collection<String> current, String target, boolean purge) {
		List<String> before = List.copyOf(new LinkedHashSet<>(current));
		BitSet applied = purge ? new BitSet() : applied(before);
		Target parsed = Target.parse(target);
		if (parsed instanceof Target.Relative) {
			// As in Alembic, which cannot locate a revision named like that.
			throw new TargetException("'" + target + "' is relative; stamp takes a revision, a label@head or heads, "
					+ "never a step. Name the revision to stamp.");
		}
		if (parsed instanceof Target.BranchRevision scoped && !applied.isEmpty()) {
			// Alembic 1.8.1 matches the current heads against <rev> looked up over the whole graph, so with
			// rows a prefix that also matches revisions of other branches is ambiguous (without rows it is not).
			this.resolver.revision(scoped.reference());
		}
		BitSet destination = this.resolver.destination(parsed, applied);
		BitSet keep = (BitSet) destination.clone();
		if (!destination.isEmpty()) {
			BitSet related = this.graph.ancestorsOf(destination);
			related.or(this.graph.descendantsOf(destination));
			for (String head : this.graph.headsOf(applied)) {
				int index = this.graph.indexOf(head);
				if (!related.get(index)) {
					keep.set(index);
				}
			}
		}
		List<String> after = this.graph.headsOf(this.graph.ancestorsOf(keep));
		return new MigrationPlan(Operation.STAMP, target, before, after, List.of());
	}

}
