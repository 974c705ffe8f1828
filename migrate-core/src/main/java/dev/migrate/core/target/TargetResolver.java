package dev.migrate.core.target;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import dev.migrate.core.graph.RevisionGraph;
import dev.migrate.core.revision.Revision;

/**
 * Gives a {@link Target} its meaning against a graph and the revisions currently applied.
 * Upgrades and stamps ask for a <em>destination</em> (the revisions to reach); downgrades for
 * a <em>cut</em> (the revisions to remove together with everything that needs them).
 */
public final class TargetResolver {

	/** Prefixes shorter than this never match, so that "1" or "ab" cannot pick a revision by luck. */
	public static final int MIN_PREFIX = 4;

	private final RevisionGraph graph;

	public TargetResolver(RevisionGraph graph) {
		this.graph = graph;
	}

	/**
	 * The revisions an upgrade or stamp to {@code target} must reach; empty for {@code base}.
	 * @param applied the revisions applied now (closed under what they need)
	 */
	public BitSet destination(Target target, BitSet applied) {
		BitSet result = new BitSet(this.graph.size());
		if (target instanceof Target.Head) {
			result.set(singleHead(all(), "head"));
		}
		else if (target instanceof Target.Heads) {
			for (String id : this.graph.heads()) {
				result.set(this.graph.indexOf(id));
			}
		}
		else if (target instanceof Target.Revision revision) {
			result.set(revision(revision.reference()));
		}
		else if (target instanceof Target.BranchHead branchHead) {
			result.set(branchHead(branchHead.branch()));
		}
		else if (target instanceof Target.BranchHeads branchHeads) {
			int start = branchStart(branchHeads.branch());
			BitSet seed = new BitSet();
			seed.set(start);
			BitSet line = this.graph.lineDescendantsOf(seed);
			for (int i = line.nextSetBit(0); i >= 0; i = line.nextSetBit(i + 1)) {
				if (this.graph.isHead(i)) {
					result.set(i);
				}
			}
		}
		else if (target instanceof Target.BranchBase branchBase) {
			throw new TargetException("'" + branchBase.branch() + "@base' is a downgrade target; to go forward name a "
					+ "revision or '" + branchBase.branch() + "@head'.");
		}
		else if (target instanceof Target.BranchRevision scoped) {
			result.set(scopedRevision(scoped));
		}
		else if (target instanceof Target.Relative relative) {
			int reached = walk(relative, applied);
			if (reached >= 0) {
				result.set(reached);
			}
		}
		return result;
	}

	/**
	 * The revisions a downgrade to {@code target} removes, each together with every applied
	 * revision that needs it.
	 * @param applied the revisions applied now (closed under what they need)
	 */
	public BitSet cut(Target target, BitSet applied) {
		if (target instanceof Target.Base) {
			return (BitSet) applied.clone();
		}
		BitSet cut = new BitSet(this.graph.size());
		if (target instanceof Target.BranchBase branchBase) {
			cut.set(branchStart(branchBase.branch()));
		}
		else if (target instanceof Target.Relative relative && relative.steps() > 0) {
			throw new TargetException("'" + text(relative) + "' goes forward; a downgrade needs an older revision, e.g. -1.");
		}
		else if (target instanceof Target.Relative relative && relative.anchor() == null) {
			cut.set(walkBackFromCurrent(relative, applied));
		}
		else if (target instanceof Target.Relative relative) {
			// <rev>-N: keep the revision N steps back; when that is before the base, cut the base.
			int last = relative.steps() == -1 ? revision(relative.anchor())
					: back(revision(relative.anchor()), -relative.steps() - 1, relative);
			if (last < 0) {
				throw new TargetException("'" + text(relative) + "' goes back past base. Use a smaller step or 'base'.");
			}
			int[] parents = this.graph.parents(last);
			if (parents.length == 0) {
				cut.set(last);
			}
			else {
				cut.or(newerNeighbours(requireApplied(singleParent(last, relative, -relative.steps(),
						-relative.steps()), applied, text(relative)), applied));
			}
		}
		else if (target instanceof Target.BranchRevision scoped) {
			int keep = requireApplied(scopedRevision(scoped), applied, text(scoped));
			cut.or(newerNeighbours(keep, applied));
			cut.and(lineage(branchStart(scoped.branch())));
		}
		else {
			BitSet keep = destination(target, applied);
			for (int k = keep.nextSetBit(0); k >= 0; k = keep.nextSetBit(k + 1)) {
				cut.or(newerNeighbours(requireApplied(k, applied, text(target)), applied));
			}
		}
		return cut;
	}

