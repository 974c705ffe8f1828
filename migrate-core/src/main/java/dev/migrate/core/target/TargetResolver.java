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

	private final RelativeSteps steps;

	private final BranchCut branchCut;

	public TargetResolver(RevisionGraph graph) {
		this.graph = graph;
		this.steps = new RelativeSteps(graph, this);
		this.branchCut = new BranchCut(graph, this);
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
			int reached = this.steps.walk(relative, applied);
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
			cut.set(this.steps.walkBackFromCurrent(relative, applied));
		}
		else if (target instanceof Target.Relative relative) {
			// <rev>-N: keep the revision N steps back; when that is before the base, cut the base.
			int last = relative.steps() == -1 ? revision(relative.anchor())
					: this.steps.back(revision(relative.anchor()), -relative.steps() - 1, relative);
			if (last < 0) {
				throw new TargetException("'" + text(relative) + "' goes back past base. Use a smaller step or 'base'.");
			}
			int[] parents = this.graph.parents(last);
			if (parents.length == 0) {
				cut.set(last);
			}
			else {
				cut.or(newerNeighbours(requireApplied(this.steps.singleParent(last, relative, -relative.steps(),
						-relative.steps()), applied, text(relative)), applied));
			}
		}
		else if (target instanceof Target.BranchRevision scoped) {
			cut.or(this.branchCut.cut(scoped, applied));
		}
		else if (target instanceof Target.BranchHead || target instanceof Target.BranchHeads) {
			// Alembic 1.8.1 resolves the 'head' of a downgrade's <label>@head over the whole graph:
			// an error when the graph has several heads, whatever the label.
			int keep = singleHead(all(), text(target));
			cut.or(newerNeighbours(requireApplied(keep, applied, text(target)), applied));
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
		return revision(reference, null);
	}

	/** As {@link #revision(String)}; with a scope only prefix matches inside it count (Alembic's label@prefix). */
	private int revision(String reference, BitSet scope) {
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
			int index = this.graph.indexOf(candidate.id());
			if (candidate.id().startsWith(reference) && (scope == null || scope.get(index))) {
				matches.add(candidate.id());
				found = index;
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

	int branchStart(String branch) {
		int labelled = this.graph.labelIndex(branch);
		return (labelled >= 0) ? labelled : revision(branch);
	}

	private BitSet all() {
		BitSet all = new BitSet(this.graph.size());
		all.set(0, this.graph.size());
		return all;
	}

	int singleHead(BitSet within, String target) {
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
	BitSet lineage(int start) {
		BitSet seed = new BitSet();
		seed.set(start);
		BitSet line = this.graph.lineAncestorsOf(seed);
		line.or(this.graph.lineDescendantsOf(seed));
		return line;
	}

	private int scopedRevision(Target.BranchRevision scoped) {
		int start = branchStart(scoped.branch());
		int revision = revision(scoped.reference(), lineage(start));
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

	/** What a downgrade to an applied {@code revision} cuts (see {@link #newerNeighbours}). */
	BitSet cutBelow(int revision, BitSet applied, String target) {
		return newerNeighbours(requireApplied(revision, applied, target), applied);
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

	static String text(Target target) {
		return TargetText.of(target);
	}

}
