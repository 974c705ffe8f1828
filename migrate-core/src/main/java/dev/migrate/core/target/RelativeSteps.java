package dev.migrate.core.target;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import dev.migrate.core.graph.GraphCommands;
import dev.migrate.core.graph.RevisionGraph;

/**
 * Relative targets ({@code +N}, {@code -N}, {@code <rev>+N}, {@code <label>@-N}): where a walk of N
 * steps along the line lands, one revision per step, with Alembic's starting points.
 */
final class RelativeSteps {

	private final RevisionGraph graph;

	private final TargetResolver resolver;

	RelativeSteps(RevisionGraph graph, TargetResolver resolver) {
		this.graph = graph;
		this.resolver = resolver;
	}

	/** Resolves a relative target to the revision it reaches, or -1 for "before the first revision". */
	int walk(Target.Relative relative, BitSet applied) {
		if (relative.anchor() != null) {
			int anchor = this.resolver.revision(relative.anchor());
			return (relative.steps() > 0) ? forward(anchor, relative.steps(), null, relative)
					: back(anchor, -relative.steps(), relative);
		}
		if (relative.steps() < 0) {
			int cut = walkBackFromCurrent(relative, applied);
			int[] parents = this.graph.parents(cut);
			return (parents.length == 0) ? -1 : parents[0];
		}
		BitSet scope = scope(relative);
		int start = currentHead(relative, applied, scope, true);
		return forward(start, relative.steps(), scope, relative);
	}

	/** Walks back from the current head; returns the last revision stepped over (the one to cut). */
	int walkBackFromCurrent(Target.Relative relative, BitSet applied) {
		BitSet scope = scope(relative);
		int node = currentHead(relative, applied, scope, false);
		if (node < 0) {
			throw new TargetException("'" + text(relative) + "' goes back from the current revision, but nothing is applied"
					+ ((scope != null) ? " on branch '" + relative.branch() + "'" : "") + ".");
		}
		int steps = -relative.steps();
		for (int taken = 1; taken < steps; taken++) {
			node = singleParent(node, relative, taken, steps);
		}
		if (this.graph.parents(node).length > 1) {
			// The last step lands on the parents of a merge: Alembic's "Ambiguous walk".
			singleParent(node, relative, steps, steps);
		}
		return node;
	}

	/**
	 * The revision a relative step counts from: the single version row (in the branch scope). With
	 * no row in the scope it counts, as Alembic does, from the top of what is applied there: going
	 * forward, the applied revisions in the scope without an applied child in the scope (so that
	 * {@code lbl@+1} can start from an applied ancestor of the branch); going back, those without
	 * any applied child (a branch top that is no row because another branch depends on it).
	 */
	private int currentHead(Target.Relative relative, BitSet applied, BitSet scope, boolean forward) {
		List<Integer> current = new ArrayList<>();
		for (String id : this.graph.headsOf(applied)) {
			int index = this.graph.indexOf(id);
			if (scope == null || scope.get(index)) {
				current.add(index);
			}
		}
		if (current.isEmpty() && scope != null) {
			for (int i = applied.nextSetBit(0); i >= 0; i = applied.nextSetBit(i + 1)) {
				if (scope.get(i) && !anyApplied(this.graph.children(i), applied, forward ? scope : null)) {
					current.add(i);
				}
			}
		}
		if (current.size() > 1) {
			List<String> ids = current.stream().map(i -> this.graph.revision(i).id()).toList();
			throw new TargetException("'" + text(relative) + "' counts from the current head, but there are " + ids.size()
					+ ": " + String.join(", ", ids) + ". Scope it to a branch ('<label>@" + signed(relative.steps())
					+ "') or count from a revision ('<rev>" + signed(relative.steps()) + "'). See them: "
					+ GraphCommands.branches(this.graph, ids));
		}
		return current.isEmpty() ? -1 : current.get(0);
	}

	private static boolean anyApplied(int[] revisions, BitSet applied, BitSet within) {
		for (int revision : revisions) {
			if (applied.get(revision) && (within == null || within.get(revision))) {
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
						+ String.join(", ", ids) + ". Scope it to a branch ('<label>@+N') or name the revision. See them: "
						+ GraphCommands.around((node >= 0) ? this.graph.revision(node).id() : ids.get(0), 2));
			}
			node = next.get(0);
		}
		return node;
	}

	int back(int start, int steps, Target.Relative relative) {
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

	int singleParent(int node, Target.Relative relative, int taken, int steps) {
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
					+ " merges " + String.join(", ", ids) + ". Name the revision to go back to, or a branch ('<label>@-N'). "
					+ "See them: " + GraphCommands.around(this.graph.revision(node).id(), 2));
		}
		return parents[0];
	}

	private static String text(Target.Relative relative) {
		return TargetResolver.text(relative);
	}

	private BitSet scope(Target.Relative relative) {
		return (relative.branch() != null) ? this.resolver.lineage(this.resolver.branchStart(relative.branch())) : null;
	}

	static String signed(int steps) {
		return (steps > 0) ? "+" + steps : String.valueOf(steps);
	}

}