	/**
	 * Resolves a full id, a branch label (the revision that declares it, as in Alembic) or a
	 * unique prefix of at least {@value #MIN_PREFIX} characters. A reference that is a label and
	 * also a prefix of an id is an error naming both, never a silent pick.
	 */
	public int revision(String reference) {
		int exact = this.graph.indexOf(reference);
		if (exact >= 0) {
			return exact;
		}
		int labelled = this.graph.labelIndex(reference);
		if (reference.length() < MIN_PREFIX) {
			if (labelled >= 0) {
				return labelled;
			}
			throw new TargetException("No revision or branch label is named '" + reference + "', and a prefix needs at least "
					+ MIN_PREFIX + " characters. See 'migrate history' for the ids.");
		}
		List<String> matches = new ArrayList<>();
		int found = -1;
		for (Revision candidate : this.graph.revisions()) {
			if (candidate.id().startsWith(reference)) {
				matches.add(candidate.id());
				found = this.graph.indexOf(candidate.id());
			}
		}
		matches.sort(null);
		if (labelled >= 0) {
			if (!matches.isEmpty()) {
				throw new TargetException("'" + reference + "' is ambiguous: it is the branch label of "
						+ this.graph.revision(labelled).id() + " and a prefix of " + String.join(", ", matches)
						+ ". Name the revision you mean by its full id.");
			}
			return labelled;
		}
		if (matches.isEmpty()) {
			throw new TargetException("No revision matches '" + reference + "'. See 'migrate history' for the ids.");
		}
		if (matches.size() > 1) {
			throw new AmbiguousPrefixException(reference, matches);
		}
		return found;
	}

	/** The head of the branch that a label, or a revision, starts; an error when it has several. */
	public int branchHead(String branch) {
		int start = branchStart(branch);
		BitSet seed = new BitSet();
		seed.set(start);
		BitSet line = this.graph.lineDescendantsOf(seed);
		return singleHead(line, branch + "@head");
	}

	private int branchStart(String branch) {
		int labelled = this.graph.labelIndex(branch);
		return (labelled >= 0) ? labelled : revision(branch);
	}

	private BitSet all() {
		BitSet all = new BitSet(this.graph.size());
		all.set(0, this.graph.size());
		return all;
	}

	private int singleHead(BitSet within, String target) {
		List<String> heads = new ArrayList<>();
		int found = -1;
		for (int i = within.nextSetBit(0); i >= 0; i = within.nextSetBit(i + 1)) {
			if (this.graph.isHead(i)) {
				heads.add(this.graph.revision(i).id());
				found = i;
			}
		}
		if (heads.isEmpty()) {
			throw new TargetException("Target '" + target + "' has no head: no revisions are configured.");
		}
		if (heads.size() > 1) {
			throw new MultipleHeadsException(target, heads);
		}
		return found;
	}

	/** Ancestors and descendants of a revision along down_revision edges: the line it is on. */
	private BitSet lineage(int start) {
		BitSet seed = new BitSet();
		seed.set(start);
		BitSet line = this.graph.lineAncestorsOf(seed);
		line.or(this.graph.lineDescendantsOf(seed));
		return line;
	}

	private int scopedRevision(Target.BranchRevision scoped) {
		int start = branchStart(scoped.branch());
		int revision = revision(scoped.reference());
		if (!lineage(start).get(revision)) {
			throw new TargetException("Revision " + this.graph.revision(revision).id() + " is not on branch '"
					+ scoped.branch() + "' (neither an ancestor nor a descendant of " + this.graph.revision(start).id()
					+ "). Check the label, or name the revision without it.");
		}
		return revision;
	}

	private int requireApplied(int revision, BitSet applied, String target) {
		if (!applied.get(revision)) {
			throw new TargetException("Revision " + this.graph.revision(revision).id() + " (from target '" + target
					+ "') is not applied, so a downgrade cannot go to it. A downgrade only goes back; use upgrade to go forward.");
		}
		return revision;
	}

	/**
	 * The applied revisions that name {@code revision} as down_revision: what a downgrade to it
	 * cuts. As in Alembic, revisions that only depend on it stay (it stays applied for them); with
	 * nothing to cut, a revision that is not a version row is no downgrade target.
	 */
	private BitSet newerNeighbours(int revision, BitSet applied) {
		BitSet result = new BitSet(this.graph.size());
		for (int child : this.graph.children(revision)) {
			if (applied.get(child)) {
				result.set(child);
			}
		}
		if (!result.isEmpty()) {
			return result;
		}
		// Nothing descends from it: it is a version row unless an applied revision depends on it.
		List<String> dependents = new ArrayList<>();
		for (int dependent : this.graph.dependents(revision)) {
			if (applied.get(dependent)) {
				dependents.add(this.graph.revision(dependent).id());
			}
		}
		if (!dependents.isEmpty()) {
			throw new TargetException("Nothing to downgrade to " + this.graph.revision(revision).id()
					+ ": nothing applied descends from it, and it stays applied because " + String.join(", ", dependents)
					+ " depend(s) on it. To remove those, downgrade to one of their down_revisions.");
		}
		return result;
	}

	/** Resolves a relative target to the revision it reaches, or -1 for "before the first revision". */
	private int walk(Target.Relative relative, BitSet applied) {
		if (relative.anchor() != null) {
			int anchor = revision(relative.anchor());
			return (relative.steps() > 0) ? forward(anchor, relative.steps(), null, relative)
					: back(anchor, -relative.steps(), relative);
		}
		if (relative.steps() < 0) {
			int cut = walkBackFromCurrent(relative, applied);
			int[] parents = this.graph.parents(cut);
			return (parents.length == 0) ? -1 : parents[0];
		}
		BitSet scope = (relative.branch() != null) ? lineage(branchStart(relative.branch())) : null;
		int start = currentHead(relative, applied, scope);
		return forward(start, relative.steps(), scope, relative);
	}

	/** Walks back from the current head; returns the last revision stepped over (the one to cut). */
	private int walkBackFromCurrent(Target.Relative relative, BitSet applied) {
		BitSet scope = (relative.branch() != null) ? lineage(branchStart(relative.branch())) : null;
		int node = currentHead(relative, applied, scope);
		if (node < 0) {
			throw new TargetException("'" + text(relative) + "' goes back from the current revision, but nothing is applied"
					+ ((scope != null) ? " on branch '" + relative.branch() + "'" : "") + ".");
		}
		int steps = -relative.steps();
		for (int taken = 1; taken < steps; taken++) {
			node = singleParent(node, relative, taken, steps);
		}
		return node;
	}

	/**
	 * The revision a relative step counts from: the single version row (in the branch scope). As in
	 * Alembic, a branch whose top revision is no row because another branch depends on it counts
	 * from that top revision.
	 */
	private int currentHead(Target.Relative relative, BitSet applied, BitSet scope) {
		List<Integer> current = new ArrayList<>();
		for (String id : this.graph.headsOf(applied)) {
			int index = this.graph.indexOf(id);
			if (scope == null || scope.get(index)) {
				current.add(index);
			}
		}
		if (current.isEmpty() && scope != null) {
			for (int i = applied.nextSetBit(0); i >= 0; i = applied.nextSetBit(i + 1)) {
				if (scope.get(i) && !anyApplied(this.graph.children(i), applied)) {
					current.add(i);
				}
			}
		}
		if (current.size() > 1) {
			List<String> ids = current.stream().map(i -> this.graph.revision(i).id()).toList();
			throw new TargetException("'" + text(relative) + "' counts from the current head, but there are " + ids.size()
					+ ": " + String.join(", ", ids) + ". Scope it to a branch ('<label>@" + signed(relative.steps())
					+ "') or count from a revision ('<rev>" + signed(relative.steps()) + "').");
		}
		return current.isEmpty() ? -1 : current.get(0);
	}

	private static boolean anyApplied(int[] revisions, BitSet applied) {
		for (int revision : revisions) {
			if (applied.get(revision)) {
				return true;
			}
		}
		return false;
	}

	private int forward(int start, int steps, BitSet scope, Target.Relative relative) {
		int node = start;
		for (int taken = 0; taken < steps; taken++) {
			List<Integer> next = new ArrayList<>();
			if (node < 0) {
				for (String base : this.graph.bases()) {
					next.add(this.graph.indexOf(base));
				}
			}
			else {
				for (int child : this.graph.children(node)) {
					next.add(child);
				}
			}
			if (scope != null) {
				next.removeIf(candidate -> !scope.get(candidate));
			}
			if (next.isEmpty()) {
				throw new TargetException("'" + text(relative) + "' goes " + steps + " step(s) forward, but only " + taken
						+ " revision(s) follow" + ((node >= 0) ? " " + this.graph.revision(node).id() : "")
						+ ". Use a smaller step or 'head'.");
			}
			if (next.size() > 1) {
				List<String> ids = next.stream().map(i -> this.graph.revision(i).id()).toList();
				throw new TargetException("'" + text(relative) + "' is ambiguous: after "
						+ ((node >= 0) ? this.graph.revision(node).id() : "base") + " the graph branches into "
						+ String.join(", ", ids) + ". Scope it to a branch ('<label>@+N') or name the revision.");
			}
			node = next.get(0);
		}
		return node;
	}

	private int back(int start, int steps, Target.Relative relative) {
		int node = start;
		for (int taken = 0; taken < steps; taken++) {
			int[] parents = this.graph.parents(node);
			if (parents.length == 0) {
				if (taken == steps - 1) {
					return -1;
				}
				throw new TargetException("'" + text(relative) + "' goes back past the base revision "
						+ this.graph.revision(node).id() + ". Use a smaller step or 'base'.");
			}
			node = singleParent(node, relative, taken + 1, steps);
		}
		return node;
	}

	private int singleParent(int node, Target.Relative relative, int taken, int steps) {
		int[] parents = this.graph.parents(node);
		if (parents.length == 0) {
			throw new TargetException("'" + text(relative) + "' goes " + steps + " step(s) back, but base is reached after "
					+ taken + ". Use a smaller step or 'base'.");
		}
		if (parents.length > 1) {
			List<String> ids = new ArrayList<>();
			for (int parent : parents) {
				ids.add(this.graph.revision(parent).id());
			}
			throw new TargetException("'" + text(relative) + "' is ambiguous: " + this.graph.revision(node).id()
					+ " merges " + String.join(", ", ids) + ". Name the revision to go back to, or a branch ('<label>@-N').");
		}
		return parents[0];
	}

	private static String signed(int steps) {
		return (steps > 0) ? "+" + steps : String.valueOf(steps);
	}

	static String text(Target target) {
		if (target instanceof Target.Revision revision) {
			return revision.reference();
		}
		if (target instanceof Target.BranchHead branchHead) {
			return branchHead.branch() + "@head";
		}
		if (target instanceof Target.BranchHeads branchHeads) {
			return branchHeads.branch() + "@heads";
		}
		if (target instanceof Target.BranchBase branchBase) {
			return branchBase.branch() + "@base";
		}
		if (target instanceof Target.BranchRevision scoped) {
			return scoped.branch() + "@" + scoped.reference();
		}
		if (target instanceof Target.Relative relative) {
			return ((relative.branch() != null) ? relative.branch() + "@" : "")
					+ ((relative.anchor() != null) ? relative.anchor() : "") + signed(relative.steps());
		}
		return (target instanceof Target.Head) ? "head" : (target instanceof Target.Heads) ? "heads" : "base";
	}

}
